package vn.motcua.dossier.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.workflow.Transitions.act;
import static vn.motcua.dossier.workflow.Transitions.etag;
import static vn.motcua.dossier.workflow.Transitions.ok;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class WorkflowResourceTest {

    @Inject
    AgroalDataSource db;

    @Inject
    WorkingCalendar calendar;

    private String fresh() {
        return Transitions.intake(CatalogStub.freshCommune())[0];
    }

    private static String unitOf(String id, AgroalDataSource db) {
        return (String) Intakes.query(db, "select unit_code from dossier where id = ?::uuid", id).get(0).get("unit_code");
    }

    private Map<String, Object> snapshot(String id) {
        return Transitions.snapshot(db, id);
    }

    @Test
    void aDossierGoesFromIntakeToReturnedAndEveryStepIsInItsHistory() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath received = Intakes.post(token, Intakes.birth(unit)).then().statusCode(201).header("ETag", "\"0\"")
                .extract().jsonPath();
        String id = received.getString("id");
        given().auth().oauth2(token).get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("status", equalTo("RECEIVED")).body("outcome", nullValue());

        act(token, id, "start", "\"0\"", Map.of("note", "Chuyển phòng Tư pháp")).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("IN_PROGRESS")).body("id", equalTo(id))
                .body("applicant.name", equalTo("Nguyễn Văn An"));
        act(token, id, "supplement-requests", "\"1\"", Map.of("missingItems",
                List.of("Giấy chứng sinh (bản chính)", " Bản sao CCCD của cha "), "note", "Thiếu giấy tờ"))
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("SUPPLEMENT_REQUESTED"));
        Response back = act(token, id, "supplement-received", "\"2\"", Map.of());
        back.then().statusCode(200).header("ETag", "\"3\"").body("status", equalTo("IN_PROGRESS"));
        act(token, id, "resolve", "\"3\"", Map.of("outcome", "APPROVED")).then().statusCode(200)
                .header("ETag", "\"4\"").body("status", equalTo("RESOLVED")).body("outcome", equalTo("APPROVED"))
                .body("outcomeReason", nullValue());
        act(token, id, "return", "\"4\"", Map.of("note", "Trả tại quầy")).then().statusCode(200)
                .header("ETag", "\"5\"").body("status", equalTo("RETURNED"));

        JsonPath history = given().auth().oauth2(token).get("/api/v1/dossiers/{id}/history", id).then()
                .statusCode(200).body("dossierId", equalTo(id)).body("total", equalTo(6)).extract().jsonPath();
        assertThat(history.getList("items.action")).containsExactly("RECEIVE", "START", "REQUEST_SUPPLEMENT",
                "RECEIVE_SUPPLEMENT", "RESOLVE", "RETURN");
        assertThat(history.getList("items.from")).containsExactly(null, "RECEIVED", "IN_PROGRESS",
                "SUPPLEMENT_REQUESTED", "IN_PROGRESS", "RESOLVED");
        assertThat(history.getList("items.to")).containsExactly("RECEIVED", "IN_PROGRESS", "SUPPLEMENT_REQUESTED",
                "IN_PROGRESS", "RESOLVED", "RETURNED");
        assertThat(history.getList("items.actor")).containsOnly("test-officer");
        assertThat(history.getList("items.note")).containsExactly("Nộp tại quầy số 2", "Chuyển phòng Tư pháp",
                "Thiếu giấy tờ", null, null, "Trả tại quầy");
        assertThat(history.getList("items[2].details.missingItems"))
                .containsExactly("Giấy chứng sinh (bản chính)", "Bản sao CCCD của cha");
        assertThat(history.getString("items[4].details.outcome")).isEqualTo("APPROVED");
        assertThat(history.getString("items[4].details.timeliness")).isEqualTo("EARLY");
        assertThat(OffsetDateTime.parse(history.getString("items[0].at")))
                .isEqualTo(OffsetDateTime.parse(received.getString("receivedAt")));
        List<OffsetDateTime> times = history.getList("items.at", String.class).stream().map(OffsetDateTime::parse)
                .toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).isAfterOrEqualTo(times.get(i - 1));
        }

        // the supplement restarted the clock: due date recomputed from the moment it came back
        OffsetDateTime restartedAt = OffsetDateTime.parse(history.getString("items[3].at"));
        OffsetDateTime expectedDue = calendar.dueAt(restartedAt, received.getInt("processingWorkingDays"));
        assertThat(OffsetDateTime.parse(back.jsonPath().getString("dueAt"))).isEqualTo(expectedDue);
        assertThat(back.jsonPath().getString("dueDate")).isEqualTo(WorkingCalendar.businessDate(expectedDue).toString());
        assertThat(OffsetDateTime.parse(history.getString("items[3].details.dueAt"))).isEqualTo(expectedDue);
        assertThat(OffsetDateTime.parse(history.getString("items[3].details.previousDueAt")))
                .isEqualTo(OffsetDateTime.parse(received.getString("dueAt")));
    }

    @Test
    void rejectionRefusalAndWithdrawalKeepTheirReasonAndNote() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String rejected = Transitions.intake(unit)[0];
        ok(token, rejected, "start", null);
        act(token, rejected, "resolve", "\"1\"", Map.of("outcome", "REJECTED", "reason", "Không đủ điều kiện"))
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("outcome", equalTo("REJECTED"))
                .body("outcomeReason", equalTo("Không đủ điều kiện"));

        String refused = Transitions.intake(unit)[0];
        act(token, refused, "refuse", "\"0\"", Map.of("reason", "Hồ sơ không thuộc thẩm quyền")).then()
                .statusCode(200).body("status", equalTo("REFUSED")).body("outcomeReason",
                        equalTo("Hồ sơ không thuộc thẩm quyền")).body("outcome", nullValue());
        given().auth().oauth2(token).get("/api/v1/dossiers/{id}/history", refused).then().statusCode(200)
                .body("items.action", contains("RECEIVE", "REFUSE"))
                .body("items[1].details.reason", equalTo("Hồ sơ không thuộc thẩm quyền"));

        String withdrawn = Transitions.intake(unit)[0];
        ok(token, withdrawn, "start", null);
        ok(token, withdrawn, "supplement-requests", Map.of("missingItems", List.of("Tờ khai")));
        act(token, withdrawn, "withdraw", "\"2\"", Map.of("note", "Công dân xin rút hồ sơ")).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("outcome", equalTo("WITHDRAWN"));
        given().auth().oauth2(token).get("/api/v1/dossiers/{id}/history", withdrawn).then().statusCode(200)
                .body("items.to", contains("RECEIVED", "IN_PROGRESS", "SUPPLEMENT_REQUESTED", "WITHDRAWN"))
                .body("items[3].note", equalTo("Công dân xin rút hồ sơ"));
    }

    @Test
    void anIllegalTransitionIs409NamingTheStateAndTheAllowedActions() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        Map<String, Object> before = snapshot(id);
        act(token, id, "resolve", "\"0\"", Map.of("outcome", "APPROVED")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/illegal-transition"))
                .body("currentState", equalTo("RECEIVED")).body("action", equalTo("RESOLVE"))
                .body("allowedActions", contains("START", "WITHDRAW", "REFUSE", "TRANSFER"));
        act(token, id, "return", "\"0\"", null).then().statusCode(409).body("currentState", equalTo("RECEIVED"));
        act(token, id, "supplement-received", "\"0\"", null).then().statusCode(409);
        act(token, id, "apology", "\"0\"", Map.of("appointmentDate", LocalDate.now().plusDays(10).toString()))
                .then().statusCode(409).body("allowedActions", contains("START", "WITHDRAW", "REFUSE", "TRANSFER"));
        assertThat(snapshot(id)).isEqualTo(before);

        ok(token, id, "start", null);
        ok(token, id, "resolve", Map.of("outcome", "APPROVED"));
        ok(token, id, "return", null);
        Map<String, Object> returned = snapshot(id);
        for (String action : List.of("start", "withdraw", "refuse", "resolve", "return")) {
            act(token, id, action, "\"3\"", Map.of("note", "x", "reason", "x", "outcome", "APPROVED")
                    .entrySet().stream().filter(e -> !(action.equals("resolve") && e.getKey().equals("reason")))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                    .then().statusCode(409).body("currentState", equalTo("RETURNED"))
                    .body("allowedActions.size()", equalTo(0));
        }
        assertThat(snapshot(id)).isEqualTo(returned);
    }

    @Test
    void ifMatchIsRequiredAndComparedStrongly() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        Map<String, Object> before = snapshot(id);
        act(token, id, "start", null, null).then().statusCode(428).contentType("application/problem+json")
                .body("status", equalTo(428)).body("header", equalTo("If-Match"));
        act(token, id, "start", "\"7\"", null).then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412)).header("ETag", "\"0\"");
        // RFC 9110 §13.1.1: If-Match uses the strong comparison, a weak tag never matches
        act(token, id, "start", "W/\"0\"", null).then().statusCode(412).body("status", equalTo(412))
                .header("ETag", "\"0\"");
        for (String malformed : List.of("0", "\"0", "*, \"0\"", ",", "W/0")) {
            act(token, id, "start", malformed, null).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("If-Match"));
        }
        assertThat(snapshot(id)).isEqualTo(before);

        // a list matches when one of its strong tags does
        act(token, id, "start", "W/\"0\", \"9\", \"0\"", null).then().statusCode(200).header("ETag", "\"1\"");
        // the officer who read version 0 is now stale
        act(token, id, "withdraw", "\"0\"", Map.of("note", "rút")).then().statusCode(412)
                .body("detail", org.hamcrest.Matchers.containsString("current ETag \"1\""));
        assertThat(snapshot(id).get("status")).isEqualTo("IN_PROGRESS");
        // "*" matches any current representation: the dossier exists, so the action proceeds
        act(token, id, "withdraw", "*", Map.of("note", "rút")).then().statusCode(200).body("status",
                equalTo("WITHDRAWN"));
        // "*" cannot reach a dossier outside the caller's reach: still 404
        act(officer(CatalogStub.freshCommune()), id, "return", "*", null).then().statusCode(404);
    }

    @Test
    void twoOfficersActingAtOnceExactlyOneWins() throws Exception {
        String unit = CatalogStub.freshCommune();
        for (int round = 0; round < 3; round++) {
            String id = Transitions.intake(unit)[0];
            int officers = 4;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(officers);
            List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
            try {
                List<Callable<Void>> calls = new ArrayList<>();
                for (int i = 0; i < officers; i++) {
                    String action = i % 2 == 0 ? "start" : "refuse";
                    calls.add(() -> {
                        go.await();
                        statuses.add(act(officer(unit), id, action, "\"0\"", Map.of("reason", "trùng")).statusCode());
                        return null;
                    });
                }
                List<Future<Void>> futures = new ArrayList<>();
                calls.forEach(c -> futures.add(pool.submit(c)));
                go.countDown();
                for (Future<Void> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 412).hasSize(officers - 1);
            assertThat(Intakes.count(db, "select count(*) from dossier_history where dossier_id = ?::uuid", id))
                    .isEqualTo(1);
            assertThat(snapshot(id).get("version")).isEqualTo(1);
            given().auth().oauth2(officer(unit)).get("/api/v1/dossiers/{id}/history", id).then().statusCode(200)
                    .body("total", equalTo(2));
        }
    }

    @Test
    void aLateDossierNeedsAnApologyBeforeItsResultIsReturnedAndStaysLate() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        Intakes.execute(db, "update dossier set received_at = now() - interval '30 days', "
                + "due_at = now() - interval '5 days' where id = '" + id + "'");
        String dueBefore = given().auth().oauth2(token).get("/api/v1/dossiers/{id}", id).then().extract()
                .path("dueAt");
        act(token, id, "resolve", "\"1\"", Map.of("outcome", "APPROVED")).then().statusCode(200);
        Map<String, Object> before = snapshot(id);
        act(token, id, "return", "\"2\"", null).then().statusCode(409).body("currentState", equalTo("RESOLVED"))
                .body("allowedActions", contains("APOLOGIZE")).body("detail",
                        org.hamcrest.Matchers.containsString("apology"));
        // the appointment must be a working day after today
        act(token, id, "apology", "\"2\"", Map.of("appointmentDate", LocalDate.now(WorkingCalendar.BUSINESS_ZONE)
                .toString())).then().statusCode(422).body("errors.field", contains("appointmentDate"));
        assertThat(snapshot(id)).isEqualTo(before);

        LocalDate appointment = calendar.dueDate(OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE), 2);
        act(token, id, "apology", "\"2\"", Map.of("appointmentDate", appointment.toString(),
                "note", "Phiếu xin lỗi số 12")).then().statusCode(200).header("ETag", "\"3\"")
                .body("status", equalTo("RESOLVED")).body("appointmentDate", equalTo(appointment.toString()))
                .body("dueAt", equalTo(dueBefore));
        act(token, id, "return", "\"3\"", null).then().statusCode(200).body("status", equalTo("RETURNED"));
        // the resolution wrote one dossier-resolved row; the apology and the return none
        assertThat(Intakes.count(db, "select count(*) from outbox_event where aggregate_id = ?::uuid and topic = "
                + "'dossier-resolved'", id)).isEqualTo(1);
        JsonPath history = given().auth().oauth2(token).get("/api/v1/dossiers/{id}/history", id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.action")).containsExactly("RECEIVE", "START", "RESOLVE", "APOLOGIZE",
                "RETURN");
        assertThat(history.getString("items[2].details.timeliness")).isEqualTo("LATE");
        assertThat(history.getString("items[3].from")).isEqualTo("RESOLVED");
        assertThat(history.getString("items[3].to")).isEqualTo("RESOLVED");
        assertThat(history.getString("items[3].details.appointmentDate")).isEqualTo(appointment.toString());
        assertThat(history.getString("items[3].note")).isEqualTo("Phiếu xin lỗi số 12");
    }

    @Test
    void theHistoryShowsNotesToOfficersOnlyAsTheDossierDoes() {
        String unit = CatalogStub.freshCommune();
        String system = Intakes.communeSystem(unit);
        Map<String, Object> filed = Intakes.birth(unit);
        filed.put("channel", "ONLINE");
        filed.put("note", "Người nộp: Nguyễn Văn Ánh, 0912345678");
        String id = Intakes.post(system, filed).then().statusCode(201).extract().path("id");
        String token = officer(unit);
        ok(token, id, "start", Map.of("note", "Đã gọi 0912345678 báo bổ sung"));
        ok(token, id, "supplement-requests", Map.of("missingItems", List.of("Giấy chứng sinh bản chính"),
                "note", "Anh Ánh hẹn mang thứ Hai"));

        // the officer: every note, as on the dossier
        JsonPath full = given().auth().oauth2(token).get("/api/v1/dossiers/{id}/history", id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(full.getList("items.note")).containsExactly("Người nộp: Nguyễn Văn Ánh, 0912345678",
                "Đã gọi 0912345678 báo bổ sung", "Anh Ánh hẹn mang thứ Hai");
        given().auth().oauth2(token).get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .body("note", equalTo("Người nộp: Nguyễn Văn Ánh, 0912345678"));

        // the commune system that filed it: the same steps without a note, as the dossier hides its note
        given().auth().oauth2(system).get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .body("note", nullValue());
        Response masked = given().auth().oauth2(system).get("/api/v1/dossiers/{id}/history", id);
        masked.then().statusCode(200).body("total", equalTo(3))
                .body("items.action", contains("RECEIVE", "START", "REQUEST_SUPPLEMENT"))
                .body("items.details[2].missingItems", contains("Giấy chứng sinh bản chính"));
        assertThat(masked.jsonPath().getList("items.note")).containsExactly(null, null, null);
        assertThat(masked.asString()).doesNotContain("0912345678").doesNotContain("Ánh");

        // an analyst reads dossiers masked but not histories; another commune's system nothing
        given().auth().oauth2(TestTokens.forRole("analyst", unit)).get("/api/v1/dossiers/{id}/history", id).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Intakes.communeSystem(CatalogStub.freshCommune()))
                .get("/api/v1/dossiers/{id}/history", id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anApologyIsOnlyForALateDossier() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        // 2999-12-31, the last supported date, passes the date check: the state refuses the apology
        act(token, id, "apology", "\"1\"", Map.of("appointmentDate", "2999-12-31")).then().statusCode(409)
                .body("currentState", equalTo("IN_PROGRESS"))
                .body("allowedActions", contains("REQUEST_SUPPLEMENT", "RESOLVE", "WITHDRAW", "STOP", "TRANSFER"));
        // an unresolved dossier past its due date may get one before it is resolved
        Intakes.execute(db, "update dossier set due_at = now() - interval '3 days' where id = '" + id + "'");
        act(token, id, "resolve", "\"1\"", Map.of("outcome", "REJECTED", "reason", "Quá hạn, thiếu hồ sơ"))
                .then().statusCode(200);
        act(token, id, "return", "\"2\"", null).then().statusCode(409).body("allowedActions", contains("APOLOGIZE"));
    }

    @Test
    void badInputToEveryEndpointNamesTheFieldAndChangesNothing() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        Map<String, Object> before = snapshot(id);
        String tooLong = "x".repeat(2001);
        record Bad(String action, Object body, String field) {
        }
        List<Bad> bad = List.of(
                new Bad("start", Map.of("note", tooLong), "note"),
                new Bad("supplement-requests", Map.of(), "missingItems"),
                new Bad("supplement-requests", Map.of("missingItems", List.of()), "missingItems"),
                new Bad("supplement-requests", Map.of("missingItems", List.of("Tờ khai", " ")), "missingItems[1]"),
                new Bad("supplement-requests", Map.of("missingItems", List.of("y".repeat(501))), "missingItems[0]"),
                new Bad("supplement-requests", Map.of("missingItems", Collections.nCopies(51, "a")), "missingItems"),
                new Bad("supplement-requests", Map.of("missingItems", List.of("a"), "note", tooLong), "note"),
                new Bad("supplement-received", Map.of("note", tooLong), "note"),
                new Bad("resolve", Map.of(), "outcome"),
                new Bad("resolve", Map.of("outcome", "WITHDRAWN"), "outcome"),
                new Bad("resolve", Map.of("outcome", "approved"), "outcome"),
                new Bad("resolve", Map.of("outcome", "REJECTED"), "reason"),
                new Bad("resolve", Map.of("outcome", "REJECTED", "reason", "  "), "reason"),
                new Bad("resolve", Map.of("outcome", "APPROVED", "reason", "vì sao"), "reason"),
                new Bad("return", Map.of("note", tooLong), "note"),
                new Bad("withdraw", Map.of(), "note"),
                new Bad("withdraw", Map.of("note", ""), "note"),
                new Bad("refuse", Map.of(), "reason"),
                new Bad("refuse", Map.of("reason", tooLong), "reason"),
                new Bad("apology", Map.of(), "appointmentDate"),
                new Bad("apology", Map.of("appointmentDate", "15/07/2026"), "appointmentDate"),
                new Bad("apology", Map.of("appointmentDate", "2026-02-30"), "appointmentDate"),
                // outside SupportedDates, the extremes Java parses included
                new Bad("apology", Map.of("appointmentDate", "3000-01-01"), "appointmentDate"),
                new Bad("apology", Map.of("appointmentDate", "1899-12-31"), "appointmentDate"),
                new Bad("apology", Map.of("appointmentDate", "-999999999-01-01"), "appointmentDate"),
                new Bad("apology", Map.of("appointmentDate", "+999999999-12-31"), "appointmentDate"),
                new Bad("apology", Map.of("appointmentDate", "+10000-01-01"), "appointmentDate"));
        for (Bad b : bad) {
            act(token, id, b.action(), "\"1\"", b.body()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(b.field()));
        }
        // malformed JSON and wrong types
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"1\"").body("{\"outcome\":")
                .post("/api/v1/dossiers/{id}/resolve", id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"missingItems\":\"Tờ khai\"}").post("/api/v1/dossiers/{id}/supplement-requests", id).then()
                .statusCode(400).contentType("application/problem+json");
        // not a dossier id
        act(token, "not-a-uuid", "start", "\"0\"", null).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void onlyOfficersOfTheDossiersUnitMayActOrReadItsHistory() {
        String unit = CatalogStub.freshCommune();
        String id = Transitions.intake(unit)[0];
        Map<String, Object> before = snapshot(id);
        String other = CatalogStub.freshCommune();
        act(officer(other), id, "start", "\"0\"", null).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(officer(other)).get("/api/v1/dossiers/{id}/history", id).then().statusCode(404)
                .body("status", equalTo(404));
        act(Intakes.communeSystem(unit), id, "start", "\"0\"", null).then().statusCode(403)
                .contentType("application/problem+json");
        act(vn.motcua.testing.TestTokens.forRole("officer"), id, "start", "\"0\"", null).then().statusCode(404);
        given().contentType("application/json").header("If-Match", "\"0\"").body("{}")
                .post("/api/v1/dossiers/{id}/start", id).then().statusCode(401)
                .contentType("application/problem+json");
        act(officer(unit), java.util.UUID.randomUUID().toString(), "start", "\"0\"", null).then().statusCode(404)
                .body("status", equalTo(404));
        assertThat(snapshot(id)).isEqualTo(before);
        // a commune system reads the history only of what it filed itself, not of the officer's intake
        given().auth().oauth2(Intakes.communeSystem(unit)).get("/api/v1/dossiers/{id}/history", id).then()
                .statusCode(404).contentType("application/problem+json");
        String filed = Intakes.post(Intakes.communeSystem(unit), Intakes.birth(unit)).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Intakes.communeSystem(unit)).get("/api/v1/dossiers/{id}/history", filed).then()
                .statusCode(200).body("items.action", contains("RECEIVE"))
                .body("items[0].actor", equalTo("test-commune-system"));
        assertThat(etag(officer(unit), id)).isEqualTo("\"0\"");
    }
}
