package vn.motcua.reporting.kpi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;
import vn.motcua.events.UnitLevel;
import vn.motcua.events.UnitRef;
import vn.motcua.reporting.ingest.ReadModelEvents;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

/**
 * KPIs by receiving and by resolving unit, from inter-linked events sent through the real broker. Province P with
 * communes A and B and department S (an AGENCY under P); "names" = the resolving unit the event names (- = none):
 * <pre>
 * dossier received at  intake names  resolved                 resolution names  channel
 * r1      A 2026-02-02 S             02-10 APPROVED ON_TIME   S (1 supplement)  ONLINE
 * r2      A 2026-02-03 -             02-05 APPROVED EARLY     -                 IN_PERSON
 * r3      B 2026-03-03 S             03-20 REJECTED LATE      S (stopped, 2 s.) IN_PERSON
 * r4      A 2026-04-01 S             pending (due 04-11)                        IN_PERSON
 * r5      A 2026-04-02 B             04-06 APPROVED ON_TIME   B (2 supplements) IN_PERSON
 * r6      B 2026-05-05 S             05-07 APPROVED EARLY     - (B resolved it) IN_PERSON
 * r0      P 2025-11-03 -             2025-11-10 APPROVED      -                 IN_PERSON
 * </pre>
 * r0, at the province's own centre and closed before the period, only makes P a unit the events have named.
 * First half of 2026. By receiving unit: A r1, r2, r4, r5; B r3, r6; S none. By resolving unit (the resolution's
 * when there is one, else the intake's, else the receiving unit): S r1, r3, r4; A r2; B r5, r6. Either way P with its
 * sub-units has the six dossiers once each.
 */
@QuarkusTest
class ResolvingUnitKpiTest {

    private static final String P = "000.00.00.K26";
    private static final String A = "000.00.31.K26";
    private static final String B = "000.00.32.K26";
    private static final String S = "000.21.00.K26";
    private static final UnitRef DEPARTMENT = new UnitRef(S, "Sở Tài nguyên và Môi trường", UnitLevel.AGENCY,
            List.of(P));
    private static final UnitRef COMMUNE_B = new UnitRef(B, "Xã B", UnitLevel.COMMUNE, List.of(P));
    private static final String ANALYST = TestTokens.forRole("analyst");

    private static boolean sent;
    private static UUID stoppedDossier;
    private static UUID resolvedByItsReceiver;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void ingested() {
        synchronized (ResolvingUnitKpiTest.class) {
            if (!sent) {
                send(new ReadModelEvents(new TestEvents(
                        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))));
                sent = true;
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            // a unit no event has named yet is a 404: no figures to read
            var province = firstHalf(P, "RECEIVING").when().get("/api/v1/kpis").then().extract();
            var b = firstHalf(B, "RESOLVING").queryParam("includeSubUnits", "false").when().get("/api/v1/kpis")
                    .then().extract();
            return province.statusCode() == 200 && b.statusCode() == 200
                    && province.jsonPath().getInt("overall.received.total") == 6
                    && province.jsonPath().getInt("overall.resolved.total") == 5
                    && b.jsonPath().getInt("overall.resolved.total") == 2;
        });
    }

    private static RequestSpecification firstHalf(String unit, String role) {
        return given().auth().oauth2(ANALYST).queryParam("unit", unit).queryParam("unitRole", role)
                .queryParam("from", "2026-01-01").queryParam("to", "2026-06-30");
    }

    @Test
    void aDossierCountsForTheUnitThatReceivedItByDefault() {
        given().auth().oauth2(ANALYST).queryParam("unit", A).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-06-30").when().get("/api/v1/kpis").then().statusCode(200)
                .body("unitRole", equalTo("RECEIVING"))
                .body("overall.received.total", equalTo(4))
                .body("overall.received.online", equalTo(1))
                .body("overall.resolved.total", equalTo(3))
                .body("overall.resolved.early", equalTo(1))
                .body("overall.resolved.onTime", equalTo(2))
                .body("overall.pendingAtEnd", equalTo(1))
                .body("overall.overdue", equalTo(1));
        firstHalf(S, "RECEIVING").when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.received.total", equalTo(0))
                .body("overall.resolved.total", equalTo(0));
    }

    @Test
    void byResolvingUnitTheDepartmentCountsWhatItResolvedAndTheCommunesWhatTheyKept() {
        firstHalf(S, "RESOLVING").when().get("/api/v1/kpis").then().statusCode(200)
                .body("unitRole", equalTo("RESOLVING"))
                .body("overall.received.total", equalTo(3))
                .body("overall.received.online", equalTo(1))
                .body("overall.resolved.total", equalTo(2))
                .body("overall.resolved.onTime", equalTo(1))
                .body("overall.resolved.late", equalTo(1))
                .body("overall.resolved.onTimeRatePercent", equalTo(50.0f))
                .body("overall.resolved.rejected", equalTo(1))
                .body("overall.pendingAtEnd", equalTo(1))
                .body("overall.overdue", equalTo(1));
        firstHalf(A, "RESOLVING").when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.received.total", equalTo(1))
                .body("overall.resolved.early", equalTo(1))
                .body("overall.pendingAtEnd", equalTo(0));
        // r6: the intake named S, the resolution named none, so B resolved it
        firstHalf(B, "RESOLVING").when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.received.total", equalTo(2))
                .body("overall.resolved.total", equalTo(2))
                .body("overall.resolved.early", equalTo(1))
                .body("overall.resolved.onTime", equalTo(1));
    }

    @Test
    void theProvinceWithItsSubUnitsCountsEachDossierOnceByEitherRole() {
        for (String role : List.of("RECEIVING", "RESOLVING")) {
            firstHalf(P, role).when().get("/api/v1/kpis").then().statusCode(200)
                    .body("overall.received.total", equalTo(6))
                    .body("overall.resolved.total", equalTo(5))
                    .body("overall.pendingAtEnd", equalTo(1));
            firstHalf(P, role).queryParam("includeSubUnits", "false").when().get("/api/v1/kpis").then()
                    .statusCode(200).body("overall.received.total", equalTo(0));
        }
        firstHalf(P, "RESOLVING").queryParam("groupBy", "UNIT").when().get("/api/v1/kpis").then().statusCode(200)
                .body("rows.key", contains(A, B, S))
                .body("rows.label", contains("Xã A", "Xã B", "Sở Tài nguyên và Môi trường"))
                .body("rows.figures.received.total", contains(1, 2, 3));
        firstHalf(P, "RECEIVING").queryParam("groupBy", "UNIT").when().get("/api/v1/kpis").then().statusCode(200)
                .body("rows.key", contains(A, B))
                .body("rows.figures.received.total", contains(4, 2));
        firstHalf(P, "RESOLVING").queryParam("groupBy", "LEVEL").when().get("/api/v1/kpis").then().statusCode(200)
                .body("rows.key", contains("AGENCY", "COMMUNE"))
                .body("rows.figures.received.total", contains(3, 3));
        firstHalf(P, "RESOLVING").queryParam("level", "AGENCY").when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.received.total", equalTo(3));
    }

    @Test
    void seriesScorecardAndFormIi06aFollowTheRole() {
        firstHalf(S, "RESOLVING").queryParam("interval", "QUARTER").when().get("/api/v1/kpis/series").then()
                .statusCode(200).body("unitRole", equalTo("RESOLVING"))
                .body("points.figures.received.total", contains(2, 1));
        firstHalf(S, "RESOLVING").when().get("/api/v1/scorecards").then().statusCode(200)
                .body("unitRole", equalTo("RESOLVING"))
                // 766: r1 on time (one supplement request is allowed), r3 late, r4 in progress overdue: 1 / 3 = 33.3 %
                // → 33.3 × 20 ÷ 80 = 8.325 → 8.33
                .body("criteria.find { it.code == 'PROGRESS_ON_TIME' }.rawValuePercent", equalTo(33.3f))
                .body("criteria.find { it.code == 'PROGRESS_ON_TIME' }.points", equalTo(8.33f));
        firstHalf(S, "RESOLVING").when().get("/api/v1/reports/ii06a").then().statusCode(200)
                .body("unitRole", equalTo("RESOLVING"))
                .body("totals.received.total", equalTo(3))
                .body("totals.received.online", equalTo(1))
                .body("totals.resolved.total", equalTo(2))
                .body("totals.resolved.onTime", equalTo(1))
                .body("totals.resolved.late", equalTo(1))
                .body("totals.inProgress.total", equalTo(1))
                .body("totals.inProgress.overdue", equalTo(1));
        firstHalf(A, "RECEIVING").when().get("/api/v1/reports/ii06a").then().statusCode(200)
                .body("totals.received.total", equalTo(4));
    }

    @Test
    void theDecision766OnTimeRateCountsMoreThanOneSupplementRequestAsLateAndTheInProgressWithinTime() {
        // B resolved r5 by its due date after two supplement requests, and r6 early: the KPI keeps its meaning
        // (2 of 2 on time), the 766 figure counts r5 late (1 of 2)
        firstHalf(B, "RESOLVING").when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.resolved.onTimeRatePercent", equalTo(100.0f))
                .body("overall.decision766OnTime.processed", equalTo(2))
                .body("overall.decision766OnTime.processedOnTime", equalTo(1))
                .body("overall.decision766OnTime.lateForSupplementRequests", equalTo(1))
                .body("overall.decision766OnTime.inProgress", equalTo(0))
                .body("overall.decision766OnTime.onTimeRatePercent", equalTo(50.0f));
        // P received r1 to r6: processed r1, r2, r6 on time, r3 late, r5 late for its supplements; r4 in progress and
        // overdue: 3 / (5 + 1) = 50.0 %, while 4 of 5 resolved were on time for the KPI
        firstHalf(P, "RECEIVING").when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.resolved.onTimeRatePercent", equalTo(80.0f))
                .body("overall.decision766OnTime.processed", equalTo(5))
                .body("overall.decision766OnTime.processedOnTime", equalTo(3))
                .body("overall.decision766OnTime.inProgress", equalTo(1))
                .body("overall.decision766OnTime.inProgressWithinTime", equalTo(0))
                .body("overall.decision766OnTime.onTimeRatePercent", equalTo(50.0f));
        // in the first quarter r4 was not yet received; on 2026-04-05, the end of a period, it was within time
        given().auth().oauth2(ANALYST).queryParam("unit", S).queryParam("unitRole", "RESOLVING")
                .queryParam("from", "2026-04-01").queryParam("to", "2026-04-05").when().get("/api/v1/kpis").then()
                .statusCode(200)
                .body("overall.decision766OnTime.processed", equalTo(0))
                .body("overall.decision766OnTime.inProgressWithinTime", equalTo(1))
                .body("overall.decision766OnTime.onTimeRatePercent", equalTo(100.0f));
    }

    @Test
    void anUnknownRoleIsA400NamingIt() {
        firstHalf(S, "DEPARTMENT").when().get("/api/v1/kpis").then().statusCode(400)
                .body("errors.field", contains("unitRole"));
        firstHalf(S, "resolving").when().get("/api/v1/reports/ii06a").then().statusCode(400)
                .body("errors.field", contains("unitRole"));
    }

    @Test
    void theReadModelKeepsTheResolvingUnitTheSupplementCountAndTheStoppedFlag() {
        List<Map<String, Object>> stopped = ReadModelEvents.rows(dataSource, "select resolving_unit_code, "
                + "resolving_unit_name, resolving_unit_level, resolving_unit_ancestor_codes, supplement_request_count, "
                + "stopped from public.kpi_dossier where dossier_id = ?", stoppedDossier);
        assertThat(stopped).containsExactly(Map.of("resolving_unit_code", S, "resolving_unit_name",
                "Sở Tài nguyên và Môi trường", "resolving_unit_level", "AGENCY", "resolving_unit_ancestor_codes",
                List.of(P), "supplement_request_count", 2, "stopped", true));
        List<Map<String, Object>> kept = ReadModelEvents.rows(dataSource, "select resolving_unit_code, "
                + "resolving_unit_name, resolving_unit_level, resolving_unit_ancestor_codes, stopped "
                + "from public.kpi_dossier where dossier_id = ?", resolvedByItsReceiver);
        assertThat(kept).containsExactly(Map.of("resolving_unit_code", B, "resolving_unit_name", "Xã B",
                "resolving_unit_level", "COMMUNE", "resolving_unit_ancestor_codes", List.of(P), "stopped", false));
        // the department is a unit seen in the events: it can be asked for, and has its parents
        assertThat(ReadModelEvents.rows(dataSource, "select unit_level, unit_ancestor_codes from public.kpi_unit "
                + "where unit_code = ?", S)).containsExactly(Map.of("unit_level", "AGENCY", "unit_ancestor_codes",
                        List.of(P)));
    }

    private static void send(ReadModelEvents events) {
        dossier(events, P, "2025-11-03", null, Channel.IN_PERSON, new Resolution(Outcome.APPROVED, "2025-11-10",
                Timeliness.EARLY, null, null, null));
        dossier(events, A, "2026-02-02", DEPARTMENT, Channel.ONLINE, new Resolution(Outcome.APPROVED, "2026-02-10",
                Timeliness.ON_TIME, DEPARTMENT, 1, null));
        dossier(events, A, "2026-02-03", null, Channel.IN_PERSON, new Resolution(Outcome.APPROVED, "2026-02-05",
                Timeliness.EARLY, null, 0, null));
        stoppedDossier = dossier(events, B, "2026-03-03", DEPARTMENT, Channel.IN_PERSON,
                new Resolution(Outcome.REJECTED, "2026-03-20", Timeliness.LATE, DEPARTMENT, 2, true));
        dossier(events, A, "2026-04-01", DEPARTMENT, Channel.IN_PERSON, null);
        dossier(events, A, "2026-04-02", COMMUNE_B, Channel.IN_PERSON, new Resolution(Outcome.APPROVED, "2026-04-06",
                Timeliness.ON_TIME, COMMUNE_B, 2, null));
        resolvedByItsReceiver = dossier(events, B, "2026-05-05", DEPARTMENT, Channel.IN_PERSON,
                new Resolution(Outcome.APPROVED, "2026-05-07", Timeliness.EARLY, null, 0, false));
    }

    private record Resolution(Outcome outcome, String day, Timeliness timeliness, UnitRef unit, Integer supplements,
            Boolean stopped) {
    }

    private static OffsetDateTime at(String day) {
        return OffsetDateTime.parse(day + "T09:30:00+07:00");
    }

    private static UUID dossier(ReadModelEvents events, String unit, String received, UnitRef resolvingUnit,
            Channel channel, Resolution resolution) {
        UUID id = UUID.randomUUID();
        String receipt = unit + "-" + received.substring(2).replace("-", "") + "-0001";
        String name = Map.of(A, "Xã A", B, "Xã B", P, "Tỉnh P").get(unit);
        UnitLevel level = unit.equals(P) ? UnitLevel.PROVINCE : UnitLevel.COMMUNE;
        List<String> ancestors = unit.equals(P) ? List.of() : List.of(P);
        OffsetDateTime due = at(received).plusDays(10);
        events.publish(new DossierReceivedV1(id, receipt, "1.004227", "Đăng ký đất đai lần đầu", "DD", "Đất đai",
                unit, name, level, channel, OnlineLevel.FULL, at(received), due, 8,
                UUID.randomUUID().toString().replace("-", ""), ancestors).withResolvingUnit(resolvingUnit));
        if (resolution != null) {
            events.publish(new DossierResolvedV1(id, receipt, "1.004227", "Đăng ký đất đai lần đầu", "DD", "Đất đai",
                    unit, name, level, channel, OnlineLevel.FULL, at(received), due, resolution.outcome(),
                    at(resolution.day()), resolution.timeliness(), resolution.timeliness() != Timeliness.LATE, 3,
                    ancestors).withResolution(resolution.unit(), resolution.supplements(), resolution.stopped()));
        }
        return id;
    }
}
