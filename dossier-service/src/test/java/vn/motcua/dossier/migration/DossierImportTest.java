package vn.motcua.dossier.migration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.dossier.migration.Imports.admin;
import static vn.motcua.dossier.migration.Imports.batch;
import static vn.motcua.dossier.migration.Imports.dossier;
import static vn.motcua.dossier.migration.Imports.post;
import static vn.motcua.dossier.migration.Imports.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.outbox.TopicReader;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.Topics;
import vn.motcua.problem.SupportedDates;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

@QuarkusTest
@SuppressWarnings("unchecked")
class DossierImportTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;

    @Test
    void aBatchBecomesDossiersHistoryAndEventsAtTheirHistoricalTimes() throws Exception {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        // listed out of order: numbering follows the time of receipt
        var pending = dossier(procedure, unit, "2025-03-04T08:00:00+07:00");
        var withdrawn = dossier(procedure, unit, "2025-03-03T02:00:00Z",
                step("START", "2025-03-03T10:00:00+07:00"),
                step("WITHDRAW", "2025-03-04T08:00:00+07:00", "note", "Công dân xin rút hồ sơ"));
        var returned = dossier(procedure, unit, "2025-03-03T08:15:00+07:00",
                step("START", "2025-03-03T09:00:00+07:00"),
                step("RESOLVE", "2025-03-05T10:00:00+07:00", "outcome", "APPROVED"),
                step("RETURN", "2025-03-05T15:00:00+07:00"));

        JsonPath body = post(admin(), batch(List.of(pending, withdrawn, returned))).then().statusCode(200)
                .extract().jsonPath();

        assertThat(body.getInt("imported")).isEqualTo(3);
        assertThat(body.getInt("alreadyImported")).isZero();
        assertThat(body.getList("dossiers.index", Integer.class)).containsExactly(0, 1, 2);
        assertThat(body.getList("dossiers.receiptCode", String.class)).containsExactly(unit + "-250304-0001",
                unit + "-250303-0002", unit + "-250303-0001");
        assertThat(body.getList("dossiers.status", String.class)).containsExactly("RECEIVED", "WITHDRAWN", "RETURNED");
        assertThat(body.getList("dossiers.created", Boolean.class)).containsOnly(true);
        assertThat(body.getList("dossiers.lookupSecret", String.class))
                .allMatch(s -> s.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"));
        assertThat(body.getList("dossiers.surveyToken", String.class)).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(time(body.getString("dossiers[1].receivedAt"))).isEqualTo(time("2025-03-03T09:00:00+07:00"));
        assertThat(body.getString("dossiers[1].receivedAt")).endsWith("+07:00");
        // 3 working days counted from the day after receipt: Tue 4, Wed 5, Thu 6 March 2025
        assertThat(time(body.getString("dossiers[2].dueAt"))).isEqualTo(time("2025-03-06T17:00:00+07:00"));
        String returnedId = body.getString("dossiers[2].id");
        String withdrawnId = body.getString("dossiers[1].id");

        var row = Intakes.query(db, "select status, outcome, received_at, resolved_at, due_at, received_by, "
                + "survey_token_sealed from dossier where id = ?::uuid", returnedId).get(0);
        assertThat(row.get("status")).isEqualTo("RETURNED");
        assertThat(row.get("outcome")).isEqualTo("APPROVED");
        assertThat(instant(row.get("received_at"))).isEqualTo(time("2025-03-03T08:15:00+07:00"));
        assertThat(instant(row.get("resolved_at"))).isEqualTo(time("2025-03-05T10:00:00+07:00"));
        assertThat(row.get("received_by")).isEqualTo("le.thi.tiep.nhan");
        // the survey token is kept only sealed under the lookup secret, as at intake
        assertThat(Secrets.unsealSurveyToken((byte[]) row.get("survey_token_sealed"),
                body.getString("dossiers[2].lookupSecret"), java.util.UUID.fromString(returnedId)))
                .hasValue(body.getString("dossiers[2].surveyToken"));

        // the history as staff read it, with the recorded actors and times
        JsonPath history = given().auth().oauth2(Intakes.officer(unit)).when()
                .get("/api/v1/dossiers/{id}/history", returnedId).then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.action", String.class)).containsExactly("RECEIVE", "START", "RESOLVE",
                "RETURN");
        assertThat(history.getList("items.at", String.class).stream().map(DossierImportTest::time).toList())
                .containsExactly(time("2025-03-03T08:15:00+07:00"), time("2025-03-03T09:00:00+07:00"),
                        time("2025-03-05T10:00:00+07:00"), time("2025-03-05T15:00:00+07:00"));
        assertThat(history.getString("items[2].actor")).isEqualTo("tran.van.xu.ly");
        assertThat(history.getString("items[2].details.timeliness")).isEqualTo("EARLY");

        // public tracking works with the lookup secret of the response
        given().header("X-Lookup-Secret", body.getString("dossiers[2].lookupSecret")).header("X-Forwarded-For",
                "198.51.100.71").when().get("/api/v1/public/dossiers/{code}", body.getString("dossiers[2].receiptCode"))
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("RETURNED"));

        // events: in the outbox with historical times, then on the topics
        assertThat(Intakes.count(db, "select count(*) from outbox_event where aggregate_id in (?::uuid, ?::uuid, "
                + "?::uuid)", body.getString("dossiers[0].id"), withdrawnId, returnedId)).isEqualTo(5);
        await().atMost(PATIENCE).until(() -> Intakes.count(db, "select count(*) from outbox_event where subject "
                + "like ? and sent_at is not null", unit + "-%") == 5);
        Set<String> ids = Set.of(body.getString("dossiers[0].id"), withdrawnId, returnedId);
        List<ConsumerRecord<String, String>> received = TopicReader.readAll(Topics.DOSSIER_RECEIVED,
                r -> ids.contains(r.key()));
        assertThat(received).hasSize(3);
        ConsumerRecord<String, String> returnedReceived = only(received, returnedId);
        JsonNode receivedPayload = JSON.readTree(returnedReceived.value());
        assertThat(time(receivedPayload.get("receivedAt").asText())).isEqualTo(time("2025-03-03T08:15:00+07:00"));
        assertThat(time(receivedPayload.get("dueAt").asText())).isEqualTo(time("2025-03-06T17:00:00+07:00"));
        assertThat(receivedPayload.get("receiptCode").asText()).isEqualTo(unit + "-250303-0001");
        assertThat(receivedPayload.get("surveyToken").asText()).isEqualTo(body.getString("dossiers[2].surveyToken"));
        assertThat(receivedPayload.toString()).doesNotContain("Nguyễn Văn An", "001090012345");
        assertThat(cloudEventTime(returnedReceived)).isEqualTo(time("2025-03-03T08:15:00+07:00"));

        List<ConsumerRecord<String, String>> resolved = TopicReader.readAll(Topics.DOSSIER_RESOLVED,
                r -> ids.contains(r.key()));
        assertThat(resolved).hasSize(2);
        JsonNode approved = JSON.readTree(only(resolved, returnedId).value());
        assertThat(approved.get("outcome").asText()).isEqualTo("APPROVED");
        assertThat(time(approved.get("resolvedAt").asText())).isEqualTo(time("2025-03-05T10:00:00+07:00"));
        assertThat(approved.get("timeliness").asText()).isEqualTo("EARLY");
        assertThat(approved.get("onTime").asBoolean()).isTrue();
        assertThat(approved.get("workingDaysTaken").asInt()).isEqualTo(2);
        assertThat(cloudEventTime(only(resolved, returnedId))).isEqualTo(time("2025-03-05T10:00:00+07:00"));
        JsonNode withdrawal = JSON.readTree(only(resolved, withdrawnId).value());
        assertThat(withdrawal.get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(time(withdrawal.get("resolvedAt").asText())).isEqualTo(time("2025-03-04T08:00:00+07:00"));
        assertThat(withdrawal.get("workingDaysTaken").asInt()).isEqualTo(1);
    }

    @Test
    void aLateDossierNeedsAnApologyBeforeItsReturnAndStaysLate() throws Exception {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        // due Thu 6 March 2025; resolved Mon 10 March
        var withoutApology = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("START", "2025-03-03T09:00:00+07:00"),
                step("RESOLVE", "2025-03-10T10:00:00+07:00", "outcome", "APPROVED"),
                step("RETURN", "2025-03-10T15:00:00+07:00"));
        var apologyTooEarly = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("APOLOGIZE", "2025-03-04T09:00:00+07:00", "appointmentDate", "2025-03-12"));
        post(admin(), batch(List.of(withoutApology, apologyTooEarly))).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("dossiers[0].steps[2].action",
                        "dossiers[1].steps[0].action"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("apology letter"))
                .body("errors[1].message", org.hamcrest.Matchers.containsString("only a late dossier"));

        var apologized = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("START", "2025-03-03T09:00:00+07:00"),
                step("APOLOGIZE", "2025-03-07T09:00:00+07:00", "appointmentDate", "2025-03-10", "note",
                        "Phiếu xin lỗi số 12"),
                step("RESOLVE", "2025-03-10T10:00:00+07:00", "outcome", "APPROVED"),
                step("RETURN", "2025-03-10T15:00:00+07:00"));
        String id = post(admin(), batch(List.of(apologized))).then().statusCode(200)
                .body("dossiers[0].status", org.hamcrest.Matchers.equalTo("RETURNED")).extract()
                .path("dossiers[0].id");

        var row = Intakes.query(db, "select appointment_date::varchar as appointment, apology_at from dossier "
                + "where id = ?::uuid", id).get(0);
        assertThat(row.get("appointment")).isEqualTo("2025-03-10");
        assertThat(instant(row.get("apology_at"))).isEqualTo(time("2025-03-07T09:00:00+07:00"));
        JsonNode resolved = resolvedEventOf(id);
        assertThat(resolved.get("timeliness").asText()).isEqualTo("LATE");
        assertThat(resolved.get("onTime").asBoolean()).isFalse();
        assertThat(time(resolved.get("dueAt").asText())).isEqualTo(time("2025-03-06T17:00:00+07:00"));
    }

    @Test
    void aReceivedSupplementRestartsTheClock() throws Exception {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        var supplemented = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("START", "2025-03-03T09:00:00+07:00"),
                step("REQUEST_SUPPLEMENT", "2025-03-04T09:00:00+07:00", "missingItems", List.of("Bản sao CCCD")),
                step("RECEIVE_SUPPLEMENT", "2025-03-10T09:00:00+07:00"),
                step("RESOLVE", "2025-03-12T10:00:00+07:00", "outcome", "REJECTED", "reason", "Không đủ điều kiện"));
        JsonPath body = post(admin(), batch(List.of(supplemented))).then().statusCode(200).extract().jsonPath();
        String id = body.getString("dossiers[0].id");
        // 3 working days from Mon 10 March: Thu 13 March
        assertThat(time(body.getString("dossiers[0].dueAt"))).isEqualTo(time("2025-03-13T17:00:00+07:00"));

        var history = Intakes.query(db, "select details->>'previousDueAt' as previous, details->>'dueAt' as due "
                + "from dossier_history where dossier_id = ?::uuid and action = 'RECEIVE_SUPPLEMENT'", id);
        assertThat(time((String) history.get(0).get("previous"))).isEqualTo(time("2025-03-06T17:00:00+07:00"));
        assertThat(time((String) history.get(0).get("due"))).isEqualTo(time("2025-03-13T17:00:00+07:00"));

        JsonNode resolved = resolvedEventOf(id);
        assertThat(resolved.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(resolved.get("timeliness").asText()).isEqualTo("EARLY");
        assertThat(time(resolved.get("dueAt").asText())).isEqualTo(time("2025-03-13T17:00:00+07:00"));
        // Tue 4 … Wed 12 March
        assertThat(resolved.get("workingDaysTaken").asInt()).isEqualTo(7);
        // dossier-received carries the due date set at receipt, as live intake sent it
        JsonNode received = JSON.readTree(only(TopicReader.readAll(Topics.DOSSIER_RECEIVED,
                r -> r.key().equals(id)), id).value());
        assertThat(time(received.get("dueAt").asText())).isEqualTo(time("2025-03-06T17:00:00+07:00"));
    }

    @Test
    void aStoppedDossierIsImportedWithItsNumberedSupplementRequests() throws Exception {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        var stopWithoutReason = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("START", "2025-03-03T09:00:00+07:00"),
                step("STOP", "2025-03-04T09:00:00+07:00"));
        var secondRequestWithoutReason = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("START", "2025-03-03T09:00:00+07:00"),
                step("REQUEST_SUPPLEMENT", "2025-03-04T09:00:00+07:00", "missingItems", List.of("Tờ khai")),
                step("RECEIVE_SUPPLEMENT", "2025-03-05T09:00:00+07:00"),
                step("REQUEST_SUPPLEMENT", "2025-03-06T09:00:00+07:00", "missingItems", List.of("Tờ khai có ký")));
        post(admin(), batch(List.of(stopWithoutReason, secondRequestWithoutReason))).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("dossiers[0].steps[1].reason",
                        "dossiers[1].steps[3].reason"));

        var stopped = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("START", "2025-03-03T09:00:00+07:00"),
                step("REQUEST_SUPPLEMENT", "2025-03-04T09:00:00+07:00", "missingItems", List.of("Tờ khai")),
                step("RECEIVE_SUPPLEMENT", "2025-03-05T09:00:00+07:00"),
                step("REQUEST_SUPPLEMENT", "2025-03-06T09:00:00+07:00", "missingItems", List.of("Tờ khai có ký"),
                        "reason", "Tờ khai bổ sung chưa ký"),
                step("STOP", "2025-03-20T09:00:00+07:00", "reason", "Không bổ sung trong thời hạn"));
        String id = post(admin(), batch(List.of(stopped))).then().statusCode(200)
                .body("dossiers[0].status", org.hamcrest.Matchers.equalTo("STOPPED")).extract()
                .path("dossiers[0].id");
        var row = Intakes.query(db, "select outcome, outcome_reason, supplement_request_count from dossier "
                + "where id = ?::uuid", id).get(0);
        assertThat(row.get("outcome")).isEqualTo("REJECTED");
        assertThat(row.get("outcome_reason")).isEqualTo("Không bổ sung trong thời hạn");
        assertThat(row.get("supplement_request_count")).isEqualTo(2);
        JsonNode resolved = resolvedEventOf(id);
        assertThat(resolved.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(resolved.get("stopped").asBoolean(false)).isTrue();
        assertThat(resolved.get("supplementRequestCount").asInt()).isEqualTo(2);
        assertThat(time(resolved.get("resolvedAt").asText())).isEqualTo(time("2025-03-20T09:00:00+07:00"));
    }

    @Test
    void oneBadDossierRejectsTheBatchNamingEachBadIndexAndFieldAndWritesNothing() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        var good = dossier(procedure, unit, "2025-05-05T08:00:00+07:00", step("START", "2025-05-05T09:00:00+07:00"));
        var badCitizenId = Intakes.with(dossier(procedure, unit, "2025-05-05T09:00:00+07:00"),
                "applicant.citizenId", "12345");
        var future = dossier(procedure, unit, OffsetDateTime.now().plusDays(2).toString());
        var unknownProcedure = dossier("1.000000", unit, "2025-05-05T10:00:00+07:00");
        Map<String, Long> before = rows(unit);

        JsonPath problem = post(admin(), batch(List.of(good, badCitizenId, future, unknownProcedure))).then()
                .statusCode(422).contentType("application/problem+json").extract().jsonPath();

        assertThat(problem.getList("errors.field", String.class)).containsExactly("dossiers[1].applicant.citizenId",
                "dossiers[2].receivedAt", "dossiers[3].procedureCode");
        assertThat(problem.getString("detail")).startsWith("3 of 4 dossiers cannot be imported, so none was");
        assertThat(rows(unit)).isEqualTo(before);
        assertThat(rows(unit).get("dossier")).isZero();
    }

    @Test
    void datesOutsideTheSupportedRangeAreNamedAndWriteNothing() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        var good = dossier(procedure, unit, "2025-05-05T07:00:00+07:00");
        var before1900 = dossier(procedure, unit, "1899-12-31T23:59:59+07:00");
        var farPast = dossier(procedure, unit, "-999999999-01-01T00:00:00+18:00");
        var lateAppointment = dossier(procedure, unit, "2025-05-05T08:00:00+07:00",
                step("START", "2025-05-05T09:00:00+07:00"),
                step("APOLOGIZE", "2025-05-06T09:00:00+07:00", "appointmentDate", "3000-01-01"));
        Map<String, Long> before = rows(unit);

        JsonPath problem = post(admin(), batch(List.of(good, before1900, farPast, lateAppointment))).then()
                .statusCode(422).contentType("application/problem+json").extract().jsonPath();

        assertThat(problem.getList("errors.field", String.class)).containsExactly("dossiers[1].receivedAt",
                "dossiers[2].receivedAt", "dossiers[3].steps[1].appointmentDate");
        assertThat(problem.getList("errors.message", String.class)).containsOnly(SupportedDates.MESSAGE);
        assertThat(rows(unit)).isEqualTo(before);
    }

    @Test
    void aUnitDissolvedSinceTakesDossiersReceivedBeforeOnly() {
        String procedure = CatalogStub.freshProcedure();
        // the stub's dissolved commune existed until 30 June 2025
        var before = dossier(procedure, CatalogStub.DISSOLVED_COMMUNE, "2025-06-02T08:00:00+07:00");
        var after = dossier(procedure, CatalogStub.DISSOLVED_COMMUNE, "2025-07-02T08:00:00+07:00");
        post(admin(), batch(List.of(before, after))).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("dossiers[1].unitCode"));
        post(admin(), batch(List.of(before))).then().statusCode(200)
                .body("dossiers[0].receiptCode", org.hamcrest.Matchers.startsWith(
                        CatalogStub.DISSOLVED_COMMUNE + "-250602-"));
    }

    @Test
    void illegalOrUnorderedStepsAre422() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        var resolveFirst = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("RESOLVE", "2025-03-04T08:00:00+07:00", "outcome", "APPROVED"));
        var backwards = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("START", "2025-03-04T08:00:00+07:00"),
                step("RESOLVE", "2025-03-03T10:00:00+07:00", "outcome", "APPROVED"));
        var beforeReceipt = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("START", "2025-03-03T07:00:00+07:00"));
        var missingOutcome = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("START", "2025-03-03T09:00:00+07:00"), step("RESOLVE", "2025-03-04T08:00:00+07:00"));
        var afterReturn = dossier(procedure, unit, "2025-03-03T08:00:00+07:00",
                step("REFUSE", "2025-03-03T09:00:00+07:00", "reason", "Sai thẩm quyền"),
                step("START", "2025-03-03T10:00:00+07:00"));

        JsonPath problem = post(admin(), batch(List.of(resolveFirst, backwards, beforeReceipt, missingOutcome,
                afterReturn))).then().statusCode(422).extract().jsonPath();

        assertThat(problem.getList("errors.field", String.class)).containsExactly("dossiers[0].steps[0].action",
                "dossiers[1].steps[1].at", "dossiers[2].steps[0].at", "dossiers[3].steps[1].outcome",
                "dossiers[4].steps[1].action");
        assertThat(problem.getString("errors[0].message")).contains("RESOLVE is not possible in state RECEIVED",
                "START");
        assertThat(problem.getString("errors[4].message")).contains("allowed then: none");
        assertThat(Intakes.count(db, "select count(*) from dossier where unit_code = ?", unit)).isZero();
    }

    @Test
    void malformedDossiersAreClientErrorsNamingTheField() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        var nullStep = dossier(procedure, unit, "2025-03-03T08:00:00+07:00");
        ((List<Object>) nullStep.get("steps")).add(null);
        var noActor = dossier(procedure, unit, "2025-03-03T08:00:00+07:00", step("START", "2025-03-03T09:00:00+07:00"));
        ((List<Map<String, Object>>) noActor.get("steps")).get(0).remove("actor");
        var noReceivedAt = Intakes.with(dossier(procedure, unit, "2025-03-03T08:00:00+07:00"), "receivedAt", null);
        post(admin(), batch(List.of(nullStep, noActor, noReceivedAt))).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("dossiers[0].steps[0]",
                        "dossiers[1].steps[0].actor", "dossiers[2].receivedAt"));

        var unknownAction = dossier(procedure, unit, "2025-03-03T08:00:00+07:00", step("APPEAL", "2025-03-03T09:00:00+07:00"));
        post(admin(), batch(List.of(unknownAction))).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.containsString("action"));
        post(admin(), Map.of("dossiers", List.of())).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("dossiers"));
        given().auth().oauth2(admin()).contentType("application/json").body("{\"dossiers\": [").when()
                .post("/api/v1/dossier-imports").then().statusCode(400).contentType("application/problem+json");
        assertThat(Intakes.count(db, "select count(*) from dossier where unit_code = ?", unit)).isZero();
    }

    @Test
    void importingTheSameDossiersAgainChangesNothing() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        var first = dossier(procedure, unit, "2025-03-03T08:00:00+07:00", step("START", "2025-03-03T09:00:00+07:00"),
                step("RESOLVE", "2025-03-04T09:00:00+07:00", "outcome", "APPROVED"));
        var second = dossier(procedure, unit, "2025-03-03T09:00:00+07:00");
        JsonPath created = post(admin(), batch(List.of(first, second))).then().statusCode(200).extract().jsonPath();
        Map<String, Long> after = rows(unit);

        JsonPath again = post(admin(), batch(List.of(second, first))).then().statusCode(200).extract().jsonPath();

        assertThat(again.getInt("imported")).isZero();
        assertThat(again.getInt("alreadyImported")).isEqualTo(2);
        assertThat(again.getList("dossiers.created", Boolean.class)).containsOnly(false);
        assertThat(again.getList("dossiers.id", String.class)).containsExactly(created.getString("dossiers[1].id"),
                created.getString("dossiers[0].id"));
        assertThat(again.getList("dossiers.receiptCode", String.class)).containsExactly(
                created.getString("dossiers[1].receiptCode"), created.getString("dossiers[0].receiptCode"));
        // the secrets were shown once, when created: neither is kept readable
        assertThat(again.getList("dossiers.surveyToken", String.class)).containsOnlyNulls();
        assertThat(again.getList("dossiers.lookupSecret", String.class)).containsOnlyNulls();
        assertThat(again.getString("dossiers[1].status")).isEqualTo("RESOLVED");
        assertThat(rows(unit)).isEqualTo(after);

        // the same legacy id with other content is not silently skipped
        post(admin(), batch(List.of(Intakes.with(second, "note", "khác")))).then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("dossiers[0].legacyId"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("different content"));
        assertThat(rows(unit)).isEqualTo(after);
    }

    @Test
    void onlyAdminsImport() {
        String unit = CatalogStub.freshCommune();
        var body = batch(List.of(dossier(CatalogStub.freshProcedure(), unit, "2025-03-03T08:00:00+07:00")));
        post(null, body).then().statusCode(401).contentType("application/problem+json");
        post(TestTokens.expired("admin", null), body).then().statusCode(401);
        post(TestTokens.signedByAnotherKey("admin", null), body).then().statusCode(401);
        for (String role : List.of("officer", "commune-system", "analyst", "catalog-admin", "kiosk")) {
            post(TestTokens.forRole(role, unit), body).then().statusCode(403).contentType("application/problem+json");
        }
        assertThat(Intakes.count(db, "select count(*) from dossier where unit_code = ?", unit)).isZero();
    }

    @Test
    void receiptCodesOfAPastDayAreGaplessAndFollowOldCodes() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        JsonPath one = post(admin(), batch(List.of(dossier(procedure, unit, "2025-04-01T10:00:00+07:00"),
                dossier(procedure, unit, "2025-04-01T08:00:00+07:00"),
                dossier(procedure, unit, "2025-04-01T09:00:00+07:00")))).then().statusCode(200).extract().jsonPath();
        assertThat(one.getList("dossiers.receiptCode", String.class)).containsExactly(unit + "-250401-0003",
                unit + "-250401-0001", unit + "-250401-0002");
        JsonPath two = post(admin(), batch(List.of(dossier(procedure, unit, "2025-04-01T08:30:00+07:00"),
                dossier(procedure, unit, "2025-04-01T11:00:00+07:00")))).then().statusCode(200).extract().jsonPath();
        assertThat(two.getList("dossiers.receiptCode", String.class)).containsExactly(unit + "-250401-0004",
                unit + "-250401-0005");

        var oldCode = dossier(procedure, unit, "2025-04-01T12:00:00+07:00");
        oldCode.put("receiptCode", unit + "-250401-0010");
        var wrongDay = dossier(procedure, unit, "2025-04-01T12:00:00+07:00");
        wrongDay.put("receiptCode", unit + "-250402-0001");
        var taken = dossier(procedure, unit, "2025-04-01T12:00:00+07:00");
        taken.put("receiptCode", unit + "-250401-0002");
        post(admin(), batch(List.of(oldCode, wrongDay, taken))).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("dossiers[1].receiptCode",
                        "dossiers[2].receiptCode"));

        JsonPath three = post(admin(), batch(List.of(dossier(procedure, unit, "2025-04-01T13:00:00+07:00"), oldCode)))
                .then().statusCode(200).extract().jsonPath();
        // the old platform's 0010 was used that day: the logbook continues after it
        assertThat(three.getList("dossiers.receiptCode", String.class)).containsExactly(unit + "-250401-0011",
                unit + "-250401-0010");
        assertThat(Intakes.count(db, "select last from receipt_counter where unit_code = ? and day = '2025-04-01'",
                unit)).isEqualTo(11);
        assertThat(Intakes.count(db, "select count(distinct receipt_code) from dossier where unit_code = ?", unit))
                .isEqualTo(7);
    }

    @Test
    void concurrentImportsOfOneUnitDayNumberWithoutGapsOrDuplicates() throws Exception {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        int requests = 4;
        int perRequest = 50;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
        try {
            List<java.util.concurrent.Future<List<String>>> codes = new ArrayList<>();
            for (int r = 0; r < requests; r++) {
                List<Map<String, Object>> dossiers = new ArrayList<>();
                for (int i = 0; i < perRequest; i++) {
                    dossiers.add(dossier(procedure, unit, String.format("2025-05-06T%02d:%02d:00+07:00", 8 + r, i)));
                }
                String body = JSON.writeValueAsString(batch(dossiers));
                codes.add(pool.submit(() -> post(admin(), body).then().statusCode(200).extract().jsonPath()
                        .getList("dossiers.receiptCode", String.class)));
            }
            List<String> all = new ArrayList<>();
            for (var request : codes) {
                all.addAll(request.get());
            }
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= requests * perRequest; n++) {
                expected.add(String.format("%s-250506-%04d", unit, n));
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(Intakes.count(db, "select last from receipt_counter where unit_code = ? and day = "
                    + "'2025-05-06'", unit)).isEqualTo(requests * perRequest);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thousandsOfDossiersImportInSeconds() throws Exception {
        String procedure = CatalogStub.freshProcedure();
        List<String> units = List.of(CatalogStub.freshCommune(), CatalogStub.freshCommune(), CatalogStub.freshCommune());
        long millis = 0;
        int total = 0;
        for (int request = 0; request < 3; request++) {
            List<Map<String, Object>> dossiers = new ArrayList<>();
            for (int i = 0; i < DossierImportRequest.MAX_DOSSIERS; i++) {
                String day = String.format("2025-%02d-%02d", 1 + i % 6, 3 + i % 20);
                dossiers.add(dossier(procedure, units.get(i % 3), day + "T08:00:00+07:00",
                        step("START", day + "T09:00:00+07:00"),
                        step("RESOLVE", day + "T10:00:00+07:00", "outcome", "APPROVED"),
                        step("RETURN", day + "T11:00:00+07:00")));
            }
            // serialised beforehand: the figure is the service's, not the test client's JSON writer
            String body = JSON.writeValueAsString(batch(dossiers));
            long started = System.nanoTime();
            post(admin(), body).then().statusCode(200).body("imported", org.hamcrest.Matchers.equalTo(dossiers.size()));
            millis += Duration.ofNanos(System.nanoTime() - started).toMillis();
            total += dossiers.size();
        }
        System.out.printf("historical import: %d dossiers with 3 steps each in %d ms (%.0f dossiers/s)%n", total,
                millis, total * 1000.0 / millis);
        Map<String, Long> perUnit = new HashMap<>();
        units.forEach(u -> perUnit.put(u, Intakes.count(db, "select count(*) from dossier where unit_code = ?", u)));
        assertThat(perUnit.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(millis).isLessThan(60_000);
    }

    private JsonNode resolvedEventOf(String id) throws Exception {
        await().atMost(PATIENCE).until(() -> Intakes.count(db, "select count(*) from outbox_event where "
                + "aggregate_id = ?::uuid and sent_at is null", id) == 0);
        return JSON.readTree(only(TopicReader.readAll(Topics.DOSSIER_RESOLVED, r -> r.key().equals(id)), id).value());
    }

    private Map<String, Long> rows(String unit) {
        Map<String, Long> rows = new HashMap<>(Intakes.rowsOf(db, unit));
        rows.put("dossier_history", Intakes.count(db, "select count(*) from dossier_history h join dossier d "
                + "on d.id = h.dossier_id where d.unit_code = ?", unit));
        rows.put("dossier_import", Intakes.count(db, "select count(*) from dossier_import"));
        return rows;
    }

    private static ConsumerRecord<String, String> only(List<ConsumerRecord<String, String>> records, String key) {
        List<ConsumerRecord<String, String>> matching = records.stream().filter(r -> r.key().equals(key)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static java.time.Instant cloudEventTime(ConsumerRecord<String, String> record) {
        return CloudEventAttributes.read(name -> TestEvents.header(record, name)).time().toInstant();
    }

    private static java.time.Instant time(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    private static java.time.Instant instant(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t ? t.toInstant()
                : ((OffsetDateTime) timestamp).toInstant();
    }
}
