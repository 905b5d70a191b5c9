package vn.motcua.dossier.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.dossier.Intakes.applicant;
import static vn.motcua.dossier.Intakes.birth;
import static vn.motcua.dossier.Intakes.communeSystem;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.Intakes.post;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class IntakeResourceTest {

    @Inject
    AgroalDataSource db;

    @Inject
    WorkingCalendar calendar;

    @Test
    void officerReceivesADossierWithReceiptCodeDueDateAndSecrets() {
        String unit = CatalogStub.freshCommune();
        OffsetDateTime before = OffsetDateTime.now();
        var response = post(officer(unit), birth(unit));
        response.then().statusCode(201)
                .contentType("application/json")
                .header("Location", matchesPattern(".*/api/v1/dossiers/[0-9a-f-]{36}"))
                .body("status", equalTo("RECEIVED"))
                .body("channel", equalTo("IN_PERSON"))
                .body("processingWorkingDays", equalTo(1))
                .body("procedure.code", equalTo(CatalogStub.BIRTH))
                .body("procedure.name", equalTo("Thủ tục đăng ký khai sinh"))
                .body("procedure.version", equalTo(3))
                .body("procedure.fieldCode", equalTo("HT"))
                .body("procedure.fieldName", equalTo("Hộ tịch"))
                .body("procedure.onlineLevel", equalTo("FULL"))
                .body("unit.code", equalTo(unit))
                .body("unit.name", equalTo("UBND xã Thử Nghiệm " + unit))
                .body("unit.level", equalTo("COMMUNE"))
                .body("applicant.type", equalTo("CITIZEN"))
                .body("applicant.name", equalTo("Nguyễn Văn An"))
                .body("applicant.citizenId", equalTo("001090012345"))
                .body("applicant.phone", equalTo("0912345678"))
                .body("applicant.email", equalTo("an.nguyen@example.vn"))
                .body("documents.component", contains(CatalogStub.BIRTH_FORM, CatalogStub.BIRTH_CERTIFICATE))
                .body("documents[1].originals", equalTo(1))
                .body("documents[1].copies", equalTo(1))
                .body("note", equalTo("Nộp tại quầy số 2"))
                .body("lookupSecret", matchesPattern("[23456789A-HJKMNP-TW-Z]{4}(-[23456789A-HJKMNP-TW-Z]{4}){2}"))
                .body("surveyToken", matchesPattern("[A-Za-z0-9_-]{32}"));
        JsonPath body = response.jsonPath();
        String today = OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE).format(DateTimeFormatter.ofPattern("yyMMdd"));
        assertThat(body.getString("receiptCode")).isEqualTo(unit + "-" + today + "-0001");
        assertThat(response.header("Location")).endsWith("/api/v1/dossiers/" + body.getString("id"));

        OffsetDateTime receivedAt = OffsetDateTime.parse(body.getString("receivedAt"));
        assertThat(receivedAt.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(receivedAt).isAfterOrEqualTo(before.minusSeconds(1)).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(OffsetDateTime.parse(body.getString("dueAt"))).isEqualTo(calendar.dueAt(receivedAt, 1));
        assertThat(body.getString("dueDate")).isEqualTo(calendar.dueDate(receivedAt, 1).toString());

        // the secret is kept only as a salted hash that matches it
        List<Map<String, Object>> rows = Intakes.query(db,
                "select lookup_secret_hash, survey_token_hash, received_by from dossier where id = ?::uuid",
                body.getString("id"));
        String stored = (String) rows.get(0).get("lookup_secret_hash");
        assertThat(stored).doesNotContain(body.getString("lookupSecret").replace("-", ""));
        assertThat(Secrets.lookupSecretMatches(body.getString("lookupSecret").toLowerCase(), stored)).isTrue();
        assertThat(Secrets.lookupSecretMatches("2222-2222-2222", stored)).isFalse();
        assertThat(rows.get(0).get("survey_token_hash")).isEqualTo(Secrets.hashSurveyToken(body.getString("surveyToken")));
        assertThat(rows.get(0).get("received_by")).isEqualTo("test-officer");

        // the dossier reads back without its secrets
        given().auth().oauth2(officer(unit)).when().get("/api/v1/dossiers/" + body.getString("id"))
                .then().statusCode(200)
                .body("receiptCode", equalTo(body.getString("receiptCode")))
                .body("receivedAt", equalTo(body.getString("receivedAt")))
                .body("dueAt", equalTo(body.getString("dueAt")))
                .body("applicant.citizenId", equalTo("001090012345"))
                .body("lookupSecret", nullValue())
                .body("surveyToken", nullValue());
    }

    @Test
    void communeSystemFilesAnOrganisationsDossierByPost() {
        String unit = CatalogStub.DISTRICT;
        Map<String, Object> request = birth(unit);
        request.put("procedureCode", CatalogStub.CERTIFIED_COPY);
        request.put("channel", "POSTAL");
        request.put("documents", List.of(Intakes.document("Bản chính giấy tờ cần chứng thực", 1, 2)));
        Map<String, Object> applicant = applicant(request);
        applicant.put("type", "ORGANIZATION");
        applicant.put("name", "Công ty TNHH Một Cửa");
        applicant.remove("citizenId");
        applicant.put("taxCode", "0101234567-001");
        applicant.put("phone", "+84 24 3825 1234");
        // components the procedure does not list are refused; this one lists none
        post(communeSystem(unit), request).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("documents[0].component"));

        request.put("documents", List.of());
        var created = post(communeSystem(unit), request);
        created.then().statusCode(201)
                .body("channel", equalTo("POSTAL"))
                .body("processingWorkingDays", equalTo(5))
                .body("procedure.onlineLevel", equalTo("NONE"))
                .body("unit.level", equalTo("DISTRICT"))
                .body("applicant.type", equalTo("ORGANIZATION"))
                .body("applicant.taxCode", equalTo("0101234567-001"))
                .body("applicant.citizenId", nullValue())
                .body("applicant.phone", equalTo("02438251234"))
                .body("receiptCode", matchesPattern("000\\.00\\.20\\.H26-\\d{6}-\\d{4,}"))
                .body("lookupSecret", notNullValue());
        OffsetDateTime receivedAt = OffsetDateTime.parse(created.jsonPath().getString("receivedAt"));
        assertThat(OffsetDateTime.parse(created.jsonPath().getString("dueAt"))).isEqualTo(calendar.dueAt(receivedAt, 5));
        given().auth().oauth2(communeSystem(unit)).when().get("/api/v1/dossiers/" + created.jsonPath().getString("id"))
                .then().statusCode(200) // the filer reads it back with the applicant masked
                .body("applicant.name", equalTo("C*** t* T*** M** C"))
                .body("applicant.taxCode", equalTo("**********-001"));
    }

    @Test
    void callersOfAnotherUnitAreForbiddenAndWriteNothing() {
        String unit = CatalogStub.freshCommune();
        String other = CatalogStub.freshCommune();
        for (String token : List.of(officer(other), communeSystem(other), TestTokens.forRole("officer"))) {
            post(token, birth(unit)).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://motcua.vn/problems/forbidden"))
                    .body("errors[0].field", equalTo("unitCode"));
        }
        post(TestTokens.forRole("analyst", unit), birth(unit)).then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        given().contentType("application/json").body(birth(unit)).when().post("/api/v1/dossiers")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        assertThat(Intakes.rowsOf(db, unit).values()).containsOnly(0L);
    }

    @Test
    void aDossierIsVisibleOnlyToItsUnitAndMaskedToAnalysts() {
        String unit = CatalogStub.freshCommune();
        String id = post(officer(unit), birth(unit)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer(CatalogStub.freshCommune())).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/not-found"))
                .body("instance", endsWith(id));
        given().auth().oauth2(TestTokens.forRole("analyst", unit)).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(200).body("applicant.name", equalTo("N*** V** A"));
        given().auth().oauth2(TestTokens.forRole("kiosk", unit)).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(403).body("status", equalTo(403));
        given().auth().oauth2(officer(unit)).when().get("/api/v1/dossiers/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("status", equalTo(404));
    }
}
