package vn.motcua.reporting.report.chart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.ProblemException;
import vn.motcua.reporting.Roles;
import vn.motcua.reporting.kpi.Interval;
import vn.motcua.reporting.kpi.KpiFilter;
import vn.motcua.reporting.kpi.KpiParams;
import vn.motcua.reporting.kpi.UnitScope;
import vn.motcua.reporting.report.Language;

@Path("/api/v1/charts")
@Tag(name = "Charts", description = "KPI charts as SVG or PNG")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ANALYST, Roles.OFFICER})
public class ChartResource {

    private static final String SVG = "image/svg+xml";
    private static final String PNG = "image/png";

    private final Charts charts;
    private final UnitScope scope;
    private final JsonWebToken caller;

    public ChartResource(Charts charts, UnitScope scope, JsonWebToken caller) {
        this.charts = charts;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @Path("/{chart}")
    @Produces({SVG, PNG})
    @Operation(operationId = "getChart",
            summary = "A KPI chart",
            description = "monthly-volume: dossiers received per month, stacked by channel; on-time-rate: the "
                    + "on-time rate per interval (default MONTH) as a line; channel-mix: dossiers per channel with "
                    + "counts and shares; satisfaction-by-group: the satisfaction index per SIPAS factor group. "
                    + "960×540, titled, with the unit and period as subtitle and both axes labelled, in Vietnamese "
                    + "or English (lang, else Accept-Language, default Vietnamese). format=svg|png or Accept "
                    + "image/svg+xml / image/png (default SVG). Same filters, access rules and definitions as GET "
                    + "/api/v1/kpis; an unknown chart is a 404 problem.")
    public Response chart(
            @Parameter(schema = @Schema(enumeration = {"monthly-volume", "on-time-rate", "channel-mix",
                    "satisfaction-by-group"})) @PathParam("chart") String chart,
            @BeanParam KpiParams params,
            @Parameter(description = "Bucket width of on-time-rate, default MONTH", schema = @Schema(enumeration = {
                    "DAY", "WEEK", "MONTH", "QUARTER", "HALF_YEAR", "YEAR"})) @QueryParam("interval") String interval,
            @Parameter(schema = @Schema(enumeration = {"vi", "en"})) @QueryParam("lang") String lang,
            @Parameter(schema = @Schema(enumeration = {"svg", "png"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ChartKind kind = ChartKind.of(chart);
        boolean png = png(format, headers);
        Language language = Language.resolve(lang, headers);
        Interval width = Interval.parse(interval, Interval.MONTH);
        KpiFilter filter = params.filter();
        (kind == ChartKind.MONTHLY_VOLUME ? Interval.MONTH : width).buckets(filter.period());
        Chart drawn = charts.chart(kind, scope.restrict(filter, caller), width, language);
        return png ? Response.ok(ChartRenderer.png(drawn), PNG).build()
                : Response.ok(ChartRenderer.svg(drawn), SVG + ";charset=UTF-8").build();
    }

    private static boolean png(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "png" -> true;
                case "svg" -> false;
                default -> throw ProblemException.invalidField("format", "svg or png");
            };
        }
        for (MediaType wanted : headers.getAcceptableMediaTypes()) {
            String plain = wanted.getType() + "/" + wanted.getSubtype();
            if (plain.equals(PNG)) {
                return true;
            }
            if (plain.equals(SVG)) {
                return false;
            }
        }
        return false;
    }
}
