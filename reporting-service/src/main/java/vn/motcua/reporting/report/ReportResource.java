package vn.motcua.reporting.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.ProblemException;
import vn.motcua.reporting.Roles;
import vn.motcua.reporting.kpi.KpiDefinitions;
import vn.motcua.reporting.kpi.KpiFilter;
import vn.motcua.reporting.kpi.KpiParams;
import vn.motcua.reporting.kpi.UnitScope;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Figures written as units report them upward")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ANALYST, Roles.OFFICER})
public class ReportResource {

    private final Summaries summaries;
    private final UnitScope scope;
    private final JsonWebToken caller;

    public ReportResource(Summaries summaries, UnitScope scope, JsonWebToken caller) {
        this.summaries = summaries;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @Path("/summary")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(operationId = "getSummary",
            summary = "Summary of a unit's period",
            description = "The unit's figures (with its sub-units unless includeSubUnits=false) and one sentence "
                    + "reporting them in Vietnamese or English (lang, else Accept-Language, default Vietnamese), e.g. "
                    + "\"Trong 6 tháng đầu năm 2026, huyện Gia Lâm tiếp nhận 1.234 hồ sơ (cấp huyện 234, cấp xã "
                    + "1.000), trong đó 567 hồ sơ trực tuyến (45,9%); đã giải quyết 1.100 hồ sơ, 98,5% đúng hạn; "
                    + "không có hồ sơ quá hạn.\" / \"In the first six months of 2026, huyện Gia Lâm received 1,234 "
                    + "dossiers (district level 234, commune level 1,000), of which 567 online (45.9%); 1,100 "
                    + "dossiers were resolved, 98.5% on time; no dossier is overdue.\" Numbers as the language "
                    + "writes them (1.234 and 45,9 in Vietnamese). The breakdown by level appears when more than one "
                    + "level received dossiers. unit is required for analysts; an officer gets their own unit. "
                    + "format=text (or Accept text/plain) answers the sentence alone.\n\n" + KpiDefinitions.TEXT)
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SummaryReport.class)))
    public Response summary(@BeanParam KpiParams params,
            @Parameter(schema = @Schema(enumeration = {"vi", "en"})) @QueryParam("lang") String lang,
            @Parameter(schema = @Schema(enumeration = {"json", "text"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean plain = plainText(format, headers);
        Language language = Language.resolve(lang, headers);
        KpiFilter filter = params.filter();
        if (filter.unit() == null && caller.getGroups().contains(Roles.ANALYST)) {
            throw ProblemException.invalidField("unit", "required: the unit the report is about");
        }
        filter = scope.restrict(filter, caller);
        SummaryReport report = summaries.summary(filter, scope.known(filter.unit()), language);
        return plain ? Response.ok(report.text(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    private static boolean plainText(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "text" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalidField("format", "json or text");
            };
        }
        for (MediaType wanted : headers.getAcceptableMediaTypes()) {
            if (wanted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !wanted.isWildcardType()) {
                return false;
            }
            if (wanted.getType().equals("text") && wanted.getSubtype().equals("plain")) {
                return true;
            }
        }
        return false;
    }
}
