package vn.motcua.reporting.kpi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
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
import vn.motcua.reporting.KnownDossiers;
import vn.motcua.reporting.ingest.ReadModelEvents;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

/**
 * Digitisation KPIs and the 766 digitisation criteria, from events sent through the real broker. A district D with
 * communes C1 and C2; counts as (files, digitised, reused components), "-" = the event carries none (an event from
 * before the fields existed), e = electronic result issued:
 * <pre>
 * dossier unit received    at intake   resolved              at resolution
 * g1      D    2026-01-10  (3, 2, 1)   01-15 APPROVED        (4, 2, 1) e
 * g2      D    2026-02-02  (2, 0, 2)   02-10 REJECTED        (2, 0, 2) e
 * g3      C1   2026-03-03  (1, 1, 0)   03-10 APPROVED        -
 * g4      C1   2026-04-01  -           04-05 APPROVED        (2, 1, 0) e
 * g5      C2   2026-05-05  (5, 3, 0)   pending
 * g6      C2   2026-05-06  -           05-08 APPROVED        -
 * g7      C1   2026-04-10  (1, 1, 1)   04-12 WITHDRAWN       (1, 1, 1)
 * g8      D    2025-12-20  (2, 2, 0)   2026-01-05 APPROVED   (2, 2, 0) e
 * </pre>
 * A dossier's counts are the latest known (at resolution, else at intake; none = 0). First half of 2026, D with its
 * communes: received g1–g7 = 7; files 4 + 2 + 1 + 2 + 5 + 0 + 1 = 15; with digitised components g1, g3, g4, g5, g7 =
 * 5 (71.4 %); reused components 1 + 2 + 1 = 4 in g1, g2, g7 = 3 dossiers (42.9 %); resolved g1, g2, g3, g4, g6, g8 =
 * 6, with an electronic result g1, g2, g4, g8 = 4 (66.7 %), of which with digitised components g1, g4, g8 = 3 (50.0 %).
 */
@QuarkusTest
class DigitisationKpiTest {

    private static final String PROVINCE = "000.00.00.G26";
    private static final String DISTRICT = "000.00.40.G26";
    private static final String COMMUNE_1 = "000.40.41.G26";
    private static final String COMMUNE_2 = "000.40.42.G26";
    private static final String ANALYST = TestTokens.forRole("analyst");

    private static boolean sent;

    @BeforeEach
    void ingested() {
        synchronized (DigitisationKpiTest.class) {
            if (!sent) {
                send(new ReadModelEvents(new TestEvents(
                        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))));
                sent = true;
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var overall = firstHalf(DISTRICT).when().get("/api/v1/kpis").then().extract().jsonPath();
            return overall.getInt("overall.received.total") == 7 && overall.getInt("overall.resolved.total") == 6
                    && overall.getInt("overall.withdrawn") == 1 && overall.getInt("overall.digitisation.files") == 15;
        });
    }

    private static RequestSpecification firstHalf(String unit) {
        return given().auth().oauth2(ANALYST).queryParam("unit", unit).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-06-30");
    }

    @Test
    void aDistrictWithItsCommunesCountsDigitisedDossiersReusedComponentsAndElectronicResults() {
        firstHalf(DISTRICT).when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.digitisation.files", equalTo(15))
                .body("overall.digitisation.receivedWithDigitisedComponents", equalTo(5))
                .body("overall.digitisation.digitisedSharePercent", equalTo(71.4f))
                .body("overall.digitisation.reusedComponents", equalTo(4))
                .body("overall.digitisation.receivedWithReusedComponents", equalTo(3))
                .body("overall.digitisation.reuseSharePercent", equalTo(42.9f))
                .body("overall.digitisation.electronicResults", equalTo(4))
                .body("overall.digitisation.electronicResultRatePercent", equalTo(66.7f))
                .body("overall.digitisation.resolvedDigitisedWithElectronicResult", equalTo(3))
                .body("overall.digitisation.digitisedWithElectronicResultSharePercent", equalTo(50.0f));
    }

    @Test
    void perUnitAndPeriod() {
        // C1 alone: received g3, g4, g7; digitised all three; 1 reused component (g7); resolved g3, g4, e-result g4
        firstHalf(COMMUNE_1).queryParam("includeSubUnits", "false").when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.received.total", equalTo(3))
                .body("overall.digitisation.files", equalTo(4))
                .body("overall.digitisation.receivedWithDigitisedComponents", equalTo(3))
                .body("overall.digitisation.reusedComponents", equalTo(1))
                .body("overall.digitisation.electronicResults", equalTo(1))
                .body("overall.digitisation.electronicResultRatePercent", equalTo(50.0f));
        // second quarter, D with its communes: received g4, g5, g6, g7, digitised g4 (at resolution), g5, g7;
        // resolved g4, g6, e-result g4 with a digitised component
        given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", "2026-04-01")
                .queryParam("to", "2026-06-30").when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.received.total", equalTo(4))
                .body("overall.digitisation.receivedWithDigitisedComponents", equalTo(3))
                .body("overall.digitisation.reusedComponents", equalTo(1))
                .body("overall.digitisation.electronicResults", equalTo(1))
                .body("overall.digitisation.resolvedDigitisedWithElectronicResult", equalTo(1))
                .body("overall.digitisation.electronicResultRatePercent", equalTo(50.0f));
        // per month: January has g1 received (digitised) and g1, g8 resolved with electronic results
        firstHalf(DISTRICT).queryParam("groupBy", "MONTH").when().get("/api/v1/kpis").then().statusCode(200)
                .body("rows[0].figures.digitisation.receivedWithDigitisedComponents", equalTo(1))
                .body("rows[0].figures.digitisation.electronicResults", equalTo(2))
                .body("rows[1].figures.digitisation.reusedComponents", equalTo(2));
    }

    @Test
    void theDigitisationCriteriaOfTheScorecardAreComputed() {
        firstHalf(DISTRICT).when().get("/api/v1/scorecards").then().statusCode(200)
                // 66.7 % × 8 ÷ 80 = 6.67
                .body("criteria.find { it.code == 'DIGITISATION_ELECTRONIC_RESULTS' }.computed", equalTo(true))
                .body("criteria.find { it.code == 'DIGITISATION_ELECTRONIC_RESULTS' }.rawValuePercent", equalTo(66.7f))
                .body("criteria.find { it.code == 'DIGITISATION_ELECTRONIC_RESULTS' }.points", equalTo(6.67f))
                .body("criteria.find { it.code == 'DIGITISATION_ELECTRONIC_RESULTS' }.maxPoints", equalTo(8.0f))
                // 50.0 % × 8 ÷ 80 = 5.00
                .body("criteria.find { it.code == 'DIGITISATION_DOSSIERS' }.rawValuePercent", equalTo(50.0f))
                .body("criteria.find { it.code == 'DIGITISATION_DOSSIERS' }.points", equalTo(5.0f))
                // 42.9 % × 6 ÷ 80 = 3.2175 → 3.22
                .body("criteria.find { it.code == 'DIGITISATION_REUSE' }.rawValuePercent", equalTo(42.9f))
                .body("criteria.find { it.code == 'DIGITISATION_REUSE' }.points", equalTo(3.22f))
                .body("criteria.find { it.code == 'DIGITISATION_REUSE' }.maxPoints", equalTo(6.0f))
                .body("computableMaximum", equalTo(82.0f));
    }

    @Test
    void eventsWithoutTheCountsCountZero() {
        // the events of KnownDossiers predate the counts: 8 received and 5 resolved, none digitised, reused or
        // with an electronic result
        KnownDossiers.ingested();
        given().auth().oauth2(ANALYST).queryParam("unit", KnownDossiers.DISTRICT).queryParam("from", KnownDossiers.FROM)
                .queryParam("to", KnownDossiers.TO).when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.received.total", equalTo(8))
                .body("overall.digitisation.files", equalTo(0))
                .body("overall.digitisation.receivedWithDigitisedComponents", equalTo(0))
                .body("overall.digitisation.digitisedSharePercent", equalTo(0.0f))
                .body("overall.digitisation.reusedComponents", equalTo(0))
                .body("overall.digitisation.electronicResults", equalTo(0))
                .body("overall.digitisation.electronicResultRatePercent", equalTo(0.0f));
        // g6 alone carries no counts at all, at intake or resolution: C2 has g5 (digitised) and g6 (nothing)
        firstHalf(COMMUNE_2).queryParam("includeSubUnits", "false").when().get("/api/v1/kpis").then().statusCode(200)
                .body("overall.received.total", equalTo(2))
                .body("overall.digitisation.receivedWithDigitisedComponents", equalTo(1))
                .body("overall.digitisation.files", equalTo(5))
                .body("overall.resolved.total", equalTo(1))
                .body("overall.digitisation.electronicResults", equalTo(0));
    }

    private static void send(ReadModelEvents events) {
        dossier(events, "g1", DISTRICT, "2026-01-10", counts(3, 2, 1), Outcome.APPROVED, "2026-01-15",
                counts(4, 2, 1), true);
        dossier(events, "g2", DISTRICT, "2026-02-02", counts(2, 0, 2), Outcome.REJECTED, "2026-02-10",
                counts(2, 0, 2), true);
        dossier(events, "g3", COMMUNE_1, "2026-03-03", counts(1, 1, 0), Outcome.APPROVED, "2026-03-10", null, null);
        dossier(events, "g4", COMMUNE_1, "2026-04-01", null, Outcome.APPROVED, "2026-04-05", counts(2, 1, 0), true);
        dossier(events, "g5", COMMUNE_2, "2026-05-05", counts(5, 3, 0), null, null, null, null);
        dossier(events, "g6", COMMUNE_2, "2026-05-06", null, Outcome.APPROVED, "2026-05-08", null, null);
        dossier(events, "g7", COMMUNE_1, "2026-04-10", counts(1, 1, 1), Outcome.WITHDRAWN, "2026-04-12",
                counts(1, 1, 1), false);
        dossier(events, "g8", DISTRICT, "2025-12-20", counts(2, 2, 0), Outcome.APPROVED, "2026-01-05",
                counts(2, 2, 0), true);
    }

    private static int[] counts(int files, int digitised, int reused) {
        return new int[] {files, digitised, reused};
    }

    private static Integer count(int[] counts, int index) {
        return counts == null ? null : counts[index];
    }

    private static OffsetDateTime at(String day) {
        return OffsetDateTime.parse(day + "T09:30:00+07:00");
    }

    @SuppressWarnings("java:S107") // one column of the table above each
    private static void dossier(ReadModelEvents events, String name, String unit, String received, int[] atIntake,
            Outcome outcome, String resolved, int[] atResolution, Boolean electronicResult) {
        UUID id = UUID.randomUUID();
        String receipt = unit + "-" + received.substring(2).replace("-", "") + "-" + name.substring(1) + "001";
        UnitLevel level = unit.equals(DISTRICT) ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        List<String> ancestors = unit.equals(DISTRICT) ? List.of(PROVINCE) : List.of(DISTRICT, PROVINCE);
        OffsetDateTime due = at(received).plusDays(10);
        events.publish(new DossierReceivedV1(id, receipt, "1.001193", "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch",
                unit, "Đơn vị " + unit, level, Channel.IN_PERSON, OnlineLevel.FULL, at(received), due, 8,
                UUID.randomUUID().toString().replace("-", ""), ancestors, count(atIntake, 0), count(atIntake, 1),
                count(atIntake, 2)));
        if (outcome != null) {
            events.publish(new DossierResolvedV1(id, receipt, "1.001193", "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch",
                    unit, "Đơn vị " + unit, level, Channel.IN_PERSON, OnlineLevel.FULL, at(received), due, outcome,
                    at(resolved), Timeliness.EARLY, true, 3, ancestors, count(atResolution, 0),
                    count(atResolution, 1), count(atResolution, 2), electronicResult));
        }
    }
}
