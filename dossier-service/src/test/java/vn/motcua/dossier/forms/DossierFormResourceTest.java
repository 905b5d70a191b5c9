package vn.motcua.dossier.forms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.workflow.Transitions.ok;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class DossierFormResourceTest {

    private static final String TRACKING_BASE = "https://tracuu.motcua.test";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String HEADING_NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String HEADING_MOTTO = "Độc lập - Tự do - Hạnh phúc";

    @Inject
    AgroalDataSource db;

    @Inject
    WorkingCalendar calendar;

    /** A birth registration filed by an officer of a fresh commune, with what its intake answered. */
    private record Filed(String unit, String token, String id, String code, String secret) {
        static Filed atFreshCommune() {
            String unit = CatalogStub.freshCommune();
            String token = officer(unit);
            JsonPath intake = file(token, unit);
            return new Filed(unit, token, intake.getString("id"), intake.getString("receiptCode"),
                    intake.getString("lookupSecret"));
        }
    }

    private static JsonPath file(String token, String unit) {
        return Intakes.post(token, Intakes.birth(unit)).then().statusCode(201).extract().jsonPath();
    }

    private static Response form(String token, String id, String form, String secret) {
        var request = given().auth().oauth2(token);
        if (secret != null) {
            request = request.header("X-Lookup-Secret", secret);
        }
        return request.when().get("/api/v1/dossiers/{id}/forms/{form}", id, form);
    }

    /** Public tracking as a phone opens a QR code's link (with its secret), from {@code client}. */
    private static Response opened(String link, String client) {
        URI uri = URI.create(link);
        return given().header("X-Forwarded-For", client).urlEncodingEnabled(false)
                .when().get(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    private static void assertA5(SlipReader slip) {
        assertThat(slip.pages()).allSatisfy(page -> {
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A5.getWidth(), Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A5.getHeight(), Offset.offset(1f));
        });
    }

    private static String today() {
        return DAY.format(LocalDate.now(WorkingCalendar.BUSINESS_ZONE));
    }

    private static void conflict(Response response, String detail) {
        response.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/conflict")).body("detail", containsString(detail));
    }

    @Test
    void theSupplementRequestListsTheLatestRequestsItemsCountsTheRequestsAndItsQrCodeOpensTracking() {
        Filed filed = Filed.atFreshCommune();
        String unit = filed.unit();
        String token = filed.token();
        String id = filed.id();
        String code = filed.code();
        String secret = filed.secret();
        conflict(form(token, id, "supplement-request", null), "no supplement was requested");

        ok(token, id, "start", null);
        ok(token, id, "supplement-requests", Map.of("missingItems", List.of("Giấy chứng sinh bản chính")));
        ok(token, id, "supplement-received", null);
        ok(token, id, "supplement-requests", Map.of("missingItems",
                List.of("Tờ khai có chữ ký của người đi khai", "Bản sao giấy chứng nhận kết hôn"),
                "reason", "Tờ khai đã nộp chưa có chữ ký", "note", "Đã gọi điện báo người nộp"));

        SlipReader slip = SlipReader.of(form(token, id, "supplement-request", null));
        assertA5(slip);
        assertThat(slip.text()).contains(HEADING_NATION, HEADING_MOTTO, "UBND XÃ THỬ NGHIỆM " + unit,
                "BỘ PHẬN MỘT CỬA", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mã hồ sơ: " + code,
                "Hồ sơ của: Ông/Bà: Nguyễn Văn An", "Ngày " + today().substring(0, 2) + " tháng",
                "Ngày tiếp nhận hồ sơ: " + today(), "(lần thứ 2)", "1. Tờ khai có chữ ký của người đi khai",
                "2. Bản sao giấy chứng nhận kết hôn", "Lý do phải bổ sung lần nữa: Tờ khai đã nộp chưa có chữ ký",
                "Ghi chú: Đã gọi điện báo người nộp", "NGƯỜI HƯỚNG DẪN",
                Notice.SECRET_ON_RECEIPT.substring(0, 30))
                .doesNotContain("Giấy chứng sinh bản chính");
        String codeOnly = TRACKING_BASE + "/api/v1/public/dossiers/" + code;
        assertThat(slip.qrCodes()).containsExactly(codeOnly);
        // the link without the secret names the dossier; tracking takes the secret of the receipt slip with it
        given().header("X-Forwarded-For", "192.0.2.31").header("X-Lookup-Secret", secret)
                .when().get(URI.create(codeOnly).getRawPath()).then().statusCode(200)
                .body("receiptCode", equalTo(code)).body("status", equalTo("SUPPLEMENT_REQUESTED"));

        // with the secret the desk holds, the QR code carries it, as the receipt slip's does, and opens tracking
        SlipReader withSecret = SlipReader.of(form(token, id, "supplement-request", secret));
        String link = codeOnly + "?secret=" + secret;
        assertThat(withSecret.qrCodes()).containsExactly(link);
        assertThat(withSecret.text()).contains("Mã tra cứu: " + secret);
        opened(link, "192.0.2.32").then().statusCode(200).body("receiptCode", equalTo(code));
        form(token, id, "supplement-request", "AAAA-BBBB-CCCC").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("X-Lookup-Secret"));

        // a commune system prints the applicant's paper, but not the officers' notes
        String system = Intakes.communeSystem(unit);
        String filedBySystem = file(system, unit).getString("id");
        ok(token, filedBySystem, "start", null);
        ok(token, filedBySystem, "supplement-requests", Map.of("missingItems", List.of("Giấy chứng sinh"),
                "note", "Đã gọi điện báo người nộp"));
        assertThat(SlipReader.of(form(system, filedBySystem, "supplement-request", null)).text())
                .contains("(lần thứ 1)", "1. Giấy chứng sinh").doesNotContain("Đã gọi điện");
    }

    @Test
    void theRefusalSlipGivesTheReasonOfARefusedOrRejectedDossierAndIsAConflictForAnApprovedOne() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath refusedDossier = file(token, unit);
        String refused = refusedDossier.getString("id");
        conflict(form(token, refused, "refusal", null), "RECEIVED");
        ok(token, refused, "refuse", Map.of("reason", "Hồ sơ không thuộc thẩm quyền giải quyết của xã"));

        SlipReader slip = SlipReader.of(form(token, refused, "refusal", null));
        assertA5(slip);
        assertThat(slip.text()).contains(HEADING_NATION, HEADING_MOTTO, "UBND XÃ THỬ NGHIỆM " + unit,
                "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mã hồ sơ: " + refusedDossier.getString("receiptCode"),
                "Ông/Bà: Nguyễn Văn An", "Ngày nhận hồ sơ: " + today(), "thông báo không tiếp nhận hồ sơ này",
                "Hồ sơ không thuộc thẩm quyền giải quyết của xã", "NGƯỜI TIẾP NHẬN HỒ SƠ");
        assertThat(slip.qrCodes()).containsExactly(TRACKING_BASE + "/api/v1/public/dossiers/"
                + refusedDossier.getString("receiptCode"));

        String rejected = file(token, unit).getString("id");
        ok(token, rejected, "start", null);
        ok(token, rejected, "resolve", Map.of("outcome", "REJECTED", "reason", "Giấy chứng sinh không hợp lệ"));
        assertThat(SlipReader.of(form(token, rejected, "refusal", null)).text()).contains(
                "thông báo không giải quyết hồ sơ này", "Giấy chứng sinh không hợp lệ",
                "THỦ TRƯỞNG CƠ QUAN GIẢI QUYẾT");

        String approved = file(token, unit).getString("id");
        ok(token, approved, "start", null);
        ok(token, approved, "resolve", Map.of("outcome", "APPROVED"));
        conflict(form(token, approved, "refusal", null), "RESOLVED (APPROVED)");
    }

    @Test
    void theApologyLetterOfALateDossierGivesTheMissedAndTheNewAppointment() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath filed = file(token, unit);
        String id = filed.getString("id");
        ok(token, id, "start", null);
        conflict(form(token, id, "apology", null), "no apology was recorded");
        Intakes.execute(db, "update dossier set received_at = now() - interval '30 days', "
                + "due_at = now() - interval '5 days' where id = '" + id + "'");
        OffsetDateTime due = OffsetDateTime.parse(given().auth().oauth2(token).get("/api/v1/dossiers/{id}", id)
                .then().extract().path("dueAt"));
        LocalDate appointment = calendar.dueDate(OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE), 2);
        ok(token, id, "apology", Map.of("appointmentDate", appointment.toString(),
                "note", "Phải xác minh thông tin tại Sở Tư pháp"));

        SlipReader slip = SlipReader.of(form(token, id, "apology", null));
        assertA5(slip);
        assertThat(slip.text()).contains(HEADING_NATION, HEADING_MOTTO, "UBND XÃ THỬ NGHIỆM " + unit,
                "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                "Mã hồ sơ: " + filed.getString("receiptCode"),
                "Kính gửi: Ông/Bà Nguyễn Văn An",
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: " + DateTimeFormatter.ofPattern(
                        "HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy").format(due.atZoneSameInstant(
                                WorkingCalendar.BUSINESS_ZONE)),
                "Lý do: Phải xác minh thông tin tại Sở Tư pháp",
                "Ngày hẹn trả kết quả mới: " + DAY.format(appointment), "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");
        assertThat(slip.qrCodes()).hasSize(1).allMatch(c -> c.startsWith(TRACKING_BASE + "/"));
    }

    @Test
    void theApologyLetterOfAnExtensionGivesTheReceiptsAppointmentTheExtensionsReasonAndTheNewDueDate() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath filed = file(token, unit);
        String id = filed.getString("id");
        ok(token, id, "start", null);
        Intakes.execute(db, "update dossier set due_at = now() - interval '3 days' where id = '" + id + "'");
        OffsetDateTime due = OffsetDateTime.parse(given().auth().oauth2(token).get("/api/v1/dossiers/{id}", id)
                .then().extract().path("dueAt"));
        OffsetDateTime now = OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE);
        LocalDate newDue = calendar.dueDate(now, 2);
        LocalDate appointment = calendar.dueDate(now, 3);
        ok(token, id, "apology", Map.of("appointmentDate", appointment.toString(), "newDueDate", newDue.toString(),
                "reason", "Phải xác minh với UBND xã nơi cư trú trước đây", "note", "Văn bản số 12/UBND"));

        SlipReader slip = SlipReader.of(form(token, id, "apology", null));
        assertA5(slip);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
        assertThat(slip.text()).contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                "Mã hồ sơ: " + filed.getString("receiptCode"),
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: "
                        + time.format(due.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE)),
                "Lý do: Phải xác minh với UBND xã nơi cư trú trước đây",
                "đề nghị gia hạn thời gian giải quyết hồ sơ đến "
                        + time.format(WorkingCalendar.endOfOfficeHours(newDue)),
                "Ngày hẹn trả kết quả mới: " + DAY.format(appointment))
                .doesNotContain("Văn bản số 12/UBND");
        assertThat(slip.qrCodes()).containsExactly(TRACKING_BASE + "/api/v1/public/dossiers/"
                + filed.getString("receiptCode"));
    }

    @Test
    void theStopNoticeGivesTheUnitTheTimeAndTheReasonOfAStoppedDossierWhichHasNoRefusalSlip() {
        Filed filed = Filed.atFreshCommune();
        String unit = filed.unit();
        String token = filed.token();
        String id = filed.id();
        String code = filed.code();
        String secret = filed.secret();
        conflict(form(token, id, "stop-notice", null), "this one is RECEIVED");
        ok(token, id, "start", null);
        conflict(form(token, id, "stop-notice", null), "this one is IN_PROGRESS");
        ok(token, id, "stop", Map.of("reason", "Có tranh chấp về quyền sử dụng đất"));
        OffsetDateTime stoppedAt = OffsetDateTime.parse(given().auth().oauth2(token)
                .get("/api/v1/dossiers/{id}/history", id).then().statusCode(200).extract().path("items[2].at"));

        Response response = form(token, id, "stop-notice", secret);
        SlipReader slip = SlipReader.of(response);
        assertA5(slip);
        assertThat(slip.text()).contains(HEADING_NATION, HEADING_MOTTO, "UBND XÃ THỬ NGHIỆM " + unit,
                "BỘ PHẬN MỘT CỬA", "THÔNG BÁO VỀ VIỆC DỪNG GIẢI QUYẾT HỒ SƠ", "Mã hồ sơ: " + code,
                "Kính gửi: Ông/Bà Nguyễn Văn An", "Ngày " + today() + ", UBND xã Thử Nghiệm " + unit,
                "UBND xã Thử Nghiệm " + unit + " dừng giải quyết hồ sơ của ông/bà từ "
                        + DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy")
                                .format(stoppedAt.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE)),
                "Có tranh chấp về quyền sử dụng đất", "THỦ TRƯỞNG CƠ QUAN GIẢI QUYẾT", "Mã tra cứu: " + secret);
        String link = TRACKING_BASE + "/api/v1/public/dossiers/" + code + "?secret=" + secret;
        assertThat(slip.qrCodes()).containsExactly(link);
        opened(link, "192.0.2.33").then().statusCode(200).body("receiptCode", equalTo(code))
                .body("status", equalTo("STOPPED"));
        assertThat(response.header("Content-Disposition")).isEqualTo("inline; filename=\"" + code
                + "-dung-giai-quyet.pdf\"");

        form(officer(CatalogStub.freshCommune()), id, "stop-notice", null).then().statusCode(404)
                .contentType("application/problem+json");
        SlipReader.of(form(officer(CatalogStub.DISTRICT), id, "stop-notice", null));

        // its outcome is REJECTED, as a rejected dossier's, but its paper is the stop notice, not the refusal slip
        conflict(form(token, id, "refusal", null), "stop-notice");
        String rejected = file(token, unit).getString("id");
        ok(token, rejected, "start", null);
        ok(token, rejected, "resolve", Map.of("outcome", "REJECTED", "reason", "Giấy chứng sinh không hợp lệ"));
        conflict(form(token, rejected, "stop-notice", null), "RESOLVED (REJECTED)");
        SlipReader.of(form(token, rejected, "refusal", null));
    }

    @Test
    void theControlSlipHasEveryStepWithItsTimeItsDueDateAndWhetherItWasLate() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath filed = file(token, unit);
        String id = filed.getString("id");
        String code = filed.getString("receiptCode");
        ok(token, id, "start", Map.of("note", "Chuyển công chức tư pháp - hộ tịch"));
        ok(token, id, "supplement-requests", Map.of("missingItems", List.of("Giấy chứng sinh")));
        // received six days ago, started the next day, due three days ago: the supplement was asked for late;
        // the received supplement restarts the clock
        Intakes.execute(db, "update dossier set received_at = now() - interval '6 days', due_at = now() - interval "
                + "'3 days' where id = '" + id + "'");
        Intakes.execute(db, "update dossier_history set at = now() - interval '5 days' where dossier_id = '" + id
                + "' and action = 'START'");
        ok(token, id, "supplement-received", null);
        ok(token, id, "resolve", Map.of("outcome", "APPROVED"));

        Response response = form(token, id, "control", null);
        SlipReader slip = SlipReader.of(response);
        assertThat(slip.pages()).allSatisfy(page -> assertThat(page.getWidth())
                .isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f)));
        assertThat(slip.text()).contains(HEADING_NATION, HEADING_MOTTO, "UBND XÃ THỬ NGHIỆM " + unit,
                "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mã hồ sơ: " + code,
                "Tên thủ tục hành chính: Thủ tục đăng ký khai sinh", "Tên cá nhân, tổ chức: Nguyễn Văn An",
                "Tiếp nhận hồ sơ", "Chuyển xử lý, thẩm định hồ sơ", "Chuyển công chức tư pháp - hộ tịch",
                "Yêu cầu bổ sung, hoàn thiện hồ sơ", "Nhận hồ sơ đã bổ sung, hoàn thiện",
                "Giải quyết xong: chấp thuận", "Trước hạn", "Quá hạn");
        // five rows in order: intake and four steps, each judged against the due date in force then
        String row = " UBND xã Thử Nghiệm " + unit + " test-officer ";
        String time = "\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}";
        assertThat(slip.text()).containsPattern(" 1" + row + "Tiếp nhận hồ sơ " + time + " " + time + " Trước hạn .*"
                + " 2" + row + "Chuyển xử lý, thẩm định hồ sơ " + time + " " + time + " Trước hạn .*"
                + " 3" + row + "Yêu cầu bổ sung, hoàn thiện hồ sơ " + time + " " + time + " Quá hạn"
                + " 4" + row + "Nhận hồ sơ đã bổ sung, hoàn thiện " + time + " " + time + " Trước hạn"
                + " 5" + row + "Giải quyết xong: chấp thuận " + time + " " + time + " Trước hạn");
        assertThat(slip.qrCodes()).containsExactly(TRACKING_BASE + "/api/v1/public/dossiers/" + code);
        assertThat(response.header("Content-Disposition")).isEqualTo("inline; filename=\"" + code
                + "-kiem-soat.pdf\"");
    }

    @Test
    void theStopNoticeOfAnInterLinkedDossierIsTheResolvingDepartmentsAndTheReceivingCommunePrintsIt() {
        String commune = officer(CatalogStub.NEW_COMMUNE);
        String department = officer(CatalogStub.DEPARTMENT);
        Map<String, Object> land = Intakes.with(Intakes.birth(CatalogStub.NEW_COMMUNE), "procedureCode",
                CatalogStub.LAND);
        land.put("documents", List.of(Intakes.document(CatalogStub.LAND_FORM, 1, 0)));
        String id = Intakes.post(commune, land).then().statusCode(201).extract().path("id");
        ok(commune, id, "transfer", null);
        ok(department, id, "start", null);
        ok(department, id, "stop", Map.of("reason", "Thửa đất đang bị kê biên"));

        String text = SlipReader.of(form(commune, id, "stop-notice", null)).text();
        assertThat(text).contains("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THÀNH PHỐ THỬ NGHIỆM",
                "Ngày " + today() + ", UBND xã Bát Tràng tiếp nhận giải quyết hồ sơ",
                "Sở Nông nghiệp và Môi trường Thành phố Thử Nghiệm dừng giải quyết hồ sơ của ông/bà",
                "Thửa đất đang bị kê biên");
        assertThat(SlipReader.of(form(department, id, "stop-notice", null)).text()).isEqualTo(text);
        form(officer(CatalogStub.OTHER_NEW_COMMUNE), id, "stop-notice", null).then().statusCode(404);
        conflict(form(department, id, "refusal", null), "stop-notice");
    }

    @Test
    void theStopNoticeIsDocumentedWithItsOperationIdAndItsConflict() {
        String path = "paths.'/api/v1/dossiers/{id}/forms/stop-notice'.get";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(path + ".operationId", equalTo("getStopNotice"))
                .body(path + ".responses.'200'.content.'application/pdf'.schema.format", equalTo("binary"))
                .body(path + ".responses.'409'.description", equalTo("The dossier's processing was not stopped"))
                .body(path + ".parameters.name", hasItems("id", "X-Lookup-Secret"));
    }

    @Test
    void onlyTheDossiersUnitItsParentsAndItsFilerPrintItsFormsOthersGet404Or403() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = file(Intakes.communeSystem(unit), unit).getString("id");

        SlipReader.of(form(token, id, "control", null));
        SlipReader.of(form(officer(CatalogStub.DISTRICT), id, "control", null));
        SlipReader.of(form(Intakes.communeSystem(unit), id, "control", null));
        for (String form : List.of("supplement-request", "refusal", "apology", "stop-notice", "control")) {
            form(officer(CatalogStub.freshCommune()), id, form, null).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://motcua.vn/problems/not-found"));
            form(token, "00000000-0000-4000-8000-000000000000", form, null).then().statusCode(404);
            form(TestTokens.forRole("analyst", unit), id, form, null).then().statusCode(403)
                    .contentType("application/problem+json");
            given().when().get("/api/v1/dossiers/{id}/forms/{form}", id, form).then().statusCode(401);
        }
    }
}
