package vn.motcua.reporting.report.ii06a;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.SupportedDates;
import vn.motcua.reporting.Roles;
import vn.motcua.reporting.kpi.KpiFilter;
import vn.motcua.reporting.kpi.KpiParams;
import vn.motcua.reporting.kpi.UnitRole;
import vn.motcua.reporting.kpi.UnitScope;
import vn.motcua.reporting.report.Language;
import vn.motcua.reporting.report.export.ExportFormat;
import vn.motcua.reporting.report.export.TableFile;

@Path("/api/v1/reports/ii06a")
@Tag(name = "Reports", description = "Figures written as units report them upward")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ANALYST, Roles.OFFICER})
public class FormII06aResource {

    static final String DEFINITIONS = """
            Form II.06a/VPCP/KSTT of Circular 01/2020/TT-VPCP, "Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn \
            vị trực tiếp giải quyết TTHC": one row per field (lĩnh vực) of the procedures, by field code, dossiers \
            without a field last, then the total row. The circular's own text could not be consulted: the columns, \
            their Vietnamese headings and the notes on withdrawn dossiers follow the form as one-stop systems print \
            it (Biểu số II.06a/VPCP/KSTT), read second-hand. Columns, for the dossiers of the unit (with its \
            sub-units unless includeSubUnits=false; by default the unit that received them, with unitRole=RESOLVING \
            the unit that resolved or is to resolve them: the form's "cơ quan, đơn vị trực tiếp giải quyết") and of \
            the period (business days in Asia/Ho_Chi_Minh):
            (3) received, total = (4) + (5) + (6); (4) received online in the period; (5) received in person or by \
            post in the period; (6) carried over: received before the period and neither resolved nor withdrawn \
            before it.
            (7) resolved, total = (8) + (9) + (10): resolved (APPROVED or REJECTED) or withdrawn in the period; \
            (8) early and (10) late as the dossier service judged them against the due date in force; (9) on time, \
            with the dossiers withdrawn by the applicant (the form counts them there; JSON gives their number as \
            resolved.withdrawn).
            (11) in progress, total = (12) + (13): neither resolved nor withdrawn at the period's end; (13) overdue: \
            due before the period's end (or now, when the period ends in the future); (12) within time: the others. \
            A dossier in progress keeps the due date of its intake event: a supplement request restarts the clock \
            in the dossier service, but reaches reporting only with the resolution.
            (3) = (7) + (11) in every row. format=json (default), csv (UTF-8 with a byte order mark; the form's \
            columns plus the field code, the total row last; headers by lang, Vietnamese by default) or xlsx (the \
            printed layout: form number, title, reporting unit, period, the three-row heading with column numbers \
            (1)–(13), in Vietnamese); or Accept text/csv, application/vnd.openxmlformats-officedocument.\
            spreadsheetml.sheet.
            Access: role analyst for any unit (unit required); role officer for their own unit (token claim 'unit', \
            the default) and its sub-units; another unit is a 403 problem naming 'unit', a unit no event has named \
            a 404 naming 'unit'. A malformed unit code, a missing, malformed or inverted date, a period longer than \
            5 years, an includeSubUnits other than true or false, an unknown format or lang are 400 problems naming \
            the parameter.""";

    private final FormII06aQuery forms;
    private final UnitScope scope;
    private final JsonWebToken caller;

    public FormII06aResource(FormII06aQuery forms, UnitScope scope, JsonWebToken caller) {
        this.forms = forms;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(operationId = "getFormII06a",
            summary = "Form II.06a of a unit and period",
            description = DEFINITIONS)
    @APIResponse(responseCode = "200", description = "The form",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FormII06a.class)))
    public Response form(
            @Parameter(description = "Electronic identifier code of the reporting unit; required for analysts, an "
                    + "officer's own unit by default", example = "000.00.20.H26") @QueryParam("unit") String unit,
            @Parameter(description = "First business day of the period, required, from " + SupportedDates.RANGE,
                    example = "2026-01-01", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last business day of the period, included; at most 5 years after 'from'",
                    example = "2026-06-30", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Whether the unit's sub-units count (units whose parents at intake include it)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
            @QueryParam("includeSubUnits") String includeSubUnits,
            @Parameter(description = UnitRole.DESCRIPTION, schema = @Schema(enumeration = {"RECEIVING", "RESOLVING"},
                    defaultValue = "RECEIVING")) @QueryParam("unitRole") String unitRole,
            @Parameter(schema = @Schema(enumeration = {"json", "csv", "xlsx"})) @QueryParam("format") String format,
            @Parameter(description = "Language of the CSV headers (the XLSX form is Vietnamese)",
                    schema = @Schema(enumeration = {"vi", "en"})) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        ExportFormat exportFormat = ExportFormat.resolve(format, headers);
        Language language = Language.resolve(lang, headers);
        KpiParams params = new KpiParams();
        params.unit = unit;
        params.from = from;
        params.to = to;
        params.includeSubUnits = includeSubUnits;
        params.unitRole = unitRole;
        KpiFilter filter = params.filter();
        if (filter.unit() == null && caller.getGroups().contains(Roles.ANALYST)) {
            throw ProblemException.invalidField("unit", "required: the unit the form reports on");
        }
        filter = scope.restrict(filter, caller);
        FormII06a form = forms.form(filter, scope.known(filter.unit()).name());
        return switch (exportFormat) {
            case JSON -> Response.ok(form, MediaType.APPLICATION_JSON).build();
            case CSV -> exportFormat.attachment(TableFile.write(exportFormat, "II.06a", FormII06aColumns.columns(),
                    FormII06aColumns.lines(form), language), "ii06a");
            case XLSX -> exportFormat.attachment(FormII06aSheet.write(form), "ii06a");
        };
    }
}
