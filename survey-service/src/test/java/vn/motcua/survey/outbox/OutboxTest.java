package vn.motcua.survey.outbox;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import vn.motcua.events.Topics;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.contract.OutboxContractTest;

/** Failed attempts and retention of survey-service's outbox, with a kiosk response as the event. */
@QuarkusTest
class OutboxTest extends OutboxContractTest {

    private static final String UNIT = "000.00.92.H26";

    @Override
    protected UUID produceEvent() {
        return UUID.fromString(given().auth().oauth2(TestTokens.forRole("kiosk", UNIT)).contentType(ContentType.JSON)
                .body(SurveyFixtures.kioskBody(4)).post("/api/v1/kiosk/responses")
                .then().statusCode(201).extract().path("responseId"));
    }

    @Override
    protected String producedTopic() {
        return Topics.SURVEY_RESPONSE_SUBMITTED;
    }
}
