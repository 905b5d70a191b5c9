package vn.motcua.survey.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.problem.SupportedDates;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class SurveyResultsTest {

    private static final String UNIT = "000.00.71.H26";
    private static final String ANALYST = TestTokens.forRole("analyst");
    private final SurveyFixtures fixtures = new SurveyFixtures();

    @Test
    void satisfactionPerGroupAndOverallResponseRateDistributionAndCsv() {
        // three answered surveys (all 5, all 2, all 4) and one left unanswered
        DossierReceivedV1 a = fixtures.openSurvey(UNIT, Channel.ONLINE);
        DossierReceivedV1 b = fixtures.openSurvey(UNIT, Channel.IN_PERSON);
        DossierReceivedV1 c = fixtures.openSurvey(UNIT, Channel.IN_PERSON);
        fixtures.openSurvey(UNIT, Channel.ONLINE);
        SurveyFixtures.answer(a, 5);
        SurveyFixtures.answer(b, 2);
        SurveyFixtures.answer(c, 4);

        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        var results = given().auth().oauth2(ANALYST).queryParam("unit", UNIT).queryParam("from", today)
                .queryParam("to", today)
                .get("/api/v1/survey-results")
                .then().statusCode(200)
                .body("filter.unit", equalTo(UNIT))
                .body("responses", equalTo(3))
                .body("dossierResponses", equalTo(3))
                .body("kioskResponses", equalTo(0))
                .body("surveysOpened", equalTo(4))
                .body("surveysAnswered", equalTo(3))
                .body("responseRatePercent", equalTo(75.0f))
                .body("overall.satisfactionIndex", equalTo(66.7f))
                .body("groups.satisfactionIndex", everyItem(equalTo(66.7f)))
                .body("questions.distribution", everyItem(equalTo(List.of(0, 1, 0, 1, 1))))
                .extract().jsonPath();
        assertThat(results.getLong("overall.answers")).isEqualTo(3L * results.getList("questions").size());

        given().auth().oauth2(ANALYST).queryParam("unit", UNIT).queryParam("channel", "IN_PERSON")
                .get("/api/v1/survey-results").then().statusCode(200)
                .body("responses", equalTo(2)).body("surveysOpened", equalTo(2))
                .body("responseRatePercent", equalTo(100.0f)).body("overall.satisfactionIndex", equalTo(50.0f));
        given().auth().oauth2(ANALYST).queryParam("unit", UNIT).queryParam("procedure", "2.000635")
                .get("/api/v1/survey-results").then().statusCode(200)
                .body("responses", equalTo(0)).body("overall.satisfactionIndex", equalTo(null));
        given().auth().oauth2(ANALYST).queryParam("unit", UNIT).queryParam("procedure", a.procedureCode())
                .get("/api/v1/survey-results").then().statusCode(200)
                .body("filter.procedure", equalTo(a.procedureCode()))
                .body("responses", equalTo(3)).body("surveysOpened", equalTo(4));
        // a period that ends yesterday or starts tomorrow holds none of them
        LocalDate businessToday = LocalDate.parse(today);
        given().auth().oauth2(ANALYST).queryParam("unit", UNIT).queryParam("to", businessToday.minusDays(1).toString())
                .get("/api/v1/survey-results").then().statusCode(200)
                .body("responses", equalTo(0)).body("surveysOpened", equalTo(0))
                .body("responseRatePercent", equalTo(null));
        given().auth().oauth2(ANALYST).queryParam("unit", UNIT).queryParam("from", businessToday.plusDays(1).toString())
                .get("/api/v1/survey-results").then().statusCode(200).body("responses", equalTo(0));

        String csv = given().auth().oauth2(ANALYST).queryParam("unit", UNIT).queryParam("format", "csv")
                .get("/api/v1/survey-results").then().statusCode(200).contentType("text/csv")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(ResultsCsv.HEADER);
        assertThat(lines.get(1)).isEqualTo("OVERALL,,," + results.getLong("overall.answers") + ","
                + results.getLong("overall.satisfied") + ",66.7,,,,,,3,4,3,75.0");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("GROUP,[A-Z_]+,,\\d+,\\d+,66\\.7,,,,,,,,,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("QUESTION,[A-Z_]+,[A-Z_0-9]+,3,2,66\\.7,0,1,0,1,1,,,,"));
        assertThat(lines).hasSize(2 + results.getList("groups").size() + results.getList("questions").size());
    }

    @Test
    void anOfficerSeesOnlyTheirUnitAndOthersAreRefused() {
        DossierReceivedV1 own = fixtures.openSurvey("000.00.72.H26", Channel.ONLINE);
        SurveyFixtures.answer(own, 5);
        given().auth().oauth2(TestTokens.forRole("officer", "000.00.72.H26"))
                .get("/api/v1/survey-results").then().statusCode(200)
                .body("filter.unit", equalTo("000.00.72.H26")).body("filter.includeSubUnits", equalTo(true))
                .body("responses", equalTo(1)).body("overall.satisfactionIndex", equalTo(100.0f));
        given().auth().oauth2(TestTokens.forRole("officer", "000.00.72.H26")).queryParam("unit", "000.00.71.H26")
                .get("/api/v1/survey-results").then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit")).body("responses", equalTo(null));
        given().get("/api/v1/survey-results").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("kiosk", "000.00.72.H26")).get("/api/v1/survey-results")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ANALYST).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .get("/api/v1/survey-results").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(ANALYST).queryParam("unit", "bad unit").queryParam("channel", "FAX")
                .get("/api/v1/survey-results").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("unit", "channel"));
    }

    @Test
    void theResultsTakeTheSupportedDatesAndNameTheDaysBeyond() {
        DossierReceivedV1 answered = fixtures.openSurvey("000.00.73.H26", Channel.ONLINE);
        SurveyFixtures.answer(answered, 4);
        // both ends included: the widest period finds today's answer
        given().auth().oauth2(ANALYST).queryParam("unit", "000.00.73.H26").queryParam("from", "1900-01-01")
                .queryParam("to", "2999-12-31").get("/api/v1/survey-results").then().statusCode(200)
                .body("responses", equalTo(1));
        for (String name : List.of("from", "to")) {
            for (String outside : List.of("1899-12-31", "3000-01-01", "9999-12-31", "-999999999-01-01",
                    "+999999999-12-31", "+10000-01-01")) {
                given().auth().oauth2(ANALYST).queryParam(name, outside).get("/api/v1/survey-results").then()
                        .statusCode(400).contentType("application/problem+json")
                        .body("errors.field", org.hamcrest.Matchers.contains(name))
                        .body("errors.message", org.hamcrest.Matchers.contains(SupportedDates.MESSAGE));
            }
        }
    }
}
