package vn.motcua.dossier.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.dossier.Intakes.birth;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.Intakes.post;
import static vn.motcua.dossier.Intakes.with;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;

/** Every bad intake is a 4xx problem naming the field, and leaves no dossier, number, key or event behind. */
@QuarkusTest
class IntakeValidationTest {

    @Inject
    AgroalDataSource db;

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("unknown procedure", 422, "procedureCode", "no procedure 2.999999",
                        r -> with(r, "procedureCode", "2.999999")),
                bad("inactive procedure", 422, "procedureCode", "not in force",
                        r -> with(r, "procedureCode", CatalogStub.SUSPENDED)),
                bad("procedure not yet in force", 422, "procedureCode", "not in force",
                        r -> with(r, "procedureCode", CatalogStub.NOT_YET_IN_FORCE)),
                bad("procedure of another level", 422, "procedureCode", "DISTRICT",
                        r -> with(with(r, "procedureCode", CatalogStub.HOUSEHOLD_BUSINESS), "documents",
                                List.of(Intakes.document(CatalogStub.HOUSEHOLD_BUSINESS_FORM, 1, 0)))),
                bad("channel not offered", 422, "channel", "not offered POSTAL",
                        r -> with(r, "channel", "POSTAL")),
                bad("missing required component", 422, "documents", CatalogStub.BIRTH_CERTIFICATE,
                        r -> with(r, "documents", List.of(Intakes.document(CatalogStub.BIRTH_FORM, 1, 0)))),
                bad("component not of the procedure", 422, "documents[2].component", "not a component",
                        r -> with(r, "documents", List.of(Intakes.document(CatalogStub.BIRTH_FORM, 1, 0),
                                Intakes.document(CatalogStub.BIRTH_CERTIFICATE, 1, 0),
                                Intakes.document("Sổ hộ khẩu", 1, 0)))),
                bad("document without originals or copies", 400, "documents[0]", "at least one",
                        r -> with(r, "documents", List.of(Intakes.document(CatalogStub.BIRTH_FORM, 0, 0),
                                Intakes.document(CatalogStub.BIRTH_CERTIFICATE, 1, 0)))),
                bad("negative copies", 400, "documents[1].copies", "",
                        r -> with(r, "documents", List.of(Intakes.document(CatalogStub.BIRTH_FORM, 1, 0),
                                Intakes.document(CatalogStub.BIRTH_CERTIFICATE, 1, -1)))),
                bad("citizen ID too short", 400, "applicant.citizenId", "12-digit",
                        r -> with(r, "applicant.citizenId", "00109001234")),
                bad("citizen ID with letters", 400, "applicant.citizenId", "12-digit",
                        r -> with(r, "applicant.citizenId", "00109001234A")),
                bad("citizen ID of no province", 400, "applicant.citizenId", "province",
                        r -> with(r, "applicant.citizenId", "003090012345")),
                bad("citizen ID of an impossible century", 400, "applicant.citizenId", "12-digit",
                        r -> with(r, "applicant.citizenId", "001990012345")),
                bad("citizen without citizen ID", 400, "applicant.citizenId", "required",
                        r -> with(r, "applicant.citizenId", null)),
                bad("organisation without tax code", 400, "applicant.taxCode", "required",
                        r -> with(with(r, "applicant.type", "ORGANIZATION"), "applicant.citizenId", null)),
                bad("malformed tax code", 400, "applicant.taxCode", "10 digits",
                        r -> with(with(with(r, "applicant.type", "ORGANIZATION"), "applicant.citizenId", null),
                                "applicant.taxCode", "010123456-01")),
                bad("malformed phone", 400, "applicant.phone", "Vietnamese",
                        r -> with(r, "applicant.phone", "0123 45")),
                bad("phone of an unassigned prefix", 400, "applicant.phone", "Vietnamese",
                        r -> with(r, "applicant.phone", "0612345678")),
                bad("malformed email", 400, "applicant.email", "e-mail",
                        r -> with(r, "applicant.email", "an.nguyen@example")),
                bad("oversized name", 400, "applicant.name", "size",
                        r -> with(r, "applicant.name", "A".repeat(201))),
                bad("oversized note", 400, "note", "size", r -> with(r, "note", "x".repeat(2001))),
                bad("oversized address", 400, "applicant.address", "size",
                        r -> with(r, "applicant.address", "đ".repeat(501))),
                bad("blank name", 400, "applicant.name", "", r -> with(r, "applicant.name", "  ")),
                bad("malformed procedure code", 400, "procedureCode", "procedure code",
                        r -> with(r, "procedureCode", "1.1193")),
                bad("missing channel", 400, "channel", "", r -> with(r, "channel", null)),
                bad("unknown channel", 400, "channel", "IN_PERSON, ONLINE, POSTAL",
                        r -> with(r, "channel", "BY_PIGEON")),
                bad("unknown applicant type", 400, "applicant.type", "CITIZEN, ORGANIZATION",
                        r -> with(r, "applicant.type", "ROBOT")),
                bad("missing applicant", 400, "applicant", "", r -> with(r, "applicant", null)),
                bad("missing documents", 400, "documents", "", r -> with(r, "documents", null)));
    }

    private static Arguments bad(String what, int status, String field, String message,
            Function<Map<String, Object>, Map<String, Object>> change) {
        return Arguments.of(what, status, field, message, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedNamingTheFieldAndWritesNothing(String what, int status, String field, String message,
            Function<Map<String, Object>, Map<String, Object>> change) {
        String unit = CatalogStub.freshCommune();
        post(officer(unit), change.apply(birth(unit)))
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo(status == 422 ? "https://motcua.vn/problems/unprocessable"
                        : "https://motcua.vn/problems/" + (message.contains(", ") ? "malformed-body" : "validation")))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message))
                .body("instance", equalTo("/api/v1/dossiers"));
        assertThat(Intakes.rowsOf(db, unit)).as(what).containsOnly(
                Map.entry("dossier", 0L), Map.entry("outbox_event", 0L), Map.entry("receipt_counter", 0L),
                Map.entry("intake_idempotency", 0L));
    }

    @Test
    void unknownOrDissolvedUnitsAreRefused() {
        String unknown = "777.77.77.X77";
        post(officer(unknown), birth(unknown)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitCode"))
                .body("errors[0].message", containsString("no unit 777.77.77.X77"));
        post(officer(CatalogStub.DISSOLVED_COMMUNE), birth(CatalogStub.DISSOLVED_COMMUNE)).then().statusCode(422)
                .body("errors[0].field", equalTo("unitCode"))
                .body("errors[0].message", containsString("no longer exists"));
        post(officer("lower.case"), birth("lower.case")).then().statusCode(400)
                .body("errors[0].field", equalTo("unitCode"));
        assertThat(Intakes.rowsOf(db, unknown).values()).containsOnly(0L);
        assertThat(Intakes.rowsOf(db, CatalogStub.DISSOLVED_COMMUNE).values()).containsOnly(0L);
    }

    @Test
    void malformedJsonAndMissingBodyAreProblems() {
        String unit = CatalogStub.freshCommune();
        given().auth().oauth2(officer(unit)).contentType(ContentType.JSON).body("{\"procedureCode\": \"1.001193\",")
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/malformed-body"))
                .body("detail", containsString("not valid JSON"));
        given().auth().oauth2(officer(unit)).contentType(ContentType.JSON)
                .body("{\"procedureCode\": \"1.001193\", \"documents\": {}}")
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("documents"))
                .body("errors[0].message", equalTo("must be an array"));
        given().auth().oauth2(officer(unit)).contentType(ContentType.JSON)
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        given().auth().oauth2(officer(unit)).contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/dossiers")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
        assertThat(Intakes.rowsOf(db, unit).values()).containsOnly(0L);
    }

    @Test
    void malformedIdempotencyKeyIsRefused() {
        String unit = CatalogStub.freshCommune();
        post(officer(unit), birth(unit), "short").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(Intakes.rowsOf(db, unit).values()).containsOnly(0L);
    }
}
