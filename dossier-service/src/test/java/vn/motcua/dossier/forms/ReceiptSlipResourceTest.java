package vn.motcua.dossier.forms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.dossier.Intakes.officer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.dossier.workflow.Transitions;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.jwt.TokenMinter;

@QuarkusTest
class ReceiptSlipResourceTest {

    /** The public bases the test profile configures. */
    private static final String TRACKING_BASE = "https://tracuu.motcua.test";
    private static final String SURVEY_BASE = "https://khaosat.motcua.test";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AgroalDataSource db;

    /** The intake response of a birth registration filed by {@code token} at {@code unit}. */
    private static JsonPath file(String token, String unit) {
        return Intakes.post(token, Intakes.birth(unit)).then().statusCode(201).extract().jsonPath();
    }

    private static Response print(String token, String id, String secret) {
        var request = given().auth().oauth2(token);
        if (secret != null) {
            request = request.header("X-Lookup-Secret", secret);
        }
        return request.when().get("/api/v1/dossiers/{id}/receipt", id);
    }

    /** Opens a QR code's tracking link against this service, as a phone would open it against the public one. */
    private static Response open(String trackingUrl, String client) {
        assertThat(trackingUrl).startsWith(TRACKING_BASE + "/");
        URI uri = URI.create(trackingUrl);
        return given().header("X-Forwarded-For", client).urlEncodingEnabled(false)
                .when().get(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    @Test
    void theSlipIsAnA5PageInVietnameseWithTheDossierAndTwoWorkingQrCodes() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath filed = file(token, unit);
        String id = filed.getString("id");
        String code = filed.getString("receiptCode");
        String secret = filed.getString("lookupSecret");
        String surveyToken = filed.getString("surveyToken");

        SlipReader slip = SlipReader.of(print(token, id, secret));

        assertThat(slip.pages()).hasSize(1);
        PDRectangle page = slip.pages().get(0);
        assertThat(page.getWidth()).isCloseTo(PDRectangle.A5.getWidth(), org.assertj.core.data.Offset.offset(1f));
        assertThat(page.getHeight()).isCloseTo(PDRectangle.A5.getHeight(), org.assertj.core.data.Offset.offset(1f));

        OffsetDateTime receivedAt = OffsetDateTime.parse(filed.getString("receivedAt"))
                .atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime();
        LocalDate due = LocalDate.parse(filed.getString("dueDate"));
        assertThat(slip.text()).contains(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "UBND XÃ THỬ NGHIỆM " + unit,
                "Mã hồ sơ: " + code,
                "Ông/Bà: Nguyễn Văn An", "Số định danh cá nhân (CCCD): 001090012345", "Số điện thoại: 0912345678",
                "Email: an.nguyen@example.vn", "Địa chỉ: Số 5, thôn Đông, xã Thử Nghiệm",
                "Thủ tục đăng ký khai sinh (mã thủ tục " + CatalogStub.BIRTH + ")",
                CatalogStub.BIRTH_FORM, CatalogStub.BIRTH_CERTIFICATE,
                "Thời gian giải quyết hồ sơ theo quy định: " + filed.getInt("processingWorkingDays") + " ngày làm việc",
                "Thời gian nhận hồ sơ: " + DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy")
                        .format(receivedAt),
                "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày " + DAY.format(due),
                "Ngày hẹn trả kết quả: " + DAY.format(due),
                "Mã tra cứu: " + secret,
                "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ");

        String trackingUrl = TRACKING_BASE + "/api/v1/public/dossiers/" + code + "?secret=" + secret;
        String surveyUrl = SURVEY_BASE + "/surveys/" + surveyToken;
        assertThat(slip.qrCodes()).containsExactlyInAnyOrder(trackingUrl, surveyUrl);
        // the dossier keeps neither secret readable: no copy of the token, only its hash and its sealed form
        Map<String, Object> row = Intakes.query(db, "select to_jsonb(d)::text as j, survey_token_sealed s "
                + "from dossier d where id = ?::uuid", id).get(0);
        assertThat(row.get("j").toString()).doesNotContain(surveyToken).doesNotContain(secret)
                .doesNotContain("\"survey_token\"");
        assertThat(Secrets.unsealSurveyToken((byte[]) row.get("s"), secret, UUID.fromString(id))).hasValue(surveyToken);
        assertThat(Intakes.count(db, "select count(*) from pg_trigger where tgrelid = 'outbox_event'::regclass "
                + "and not tgisinternal")).isZero();

        open(trackingUrl, "192.0.2.10").then().statusCode(200).body("receiptCode", equalTo(code))
                .body("status", equalTo("RECEIVED"));
    }

    @Test
    void withoutTheSecretOrWithAWrongOneThereIsNoSlip() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath filed = file(token, unit);
        String id = filed.getString("id");

        print(token, id, null).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("X-Lookup-Secret"))
                .body("detail", org.hamcrest.Matchers.containsString("POST"));
        print(token, id, "AAAA-BBBB-CCCC").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("X-Lookup-Secret"));
        // a desk app asking for PDF only still gets the problem explained
        given().auth().oauth2(token).accept("application/pdf").header("X-Lookup-Secret", "AAAA-BBBB-CCCC")
                .when().get("/api/v1/dossiers/{id}/receipt", id).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("X-Lookup-Secret"));
        // typed loosely, the right secret prints, with the survey code it unseals
        String loose = filed.getString("lookupSecret").toLowerCase().replace("-", "");
        assertThat(SlipReader.of(print(token, id, loose)).qrCodes())
                .contains(SURVEY_BASE + "/surveys/" + filed.getString("surveyToken"));
    }

    @Test
    void reissuingGivesANewSecretAndTheOldOneStopsWorking() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath filed = file(token, unit);
        String id = filed.getString("id");
        String code = filed.getString("receiptCode");
        String oldSecret = filed.getString("lookupSecret");
        Transitions.ok(token, id, "start", Map.of());
        String etag = Transitions.etag(token, id);

        SlipReader slip = SlipReader.of(given().auth().oauth2(token).when()
                .post("/api/v1/dossiers/{id}/receipt", id));
        String prefix = TRACKING_BASE + "/api/v1/public/dossiers/" + code + "?secret=";
        String trackingUrl = slip.qrCodes().stream().filter(c -> c.startsWith(prefix)).findFirst().orElseThrow();
        String newSecret = trackingUrl.substring(prefix.length());
        assertThat(newSecret).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}").isNotEqualTo(oldSecret);
        assertThat(slip.text()).contains("Mã tra cứu: " + newSecret, "Mã hồ sơ: " + code);
        // the survey token was sealed under the old secret: nothing can read it back, so no survey code
        assertThat(slip.qrCodes()).containsExactly(trackingUrl);
        assertThat(slip.text().replaceAll("\\s+", " ")).contains(ReceiptSlip.NO_SURVEY_CODE);
        assertThat(Intakes.query(db, "select survey_token_sealed s from dossier where id = ?::uuid", id).get(0)
                .get("s")).isNull();

        open(trackingUrl, "192.0.2.20").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().header("X-Forwarded-For", "192.0.2.20").header("X-Lookup-Secret", oldSecret)
                .when().get("/api/v1/public/dossiers/{code}", code).then().statusCode(404);
        print(token, id, oldSecret).then().statusCode(422);
        assertThat(SlipReader.of(print(token, id, newSecret)).qrCodes()).containsExactly(trackingUrl);
        // the secret is not part of the dossier's version: an officer's If-Match stays valid
        assertThat(Transitions.etag(token, id)).isEqualTo(etag);
    }

    @Test
    void theCommuneSystemThatFiledItAndOfficersMayPrintItOtherCallersGet404Or403() {
        String unit = CatalogStub.freshCommune();
        String system = Intakes.communeSystem(unit);
        JsonPath filed = file(system, unit);
        String id = filed.getString("id");
        String secret = filed.getString("lookupSecret");

        SlipReader.of(print(system, id, secret));
        SlipReader.of(print(officer(unit), id, secret));
        // an officer of the parent district reaches the commune's dossiers (UnitScope)
        SlipReader.of(print(officer(CatalogStub.DISTRICT), id, secret));

        TokenMinter minter = new TokenMinter(TestInfrastructure.jwtKeys().privateKey(), TokenMinter.LOCAL_ISSUER);
        String otherSystem = minter.mint("another-commune-system", List.of("commune-system"), unit,
                Duration.ofMinutes(10));
        // the filer's name, but reading as an analyst (masked data only): no slip
        String analystToo = minter.mint("test-commune-system", List.of("analyst", "commune-system"), unit,
                Duration.ofMinutes(10));
        Response foreignSystem = print(otherSystem, id, secret);
        Response asAnalyst = print(analystToo, id, secret);
        Response foreignOfficer = print(officer(CatalogStub.freshCommune()), id, secret);
        Response unknown = print(officer(unit), "00000000-0000-4000-8000-000000000000", secret);
        for (Response notFound : List.of(foreignSystem, asAnalyst, foreignOfficer, unknown)) {
            notFound.then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://motcua.vn/problems/not-found"));
        }
        given().auth().oauth2(officer(CatalogStub.freshCommune())).when()
                .post("/api/v1/dossiers/{id}/receipt", id).then().statusCode(404);
        print(officer(unit), "not-a-uuid", secret).then().statusCode(org.hamcrest.Matchers.oneOf(400, 404))
                .contentType("application/problem+json");
        print(TestTokens.forRole("analyst", unit), id, secret).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("X-Lookup-Secret", secret).when().get("/api/v1/dossiers/{id}/receipt", id).then()
                .statusCode(401).contentType("application/problem+json");
        // none of the refused requests changed the secret
        SlipReader.of(print(system, id, secret));
    }
}
