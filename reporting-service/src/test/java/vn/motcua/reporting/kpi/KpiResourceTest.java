package vn.motcua.reporting.kpi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.reporting.KnownDossiers.COMMUNE_1;
import static vn.motcua.reporting.KnownDossiers.COMMUNE_2;
import static vn.motcua.reporting.KnownDossiers.DISTRICT;
import static vn.motcua.reporting.KnownDossiers.FROM;
import static vn.motcua.reporting.KnownDossiers.TO;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.problem.SupportedDates;
import vn.motcua.reporting.KnownDossiers;
import vn.motcua.testing.TestTokens;

/** KPIs of the events in {@link KnownDossiers}, sent through the real broker; every expected figure is hand-counted there. */
@QuarkusTest
class KpiResourceTest {

    private static final String ANALYST = TestTokens.forRole("analyst");

    @BeforeEach
    void ingested() {
        KnownDossiers.ingested();
    }

    private static RequestSpecification firstHalf(String token) {
        return given().auth().oauth2(token).queryParam("from", FROM).queryParam("to", TO);
    }

    private static ValidatableResponse kpis(RequestSpecification request) {
        return request.when().get("/api/v1/kpis").then().statusCode(200).contentType("application/json");
    }

    @Test
    void everyFigureOfADistrictWithItsCommunes() {
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT))
                .body("unit", equalTo(DISTRICT))
                .body("includeSubUnits", equalTo(true))
                .body("rows", hasSize(0))
                .body("overall.received.total", equalTo(8))
                .body("overall.received.byChannel.IN_PERSON", equalTo(5))
                .body("overall.received.byChannel.ONLINE", equalTo(1))
                .body("overall.received.byChannel.POSTAL", equalTo(2))
                .body("overall.received.online", equalTo(1))
                .body("overall.received.onlineSharePercent", equalTo(12.5f))
                .body("overall.received.offeredOnline", equalTo(7))
                .body("overall.resolved.total", equalTo(5))
                .body("overall.resolved.early", equalTo(2))
                .body("overall.resolved.onTime", equalTo(2))
                .body("overall.resolved.late", equalTo(1))
                .body("overall.resolved.onTimeRatePercent", equalTo(80.0f))
                .body("overall.resolved.approved", equalTo(4))
                .body("overall.resolved.rejected", equalTo(1))
                .body("overall.withdrawn", equalTo(1))
                .body("overall.pendingAtEnd", equalTo(3))
                .body("overall.overdue", equalTo(2))
                .body("overall.processingWorkingDays.mean", equalTo(6.8f))
                .body("overall.processingWorkingDays.median", equalTo(5.0f))
                .body("overall.processingWorkingDays.p90", equalTo(12.4f))
                .body("overall.satisfaction.indexPercent", equalTo(73.3f))
                .body("overall.satisfaction.responses", equalTo(3))
                .body("overall.satisfaction.answers", equalTo(15))
                .body("overall.satisfaction.satisfiedAnswers", equalTo(11));
    }

    @Test
    void groupedByUnitWithTwoThirdsRoundedHalfUp() {
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("groupBy", "UNIT"))
                .body("groupBy", equalTo("UNIT"))
                .body("total", equalTo(3))
                .body("rows.key", contains(DISTRICT, COMMUNE_1, COMMUNE_2))
                .body("rows.label", contains("Huyện Gia Lâm", "Xã Bát Tràng", "Xã Đa Tốn"))
                .body("rows[0].figures.received.total", equalTo(3))
                .body("rows[0].figures.received.onlineSharePercent", equalTo(33.3f))
                .body("rows[0].figures.resolved.onTimeRatePercent", equalTo(66.7f))
                .body("rows[0].figures.resolved.rejected", equalTo(1))
                .body("rows[0].figures.processingWorkingDays.mean", equalTo(9.0f))
                .body("rows[0].figures.processingWorkingDays.median", equalTo(10.0f))
                .body("rows[0].figures.processingWorkingDays.p90", equalTo(13.2f))
                .body("rows[0].figures.satisfaction.indexPercent", equalTo(83.3f))
                .body("rows[1].figures.received.total", equalTo(4))
                .body("rows[1].figures.received.onlineSharePercent", equalTo(0.0f))
                .body("rows[1].figures.resolved.onTimeRatePercent", equalTo(100.0f))
                .body("rows[1].figures.withdrawn", equalTo(1))
                .body("rows[1].figures.pendingAtEnd", equalTo(2))
                .body("rows[1].figures.overdue", equalTo(1))
                .body("rows[1].figures.satisfaction.indexPercent", equalTo(50.0f))
                .body("rows[2].figures.received.total", equalTo(1))
                .body("rows[2].figures.resolved.total", equalTo(1))
                .body("rows[2].figures.pendingAtEnd", equalTo(1))
                .body("rows[2].figures.overdue", equalTo(1))
                .body("rows[2].figures.satisfaction.responses", equalTo(1));
    }

    @Test
    void groupedByLevelChannelAndProcedure() {
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("groupBy", "LEVEL"))
                .body("rows.key", contains("COMMUNE", "DISTRICT"))
                .body("rows.figures.received.total", contains(5, 3))
                .body("rows.figures.resolved.total", contains(2, 3))
                .body("rows.figures.satisfaction.indexPercent", contains(66.7f, 83.3f));
        // the kiosk response has no channel: its own row, without a key, after the channels
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("groupBy", "CHANNEL"))
                .body("rows.key", contains("IN_PERSON", "ONLINE", "POSTAL", null))
                .body("rows.figures.received.total", contains(5, 1, 2, 0))
                .body("rows.figures.resolved.total", contains(2, 2, 1, 0))
                .body("rows.figures.resolved.onTimeRatePercent", contains(100.0f, 100.0f, 0.0f, null))
                .body("rows.figures.satisfaction.responses", contains(2, 0, 0, 1));
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("groupBy", "PROCEDURE")
                .queryParam("channel", "IN_PERSON"))
                .body("rows.key", contains("1.000001", "1.001193", "2.000635", null))
                .body("rows.label[0]", equalTo("Thủ tục 1.000001"))
                .body("rows.figures.received.total", contains(1, 3, 1, 0));
    }

    @Test
    void groupedByMonthEveryMonthListed() {
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("groupBy", "MONTH"))
                .body("rows.key", contains("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"))
                .body("rows.figures.received.total", contains(3, 1, 1, 1, 1, 1))
                .body("rows.figures.resolved.total", contains(3, 1, 1, 0, 0, 0))
                .body("rows.figures.resolved.onTimeRatePercent", contains(100.0f, 100.0f, 0.0f, null, null, null))
                .body("rows.figures.withdrawn", contains(0, 0, 0, 1, 0, 0))
                .body("rows.figures.pendingAtEnd", contains(1, 1, 1, 1, 2, 3))
                .body("rows.figures.overdue", contains(0, 1, 1, 1, 2, 2))
                .body("rows.figures.satisfaction.indexPercent", contains(66.7f, null, null, null, 100.0f, null));
    }

    @Test
    void filtersNarrowTheDossiers() {
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("includeSubUnits", "false"))
                .body("overall.received.total", equalTo(3)).body("overall.satisfaction.responses", equalTo(1));
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("level", "COMMUNE"))
                .body("overall.received.total", equalTo(5));
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("procedureCode", "1.001193"))
                .body("overall.received.total", equalTo(4)).body("overall.withdrawn", equalTo(1));
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("fieldCode", "TP"))
                .body("overall.received.total", equalTo(1)).body("overall.resolved.total", equalTo(1));
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("channel", "POSTAL"))
                .body("overall.received.total", equalTo(2)).body("overall.resolved.late", equalTo(1));
    }

    @Test
    void rowsArePagedWithLinks() {
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("groupBy", "UNIT").queryParam("size", 2))
                .header("Link", containsString("page=1")).header("Link", containsString("rel=\"next\""))
                .body("rows.key", contains(DISTRICT, COMMUNE_1)).body("total", equalTo(3)).body("size", equalTo(2));
        kpis(firstHalf(ANALYST).queryParam("unit", DISTRICT).queryParam("groupBy", "UNIT").queryParam("size", 2)
                .queryParam("page", 1))
                .header("Link", containsString("rel=\"prev\"")).body("rows.key", contains(COMMUNE_2));
    }

    @Test
    void seriesHasOnePointPerBucketEmptyOnesIncluded() {
        given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31").queryParam("interval", "QUARTER")
                .when().get("/api/v1/kpis/series")
                .then().statusCode(200)
                .body("interval", equalTo("QUARTER"))
                .body("total", equalTo(4))
                .body("points.label", contains("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"))
                .body("points.from", contains("2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"))
                .body("points.figures.received.total", contains(5, 3, 0, 0))
                .body("points.figures.received.onlineSharePercent", contains(20.0f, 0.0f, null, null))
                .body("points.figures.resolved.total", contains(5, 0, 1, 0))
                .body("points.figures.resolved.onTimeRatePercent", contains(80.0f, null, 0.0f, null))
                .body("points.figures.satisfaction.indexPercent", contains(66.7f, 100.0f, 0.0f, null))
                .body("points[3].figures.satisfaction.responses", equalTo(0));
        given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", "2026-01-05")
                .queryParam("to", "2026-01-07").queryParam("interval", "DAY")
                .when().get("/api/v1/kpis/series")
                .then().statusCode(200)
                .body("points.label", contains("2026-01-05", "2026-01-06", "2026-01-07"))
                .body("points.figures.received.total", contains(1, 0, 0))
                .body("points.figures.resolved.total", contains(0, 0, 1));
    }

    @Test
    void anOfficerSeesTheirUnitAndItsSubUnitsOnly() {
        String district = TestTokens.forRole("officer", DISTRICT);
        String commune = TestTokens.forRole("officer", COMMUNE_1);
        kpis(firstHalf(district)).body("unit", equalTo(DISTRICT)).body("overall.received.total", equalTo(8));
        kpis(firstHalf(district).queryParam("unit", COMMUNE_1)).body("overall.received.total", equalTo(4));
        kpis(firstHalf(commune)).body("unit", equalTo(COMMUNE_1)).body("overall.received.total", equalTo(4));
        kpis(firstHalf(commune).queryParam("groupBy", "UNIT")).body("rows.key", contains(COMMUNE_1));
        for (String other : new String[] {DISTRICT, COMMUNE_2}) {
            firstHalf(commune).queryParam("unit", other).when().get("/api/v1/kpis")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("unit")).body("overall", nullValue());
        }
    }

    @Test
    void missingOrWrongRolesAreRefused() {
        given().queryParam("from", FROM).queryParam("to", TO).when().get("/api/v1/kpis")
                .then().statusCode(401).contentType("application/problem+json");
        firstHalf(TestTokens.forRole("kiosk", DISTRICT)).when().get("/api/v1/kpis")
                .then().statusCode(403).contentType("application/problem+json");
        firstHalf(TestTokens.forRole("officer")).when().get("/api/v1/kpis/series")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        badRequest("/api/v1/kpis", "from", "to", "2026-01-01");
        badRequest("/api/v1/kpis", "to", "from", "2026-01-01", "to", "2026-02-30");
        badRequest("/api/v1/kpis", "from", "from", "01/01/2026", "to", "2026-02-01");
        badRequest("/api/v1/kpis", "from", "from", "2026-02-01", "to", "2026-01-31");
        badRequest("/api/v1/kpis", "to", "from", "2020-01-01", "to", "2026-01-01");
        badRequest("/api/v1/kpis", "groupBy", "from", FROM, "to", TO, "groupBy", "WEEKDAY");
        badRequest("/api/v1/kpis", "unit", "from", FROM, "to", TO, "unit", "not a code");
        badRequest("/api/v1/kpis", "level", "from", FROM, "to", TO, "level", "CITY");
        badRequest("/api/v1/kpis", "channel", "from", FROM, "to", TO, "channel", "FAX");
        badRequest("/api/v1/kpis", "includeSubUnits", "from", FROM, "to", TO, "includeSubUnits", "maybe");
        badRequest("/api/v1/kpis", "size", "from", FROM, "to", TO, "size", "501");
        badRequest("/api/v1/kpis", "page", "from", FROM, "to", TO, "page", "-1");
        badRequest("/api/v1/kpis", "format", "from", FROM, "to", TO, "format", "pdf");
        badRequest("/api/v1/kpis", "lang", "from", FROM, "to", TO, "lang", "fr");
        badRequest("/api/v1/kpis/series", "interval", "from", FROM, "to", TO, "interval", "FORTNIGHT");
        badRequest("/api/v1/kpis/series", "interval", "from", "2025-01-01", "to", "2026-12-31", "interval", "DAY");
        given().auth().oauth2(ANALYST).queryParam("from", FROM).queryParam("to", TO)
                .queryParam("unit", "000.99.99.R26")
                .when().get("/api/v1/kpis")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit")).body("detail", containsString("000.99.99.R26"));
    }

    @Test
    void everyEndpointWithAPeriodTakesTheSupportedDatesAndNamesTheDaysBeyond() {
        List<String> paths = List.of("/api/v1/kpis", "/api/v1/kpis?format=csv", "/api/v1/kpis/series",
                "/api/v1/kpis/received", "/api/v1/reports/summary", "/api/v1/charts/monthly-volume",
                "/api/v1/charts/on-time-rate?format=png", "/api/v1/scorecards");
        for (String path : paths) {
            // the last days supported: a period ending at 3000-01-01T00:00+07:00, counted in PostgreSQL
            period(path, "2999-12-27", "2999-12-31").statusCode(200);
            period(path, "1900-01-01", "1900-01-31").statusCode(200);
            period(path, "9999-12-30", "9999-12-31").statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("from", "to"))
                    .body("errors.message", contains(SupportedDates.MESSAGE, SupportedDates.MESSAGE));
            for (String outside : List.of("1899-12-31", "3000-01-01", "-999999999-01-01", "+999999999-12-31",
                    "+10000-01-01")) {
                period(path, outside, "2026-01-01").statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem("from"));
            }
        }
    }

    /** An analyst's request for the district (the summary is about one unit) over {@code from}–{@code to}. */
    private static ValidatableResponse period(String path, String from, String to) {
        return given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", from)
                .queryParam("to", to).when().get(path).then();
    }

    private static void badRequest(String path, String field, String... params) {
        RequestSpecification request = given().auth().oauth2(ANALYST);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        request.when().get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }
}
