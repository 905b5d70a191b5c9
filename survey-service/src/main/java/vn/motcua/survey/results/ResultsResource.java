package vn.motcua.survey.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.events.Channel;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.problem.SupportedDates;
import vn.motcua.survey.Roles;
import vn.motcua.survey.unit.UnitHierarchy;

/**
 * Satisfaction results for analysts (any unit) and officers (their own unit and its sub-units only). A unit's
 * sub-units are the units whose parents, as the dossier events told them, include it.
 */
@Path("/api/v1/survey-results")
@Tag(name = "Survey results", description = "SIPAS satisfaction results (roles officer, analyst)")
public class ResultsResource {

    private static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9]\\.[0-9]{6}(\\.[0-9A-Z]{1,10})?");

    private static final String CSV_EXAMPLE = ResultsCsv.HEADER + "\r\n"
            + "OVERALL,,,36,29,80.6,,,,,,3,5,2,40.0\r\n"
            + "GROUP,ACCESS,,12,10,83.3,,,,,,,,,\r\n"
            + "QUESTION,ACCESS,ACCESS_1,3,2,66.7,0,0,1,1,1,,,,\r\n";

    private final ResultsQuery query;
    private final UnitHierarchy units;
    private final JsonWebToken caller;

    public ResultsResource(ResultsQuery query, UnitHierarchy units, JsonWebToken caller) {
        this.query = query;
        this.units = units;
        this.caller = caller;
    }

    @GET
    @Produces({"application/json", "text/csv"})
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "getSurveyResults",
            summary = "Satisfaction results",
            description = "Satisfaction index (share of answers 4–5, percent, one decimal rounded half up) overall "
                    + "and per SIPAS group, response counts, response rate (surveys answered / opened in the period) "
                    + "and the distribution of scores per question. Filters: unit with includeSubUnits (default "
                    + "true: the unit and every unit whose parents at intake include it; false: exactly that unit), "
                    + "procedure, channel, from/to (business dates, inclusive). Kiosk responses are placed by their "
                    + "unit's latest known parents. An analyst may ask for any unit. An officer sees only their own "
                    + "unit and its sub-units: without unit, their own unit; a unit outside that scope is 403. "
                    + "format=csv exports the same as CSV.")
    @APIResponse(responseCode = "200", description = "The results (JSON, or CSV with format=csv)", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyResults.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE)})
    @APIResponse(responseCode = "400", description = "An invalid filter; errors[] names each field")
    @APIResponse(responseCode = "403", description = "Not officer or analyst, or an officer asking for a unit "
            + "outside their unit and its sub-units")
    public Response results(
            @Parameter(description = "a unit code; an officer's own unit when absent", example = "000.00.63.H26")
            @QueryParam("unit") String unit,
            @Parameter(description = "With unit: include its sub-units (default true)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
            @QueryParam("includeSubUnits") String includeSubUnits,
            @Parameter(description = "a procedure code", example = "1.001193") @QueryParam("procedure")
            String procedure,
            @Parameter(schema = @Schema(enumeration = {"IN_PERSON", "ONLINE", "POSTAL"})) @QueryParam("channel")
            String channel,
            @Parameter(description = "first business date, inclusive, from " + SupportedDates.RANGE, schema = @Schema(type = SchemaType.STRING,
                    format = "date", examples = "2026-07-01")) @QueryParam("from") String from,
            @Parameter(description = "last business date, inclusive, from " + SupportedDates.RANGE, schema = @Schema(type = SchemaType.STRING,
                    format = "date", examples = "2026-09-30")) @QueryParam("to") String to,
            @Parameter(schema = @Schema(enumeration = {"json", "csv"}, defaultValue = "json")) @QueryParam("format")
            String format) {
        List<FieldError> errors = new ArrayList<>();
        String scope = null;
        if (!caller.getGroups().contains(Roles.ANALYST)) {
            scope = caller.getClaim("unit");
            if (scope == null || !UnitHierarchy.CODE.matcher(scope).matches()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "an officer token needs the officer's unit");
            }
            if (unit == null) {
                unit = scope;
            }
        }
        if (unit != null && !UnitHierarchy.CODE.matcher(unit).matches()) {
            errors.add(new FieldError("unit", "an electronic identifier code such as 000.00.20.H26"));
        }
        if (includeSubUnits != null && !includeSubUnits.equals("true") && !includeSubUnits.equals("false")) {
            errors.add(new FieldError("includeSubUnits", "true or false"));
        }
        if (procedure != null && !PROCEDURE_CODE.matcher(procedure).matches()) {
            errors.add(new FieldError("procedure", "a procedure code such as 1.001193"));
        }
        if (channel != null && !List.of("IN_PERSON", "ONLINE", "POSTAL").contains(channel)) {
            errors.add(new FieldError("channel", "one of " + List.of(Channel.values())));
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new FieldError("from", "must not be after to"));
        }
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            errors.add(new FieldError("format", "json or csv"));
        }
        FieldErrors.of(errors).throwIfAny();
        if (scope != null && !units.within(unit, scope)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "unit " + unit + " is neither your unit (" + scope
                    + ") nor one of its sub-units", List.of(new FieldError("unit", "outside your unit")));
        }
        Boolean withSubUnits = unit == null ? null : !"false".equals(includeSubUnits);
        SurveyResults results = query.results(new SurveyResults.Filter(unit, withSubUnits, procedure, channel,
                fromDate, toDate), scope);
        if ("csv".equals(format)) {
            return Response.ok(ResultsCsv.write(results), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"survey-results.csv\"").build();
        }
        return Response.ok(results, "application/json").build();
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (!SupportedDates.contains(date)) {
                errors.add(new FieldError(field, SupportedDates.MESSAGE));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "a date such as 2026-07-15"));
            return null;
        }
    }
}
