package vn.motcua.dossier.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.workflow.Transitions.act;
import static vn.motcua.dossier.workflow.Transitions.ok;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.calendar.WorkingCalendar;

/**
 * The lifecycle of Decree 118/2025/NĐ-CP through the HTTP API: processing stopped, the apology letter's extension,
 * numbered supplement requests and the national portal's status code on every dossier view.
 */
@QuarkusTest
class Decree118LifecycleTest {

    @Inject
    AgroalDataSource db;

    @Inject
    WorkingCalendar calendar;

    private Map<String, Object> snapshot(String id) {
        return Transitions.snapshot(db, id);
    }

    private static JsonPath dossier(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/dossiers/{id}", id).then().statusCode(200).extract()
                .jsonPath();
    }

    private static JsonPath history(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/dossiers/{id}/history", id).then().statusCode(200).extract()
                .jsonPath();
    }

    /** Makes the dossier late: its due date three days ago. */
    private void makeLate(String id) {
        Intakes.execute(db, "update dossier set due_at = now() - interval '3 days' where id = '" + id + "'");
    }

    private LocalDate workingDaysFromToday(int days) {
        return calendar.dueDate(OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE), days);
    }

    /** The first day after {@code from} that is not a working day (a weekend at the latest). */
    private LocalDate firstDayOffAfter(LocalDate from) {
        LocalDate day = from.plusDays(1);
        while (calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void stoppingEndsADossierInProgressOrAwaitingASupplementWithItsReason() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String running = Transitions.intake(unit)[0];
        ok(token, running, "start", null);
        act(token, running, "stop", "\"1\"", Map.of("reason", " Có tranh chấp về quyền sử dụng đất ",
                "note", "Thông báo số 05/TB-UBND")).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("STOPPED")).body("portalStatusCode", equalTo(8))
                .body("outcome", equalTo("REJECTED")).body("outcomeReason", equalTo("Có tranh chấp về quyền sử dụng đất"))
                .body("resolvedAt", org.hamcrest.Matchers.notNullValue());
        JsonPath steps = history(token, running);
        assertThat(steps.getList("items.action")).containsExactly("RECEIVE", "START", "STOP");
        assertThat(steps.getString("items[2].from")).isEqualTo("IN_PROGRESS");
        assertThat(steps.getString("items[2].to")).isEqualTo("STOPPED");
        assertThat(steps.getString("items[2].note")).isEqualTo("Thông báo số 05/TB-UBND");
        assertThat(steps.getString("items[2].details.reason")).isEqualTo("Có tranh chấp về quyền sử dụng đất");
        assertThat(steps.getBoolean("items[2].details.stopped")).isTrue();
        assertThat(steps.getString("items[2].details.outcome")).isEqualTo("REJECTED");

        String waiting = Transitions.intake(unit)[0];
        ok(token, waiting, "start", null);
        ok(token, waiting, "supplement-requests", Map.of("missingItems", List.of("Tờ khai")));
        act(token, waiting, "stop", "\"2\"", Map.of("reason", "Không bổ sung trong thời hạn")).then()
                .statusCode(200).body("status", equalTo("STOPPED")).body("supplementRequestCount", equalTo(1));

        // a stopped dossier is final (LifecycleTest: no action leaves it)
        Map<String, Object> before = snapshot(waiting);
        act(token, waiting, "stop", "\"3\"", Map.of("reason", "lần nữa")).then().statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("STOPPED"))
                .body("action", equalTo("STOP")).body("allowedActions.size()", equalTo(0));
        assertThat(snapshot(waiting)).isEqualTo(before);
    }

    @Test
    void aDossierNotYetStartedOrAlreadyResolvedCannotBeStopped() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        Map<String, Object> received = snapshot(id);
        act(token, id, "stop", "\"0\"", Map.of("reason", "Sai thẩm quyền")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/illegal-transition"))
                .body("currentState", equalTo("RECEIVED"))
                .body("allowedActions", contains("START", "WITHDRAW", "REFUSE", "TRANSFER"));
        assertThat(snapshot(id)).isEqualTo(received);

        ok(token, id, "start", null);
        ok(token, id, "resolve", Map.of("outcome", "APPROVED"));
        Map<String, Object> resolved = snapshot(id);
        act(token, id, "stop", "\"2\"", Map.of("reason", "Sai thẩm quyền")).then().statusCode(409)
                .body("currentState", equalTo("RESOLVED")).body("allowedActions", contains("RETURN"));
        assertThat(snapshot(id)).isEqualTo(resolved);
    }

    @Test
    void aStopNeedsAReasonOfAtMost2000Characters() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        Map<String, Object> before = snapshot(id);
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("reason", ""),
                Map.of("reason", "   "), Map.of("reason", "x".repeat(2001)),
                Map.of("reason", "Có tranh chấp", "note", "y".repeat(2001)))) {
            act(token, id, "stop", "\"1\"", body).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(body.containsKey("note") ? "note" : "reason"));
        }
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"reason\": 12}").post("/api/v1/dossiers/{id}/stop", id).then().statusCode(400)
                .contentType("application/problem+json");
        // the wrong unit reaches nothing, a commune system may not act
        act(officer(CatalogStub.freshCommune()), id, "stop", "\"1\"", Map.of("reason", "x")).then().statusCode(404);
        act(Intakes.communeSystem(unit), id, "stop", "\"1\"", Map.of("reason", "x")).then().statusCode(403);
        act(token, id, "stop", null, Map.of("reason", "x")).then().statusCode(428);
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void aSecondSupplementRequestNeedsItsReasonAndAThirdIsRefused() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        act(token, id, "supplement-requests", "\"1\"", Map.of("missingItems", List.of("Giấy chứng sinh")))
                .then().statusCode(200).body("supplementRequestCount", equalTo(1));
        ok(token, id, "supplement-received", null);

        Map<String, Object> before = snapshot(id);
        act(token, id, "supplement-requests", "\"3\"", Map.of("missingItems", List.of("Giấy chứng sinh bản chính")))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("reason"));
        act(token, id, "supplement-requests", "\"3\"", Map.of("missingItems", List.of("Giấy chứng sinh bản chính"),
                "reason", "x".repeat(2001))).then().statusCode(400).body("errors.field", contains("reason"));
        assertThat(snapshot(id)).isEqualTo(before);
        act(token, id, "supplement-requests", "\"3\"", Map.of("missingItems", List.of("Giấy chứng sinh bản chính"),
                "reason", " Bản đã nộp là bản sao không chứng thực ")).then().statusCode(200)
                .body("supplementRequestCount", equalTo(2)).body("portalStatusCode", equalTo(5));
        ok(token, id, "supplement-received", null);

        Map<String, Object> twice = snapshot(id);
        act(token, id, "supplement-requests", "\"5\"", Map.of("missingItems", List.of("CCCD"), "reason", "lần ba"))
                .then().statusCode(409).body("currentState", equalTo("IN_PROGRESS"))
                .body("action", equalTo("REQUEST_SUPPLEMENT"))
                .body("allowedActions", contains("RESOLVE", "WITHDRAW", "STOP", "TRANSFER"))
                .body("detail", org.hamcrest.Matchers.containsString("already requested 2 times"));
        assertThat(snapshot(id)).isEqualTo(twice);

        JsonPath steps = history(token, id);
        assertThat(steps.getList("items.action")).containsExactly("RECEIVE", "START", "REQUEST_SUPPLEMENT",
                "RECEIVE_SUPPLEMENT", "REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT");
        assertThat(steps.getInt("items[2].details.supplementRequestNumber")).isEqualTo(1);
        assertThat(steps.getString("items[2].details.reason")).isNull();
        assertThat(steps.getInt("items[4].details.supplementRequestNumber")).isEqualTo(2);
        assertThat(steps.getString("items[4].details.reason")).isEqualTo("Bản đã nộp là bản sao không chứng thực");
        assertThat(dossier(token, id).getInt("supplementRequestCount")).isEqualTo(2);
    }

    @Test
    void anApologyMayExtendTheTimeOfAnOpenLateDossierWhichStaysLate() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        makeLate(id);
        JsonPath late = dossier(token, id);
        String originalDueAt = late.getString("dueAt");
        assertThat(late.getString("originalDueAt")).isNull();
        LocalDate newDue = workingDaysFromToday(2);
        LocalDate appointment = workingDaysFromToday(3);

        Map<String, Object> before = snapshot(id);
        LocalDate today = LocalDate.now(WorkingCalendar.BUSINESS_ZONE);
        record Bad(Map<String, Object> body, int status, String field) {
        }
        for (Bad bad : List.of(
                new Bad(Map.of("appointmentDate", appointment.toString(), "newDueDate", newDue.toString()), 400,
                        "reason"),
                new Bad(Map.of("appointmentDate", appointment.toString(), "reason", "xác minh"), 400, "reason"),
                new Bad(Map.of("appointmentDate", appointment.toString(), "newDueDate", "23/07/2026",
                        "reason", "xác minh"), 400, "newDueDate"),
                new Bad(Map.of("appointmentDate", appointment.toString(), "newDueDate", "3000-01-01",
                        "reason", "xác minh"), 400, "newDueDate"),
                new Bad(Map.of("appointmentDate", appointment.toString(), "newDueDate", newDue.toString(),
                        "reason", "x".repeat(2001)), 400, "reason"),
                // not after today (nor the due date in force)
                new Bad(Map.of("appointmentDate", appointment.toString(), "newDueDate", today.toString(),
                        "reason", "xác minh"), 422, "newDueDate"),
                // not a working day
                new Bad(Map.of("appointmentDate", appointment.toString(), "newDueDate",
                        firstDayOffAfter(today).toString(), "reason", "xác minh"), 422, "newDueDate"),
                // the appointment to return the result is not before the new due date
                new Bad(Map.of("appointmentDate", workingDaysFromToday(1).toString(), "newDueDate",
                        newDue.toString(), "reason", "xác minh"), 422, "appointmentDate"))) {
            act(token, id, "apology", "\"1\"", bad.body()).then().statusCode(bad.status())
                    .contentType("application/problem+json").body("errors.field", contains(bad.field()));
        }
        assertThat(snapshot(id)).isEqualTo(before);

        JsonPath extended = act(token, id, "apology", "\"1\"", Map.of("appointmentDate", appointment.toString(),
                "newDueDate", newDue.toString(), "reason", " Phải xác minh với UBND xã nơi cư trú trước đây ",
                "note", "Văn bản số 12/UBND")).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("IN_PROGRESS")).body("dueDate", equalTo(newDue.toString()))
                .body("appointmentDate", equalTo(appointment.toString()))
                .body("extensionReason", equalTo("Phải xác minh với UBND xã nơi cư trú trước đây"))
                .extract().jsonPath();
        assertThat(OffsetDateTime.parse(extended.getString("dueAt"))).isEqualTo(WorkingCalendar.endOfOfficeHours(newDue));
        assertThat(OffsetDateTime.parse(extended.getString("originalDueAt"))).isEqualTo(OffsetDateTime.parse(originalDueAt));
        JsonPath steps = history(token, id);
        assertThat(steps.getString("items[2].action")).isEqualTo("APOLOGIZE");
        assertThat(steps.getString("items[2].details.appointmentDate")).isEqualTo(appointment.toString());
        assertThat(OffsetDateTime.parse(steps.getString("items[2].details.previousDueAt")))
                .isEqualTo(OffsetDateTime.parse(originalDueAt));
        assertThat(OffsetDateTime.parse(steps.getString("items[2].details.dueAt")))
                .isEqualTo(WorkingCalendar.endOfOfficeHours(newDue));
        assertThat(steps.getString("items[2].details.extensionReason"))
                .isEqualTo("Phải xác minh với UBND xã nơi cư trú trước đây");

        // still late against the original due date: another apology may extend again, from the new due date on
        act(token, id, "apology", "\"2\"", Map.of("appointmentDate", appointment.toString(), "newDueDate",
                newDue.toString(), "reason", "lần hai")).then().statusCode(422).body("errors.field",
                        contains("newDueDate"));
        // resolved within the extension: late all the same, and the list says so
        act(token, id, "resolve", "\"2\"", Map.of("outcome", "APPROVED")).then().statusCode(200)
                .body("originalDueAt", equalTo(extended.getString("originalDueAt")));
        assertThat(history(token, id).getString("items[3].details.timeliness")).isEqualTo("LATE");
        given().auth().oauth2(token).get("/api/v1/dossiers?timeliness=LATE&unit=" + unit).then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].timeliness", equalTo("LATE"))
                .body("items[0].portalStatusCode", equalTo(9));
        // the time of a resolved dossier can no longer be extended; the apology alone still can be recorded
        Map<String, Object> resolved = snapshot(id);
        act(token, id, "apology", "\"3\"", Map.of("appointmentDate", appointment.toString(), "newDueDate",
                workingDaysFromToday(5).toString(), "reason", "xác minh")).then().statusCode(422)
                .body("errors.field", contains("newDueDate"));
        assertThat(snapshot(id)).isEqualTo(resolved);
        ok(token, id, "return", null);
    }

    @Test
    void aReceivedSupplementRestartsTheClockAndEndsAnExtension() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        ok(token, id, "supplement-requests", Map.of("missingItems", List.of("Tờ khai")));
        makeLate(id);
        LocalDate newDue = workingDaysFromToday(2);
        ok(token, id, "apology", Map.of("appointmentDate", newDue.toString(), "newDueDate", newDue.toString(),
                "reason", "Chờ người nộp bổ sung"));
        assertThat(dossier(token, id).getString("originalDueAt")).isNotNull();
        JsonPath back = act(token, id, "supplement-received", "\"3\"", null).then().statusCode(200)
                .body("originalDueAt", nullValue()).body("portalStatusCode", equalTo(4)).extract().jsonPath();
        OffsetDateTime restartedAt = OffsetDateTime.parse(history(token, id).getString("items[4].at"));
        assertThat(OffsetDateTime.parse(back.getString("dueAt")))
                .isEqualTo(calendar.dueAt(restartedAt, back.getInt("processingWorkingDays")));
        // on time again by the restarted clock: no apology is needed
        act(token, id, "apology", "\"4\"", Map.of("appointmentDate", newDue.toString())).then().statusCode(409);
    }

    @Test
    void everyDossierViewCarriesTheNationalPortalStatusCode() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath intake = Intakes.post(token, Intakes.birth(unit)).then().statusCode(201)
                .body("portalStatusCode", equalTo(2)).extract().jsonPath();
        String id = intake.getString("id");
        String client = "203.0.113." + (1 + (int) (System.nanoTime() % 200));
        String[][] steps = {{"start", "IN_PROGRESS"}, {"supplement-requests", "SUPPLEMENT_REQUESTED"},
            {"supplement-received", "IN_PROGRESS"}, {"resolve", "RESOLVED"}, {"return", "RETURNED"}};
        for (int i = -1; i < steps.length; i++) {
            if (i >= 0) {
                Map<String, Object> body = switch (steps[i][0]) {
                    case "supplement-requests" -> Map.of("missingItems", List.of("Tờ khai"));
                    case "resolve" -> Map.of("outcome", "APPROVED");
                    default -> Map.of();
                };
                ok(token, id, steps[i][0], body);
            }
            String status = i < 0 ? "RECEIVED" : steps[i][1];
            int code = switch (status) {
                case "RECEIVED" -> 2;
                case "IN_PROGRESS" -> 4;
                case "SUPPLEMENT_REQUESTED" -> 5;
                case "RESOLVED" -> 9;
                default -> 10;
            };
            given().auth().oauth2(token).get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                    .body("status", equalTo(status)).body("portalStatusCode", equalTo(code));
            given().auth().oauth2(token).get("/api/v1/dossiers?receiptCode=" + intake.getString("receiptCode"))
                    .then().statusCode(200).body("items[0].status", equalTo(status))
                    .body("items[0].portalStatusCode", equalTo(code));
            given().header("X-Forwarded-For", client).header("X-Lookup-Secret", intake.getString("lookupSecret"))
                    .get("/api/v1/public/dossiers/{code}", intake.getString("receiptCode")).then().statusCode(200)
                    .body("status", equalTo(status)).body("portalStatusCode", equalTo(code));
        }
        String refused = Transitions.intake(unit)[0];
        act(token, refused, "refuse", "\"0\"", Map.of("reason", "Sai thẩm quyền")).then().statusCode(200)
                .body("portalStatusCode", equalTo(3));
        String withdrawn = Transitions.intake(unit)[0];
        act(token, withdrawn, "withdraw", "\"0\"", Map.of("note", "Đơn xin rút")).then().statusCode(200)
                .body("portalStatusCode", equalTo(7));
        // an analyst's masked view carries it too
        given().auth().oauth2(vn.motcua.testing.TestTokens.forRole("analyst", unit))
                .get("/api/v1/dossiers/{id}", withdrawn).then().statusCode(200).body("portalStatusCode", equalTo(7));
    }
}
