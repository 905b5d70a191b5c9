package vn.motcua.survey;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.testing.kafka.TestEvents;

/** Drives surveys into a state through the real broker, as dossier-service would, and builds answers. */
public final class SurveyFixtures {

    public final TestEvents events = new TestEvents(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    public static DossierResolvedV1 resolved(DossierReceivedV1 r, Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now(r.receivedAt().getOffset()).withNano(0);
        return new DossierResolvedV1(r.dossierId(), r.receiptCode(), r.procedureCode(), r.procedureName(),
                r.fieldCode(), r.fieldName(), r.unitCode(), r.unitName(), r.unitLevel(), r.channel(), r.onlineLevel(),
                r.receivedAt(), r.dueAt(), outcome, now, Timeliness.EARLY, true, 1,
                r.unitAncestorCodes());
    }

    /** Sends {@code event} to dossier-resolved with a fresh event id; returns that id. */
    public String sendResolved(DossierResolvedV1 event) {
        String id = java.util.UUID.randomUUID().toString();
        sendResolved(event, id);
        return id;
    }

    public void sendResolved(DossierResolvedV1 event, String id) {
        events.send(Topics.DOSSIER_RESOLVED, event.dossierId().toString(), new CloudEventAttributes(id,
                "/motcua/tests", EventTypes.DOSSIER_RESOLVED_V1, OffsetDateTime.now(), event.receiptCode()).headers(),
                TestEvents.json(event));
    }

    /** The survey for {@code token} once it reaches {@code state}. */
    public static JsonPath awaitState(String token, String state) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().get("/api/v1/surveys/{token}", token);
            return response.statusCode() == 200 && state.equals(response.jsonPath().getString("state"));
        });
        return given().get("/api/v1/surveys/{token}", token).then().statusCode(200).extract().jsonPath();
    }

    /** An open survey at {@code unit}: received and resolved (APPROVED) through the broker. */
    public DossierReceivedV1 openSurvey(String unit, Channel channel) {
        return openSurvey(TestEvents.dossierReceived(unit, channel));
    }

    public DossierReceivedV1 openSurvey(DossierReceivedV1 received) {
        events.sendDossierReceived(received);
        sendResolved(resolved(received, Outcome.APPROVED));
        awaitState(received.surveyToken(), "OPEN");
        return received;
    }

    /** A copy of {@code r} whose unit has the parents {@code ancestors} (nearest first; null: not said). */
    public static DossierReceivedV1 withAncestors(DossierReceivedV1 r, List<String> ancestors) {
        return new DossierReceivedV1(r.dossierId(), r.receiptCode(), r.procedureCode(), r.procedureName(),
                r.fieldCode(), r.fieldName(), r.unitCode(), r.unitName(), r.unitLevel(), r.channel(), r.onlineLevel(),
                r.receivedAt(), r.dueAt(), r.processingWorkingDays(), r.surveyToken(), ancestors);
    }

    /** A copy of {@code r} whose unit has the parents {@code ancestors}. */
    public static DossierResolvedV1 withAncestors(DossierResolvedV1 r, List<String> ancestors) {
        return new DossierResolvedV1(r.dossierId(), r.receiptCode(), r.procedureCode(), r.procedureName(),
                r.fieldCode(), r.fieldName(), r.unitCode(), r.unitName(), r.unitLevel(), r.channel(), r.onlineLevel(),
                r.receivedAt(), r.dueAt(), r.outcome(), r.resolvedAt(), r.timeliness(), r.onTime(),
                r.workingDaysTaken(), ancestors);
    }

    /** A kiosk's answers to every question of the current questionnaire, all {@code score}. */
    public static Map<String, Object> kioskBody(int score) {
        JsonPath current = given().get("/api/v1/questionnaires/current").then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("questionnaireVersion", current.getInt("version"));
        body.put("answers", current.<String>getList("groups.questions.flatten().code").stream()
                .map(code -> Map.of("question", code, "score", score)).toList());
        return body;
    }

    /** A dossier received at {@code unit}, whose parents are {@code ancestors}, with its survey open. */
    public DossierReceivedV1 openSurvey(String unit, List<String> ancestors) {
        return openSurvey(withAncestors(TestEvents.dossierReceived(unit, Channel.ONLINE), ancestors));
    }

    /** Answers the open survey of {@code dossier} with {@code score} everywhere; returns the response id. */
    public static String answer(DossierReceivedV1 dossier, int score) {
        var survey = awaitState(dossier.surveyToken(), "OPEN");
        return given().contentType(io.restassured.http.ContentType.JSON).body(body(survey, score))
                .post("/api/v1/surveys/{token}/responses", dossier.surveyToken()).then().statusCode(201)
                .extract().path("responseId");
    }

    /** The schema violations of a survey-response-submitted payload; empty when it conforms. */
    public static Set<String> schemaViolations(String payload) throws Exception {
        try (InputStream in = DossierReceivedV1.class.getResourceAsStream("/schemas/survey-response-submitted.v1.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(TestEvents.JSON.readTree(payload)).stream().map(Object::toString)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Answers to every question of the questionnaire in {@code questionnaire} (a JSON path at it), all {@code score}. */
    public static List<Map<String, Object>> answers(JsonPath survey, int score) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String code : survey.<String>getList("questionnaire.groups.questions.flatten().code")) {
            answers.add(new HashMap<>(Map.of("question", code, "score", score)));
        }
        return answers;
    }

    public static Map<String, Object> body(JsonPath survey, int score) {
        Map<String, Object> body = new HashMap<>();
        body.put("questionnaireVersion", survey.getInt("questionnaireVersion"));
        body.put("answers", answers(survey, score));
        return body;
    }
}
