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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.SupportedDates;
import vn.motcua.reporting.Roles;
import vn.motcua.reporting.kpi.Bucket;
import vn.motcua.reporting.kpi.Grouping;
import vn.motcua.reporting.kpi.Interval;
import vn.motcua.reporting.kpi.KpiDefinitions;
import vn.motcua.reporting.kpi.KpiFigures;
import vn.motcua.reporting.kpi.KpiFilter;
import vn.motcua.reporting.kpi.KpiParams;
import vn.motcua.reporting.kpi.KpiRow;
import vn.motcua.reporting.kpi.KpiSeries;
import vn.motcua.reporting.kpi.KpiTable;
import vn.motcua.reporting.kpi.Kpis;
import vn.motcua.reporting.kpi.Period;
import vn.motcua.reporting.kpi.ReceivedSummary;
import vn.motcua.reporting.kpi.UnitScope;
import vn.motcua.reporting.report.export.ExportFormat;
import vn.motcua.reporting.report.export.KpiColumns;
import vn.motcua.reporting.report.export.TableFile;

@Path("/api/v1/kpis")
@Tag(name = "KPIs", description = "Figures of the one-stop desks, built only from events")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ANALYST, Roles.OFFICER})
public class KpiResource {

    private static final int DEFAULT_SIZE = 100;
    private static final int MAX_SIZE = 500;

    private final Kpis kpis;
    private final UnitScope scope;
    private final JsonWebToken caller;

    public KpiResource(Kpis kpis, UnitScope scope, JsonWebToken caller) {
        this.kpis = kpis;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(operationId = "getKpis",
            summary = "KPIs of a period, optionally grouped",
            description = "Received, resolved (early / on time / late, on-time rate), rejected, withdrawn, pending "
                    + "at the period's end, overdue, processing time and satisfaction for any filter; with groupBy, "
                    + "one row per unit, level, procedure, field, channel or month (rows paged: page from 0, size "
                    + "1–500, default 100, Link rel=next/prev). format=csv|xlsx (or Accept text/csv, "
                    + ExportFormat.XLSX_TYPE + ") exports every row, headers in Vietnamese or English by lang or "
                    + "Accept-Language (default Vietnamese); CSV is UTF-8 with a byte order mark.\n\n"
                    + KpiDefinitions.TEXT)
    @APIResponse(responseCode = "200", description = "The KPI table",
            headers = @Header(name = "Link", description = "URLs of the next and previous pages of rows",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KpiTable.class)))
    public Response table(@BeanParam KpiParams params,
            @Parameter(description = "Split the figures into rows", schema = @Schema(enumeration = {"UNIT", "LEVEL",
                    "PROCEDURE", "FIELD", "CHANNEL", "MONTH"})) @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Page of rows from 0", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1–500, default 100", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "500")) @QueryParam("size") String size,
            @Parameter(schema = @Schema(enumeration = {"json", "csv", "xlsx"})) @QueryParam("format") String format,
            @Parameter(description = "Language of exported headers", schema = @Schema(enumeration = {"vi", "en"}))
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        ExportFormat exportFormat = ExportFormat.resolve(format, headers);
        Language language = Language.resolve(lang, headers);
        Grouping grouping = Grouping.parse(groupBy);
        int pageNumber = bounded("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = bounded("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        KpiTable table = kpis.table(scope.restrict(params.filter(), caller), grouping);
        if (exportFormat != ExportFormat.JSON) {
            List<KpiRow> rows = grouping == null ? List.of(new KpiRow(null, null, table.overall())) : table.rows();
            return exportFormat.attachment(TableFile.write(exportFormat, "KPI", KpiColumns.table(), rows, language),
                    "kpis");
        }
        KpiTable paged = table.page(pageNumber, pageSize);
        Response.ResponseBuilder response = Response.ok(paged, MediaType.APPLICATION_JSON);
        List<String> links = new ArrayList<>();
        if ((long) (pageNumber + 1) * pageSize < paged.total()) {
            links.add(link(uri, pageNumber + 1, "next"));
        }
        if (pageNumber > 0) {
            long lastPage = paged.total() == 0 ? 0 : (paged.total() - 1) / pageSize;
            links.add(link(uri, (int) Math.min(pageNumber - 1, lastPage), "prev"));
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    @GET
    @Path("/series")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(operationId = "getKpiSeries",
            summary = "KPIs over time",
            description = "The same figures per day, ISO week (from Monday), month, quarter, half-year or year of "
                    + "the period, one point per bucket in time order, empty buckets included with zeros. The first "
                    + "and last bucket are cut to the period. At most " + Interval.MAX_BUCKETS + " points (else 400 "
                    + "naming interval). format=csv|xlsx (or Accept) exports the points, headers by lang.\n\n"
                    + KpiDefinitions.TEXT)
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KpiSeries.class)))
    public Response series(@BeanParam KpiParams params,
            @Parameter(description = "Bucket width, default MONTH", schema = @Schema(enumeration = {"DAY", "WEEK",
                    "MONTH", "QUARTER", "HALF_YEAR", "YEAR"})) @QueryParam("interval") String interval,
            @Parameter(schema = @Schema(enumeration = {"json", "csv", "xlsx"})) @QueryParam("format") String format,
            @Parameter(description = "Language of exported headers", schema = @Schema(enumeration = {"vi", "en"}))
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        ExportFormat exportFormat = ExportFormat.resolve(format, headers);
        Language language = Language.resolve(lang, headers);
        Interval width = Interval.parse(interval, Interval.MONTH);
        KpiFilter filter = params.filter();
        width.buckets(filter.period()); // rejects too many points before touching the database
        KpiSeries series = kpis.series(scope.restrict(filter, caller), width);
        if (exportFormat != ExportFormat.JSON) {
            return exportFormat.attachment(TableFile.write(exportFormat, "KPI", KpiColumns.series(), series.points(),
                    language), "kpi-series");
        }
        return Response.ok(series, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/received")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReceivedKpis",
            summary = "Dossiers received (short form)",
            description = "The received figures of GET /api/v1/kpis alone, with a default period: 1 January of the "
                    + "current year to today (Asia/Ho_Chi_Minh). Same unit rules (with sub-units) and definitions.")
    public ReceivedSummary received(
            @Parameter(description = "First day, default 1 January of the current year; from "
                    + SupportedDates.RANGE,
                    schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2026-01-01"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day, default today; from " + SupportedDates.RANGE, schema = @Schema(type = SchemaType.STRING,
                    format = "date", examples = "2026-06-30")) @QueryParam("to") String to,
            @Parameter(description = "Electronic identifier code of a unit", example = "000.00.63.H26")
            @QueryParam("unit") String unit) {
        java.time.LocalDate today = java.time.LocalDate.now(Period.BUSINESS_ZONE);
        KpiParams params = new KpiParams();
        params.from = from == null ? today.withDayOfYear(1).toString() : from;
        params.to = to == null ? today.toString() : to;
        params.unit = unit;
        KpiFilter filter = scope.restrict(params.filter(), caller);
        KpiFigures.Received received = kpis.overall(filter).received();
        return new ReceivedSummary(filter.period().from(), filter.period().to(), filter.unit(), received.total(),
                received.byChannel(), received.online(), received.onlineSharePercent());
    }

    private static int bounded(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw vn.motcua.problem.ProblemException.invalidField(name, max == Integer.MAX_VALUE
                ? "a whole number from " + min : "a whole number from " + min + " to " + max);
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
