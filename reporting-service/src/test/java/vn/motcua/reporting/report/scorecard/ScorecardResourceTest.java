package vn.motcua.reporting.report.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.reporting.KnownDossiers.DISTRICT;
import static vn.motcua.reporting.KnownDossiers.FROM;
import static vn.motcua.reporting.KnownDossiers.TO;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.KnownDossiers;
import vn.motcua.testing.TestTokens;

/** The 766 scorecard of the district in {@link KnownDossiers}. */
@QuarkusTest
class ScorecardResourceTest {

    @BeforeEach
    void ingested() {
        KnownDossiers.ingested();
    }

    @Test
    void pointsOfTheComputableCriteriaAndNotesForTheOthers() {
        given().auth().oauth2(TestTokens.forRole("officer", DISTRICT)).queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/scorecards")
                .then().statusCode(200)
                .body("unit", equalTo(DISTRICT))
                // 766 on time: processed d1, d2, d4, d9 and d7 (withdrawn) on time, d3 late; in progress d6 within
                // time, d5 and d8 overdue: (5 + 1) / (6 + 3) = 66.7 % → 66.7 × 20 ÷ 80 = 16.675 → 16.68
                .body("criteria.find { it.code == 'PROGRESS_ON_TIME' }.rawValuePercent", equalTo(66.7f))
                .body("criteria.find { it.code == 'PROGRESS_ON_TIME' }.points", equalTo(16.68f))
                .body("criteria.find { it.code == 'PROGRESS_ON_TIME' }.maxPoints", equalTo(20.0f))
                // online 1 of 8 received = 12.5 % → 12.5 × 22 ÷ 50 = 5.50
                .body("criteria.find { it.code == 'ONLINE_DOSSIERS' }.rawValuePercent", equalTo(12.5f))
                .body("criteria.find { it.code == 'ONLINE_DOSSIERS' }.points", equalTo(5.5f))
                .body("criteria.find { it.code == 'ONLINE_DOSSIERS' }.maxPoints", equalTo(22.0f))
                // satisfaction 11 of 15 answers = 73.3 % → 73.3 × 18 ÷ 90 = 14.66
                .body("criteria.find { it.code == 'SATISFACTION_PROCEDURES' }.points", equalTo(14.66f))
                .body("criteria.find { it.code == 'PUBLICITY' }.computed", equalTo(false))
                .body("criteria.find { it.code == 'PUBLICITY' }.maxPoints", equalTo(18.0f))
                .body("criteria.find { it.code == 'PUBLICITY' }.points", nullValue())
                .body("criteria.find { it.code == 'PUBLICITY' }.note", not(emptyOrNullString()))
                // the events of KnownDossiers carry no file counts: they count 0, so 0 of 5 resolved = 0 points
                .body("criteria.find { it.code == 'DIGITISATION_ELECTRONIC_RESULTS' }.computed", equalTo(true))
                .body("criteria.find { it.code == 'DIGITISATION_ELECTRONIC_RESULTS' }.rawValuePercent", equalTo(0.0f))
                .body("criteria.find { it.code == 'DIGITISATION_ELECTRONIC_RESULTS' }.points", equalTo(0.0f))
                .body("criteria.find { it.code == 'DIGITISATION_DOSSIERS' }.points", equalTo(0.0f))
                .body("criteria.find { it.code == 'DIGITISATION_REUSE' }.rawValuePercent", equalTo(0.0f))
                .body("criteria.find { it.code == 'DIGITISATION_REUSE' }.maxPoints", equalTo(6.0f))
                .body("criteria.find { it.code == 'ONLINE_PAYMENT' }.computed", equalTo(false))
                .body("points", equalTo(36.84f))
                .body("computableMaximum", equalTo(82.0f))
                .body("maximum", equalTo(100.0f));
    }

    @Test
    void scorecardsFollowTheSameRulesAsKpis() {
        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("from", FROM)
                .when().get("/api/v1/scorecards")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(TestTokens.forRole("kiosk")).queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/scorecards")
                .then().statusCode(403);
    }
}
