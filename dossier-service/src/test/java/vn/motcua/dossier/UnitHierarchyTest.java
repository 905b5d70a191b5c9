package vn.motcua.dossier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.dossier.Intakes.officer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.workflow.Transitions;

/** An officer of the dossier's unit or of any unit above it reaches the dossier; a sibling unit's officer does not. */
@QuarkusTest
class UnitHierarchyTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Test
    void intakeRecordsTheUnitsParentsNearestFirstAndPutsThemInTheEvent() throws Exception {
        String district = CatalogStub.freshDistrict();
        String commune = CatalogStub.freshCommuneOf(district);
        String id = Transitions.intake(commune)[0];

        Array stored = (Array) Intakes.query(db, "select unit_ancestor_codes from dossier where id = ?::uuid", id)
                .get(0).get("unit_ancestor_codes");
        assertThat((Object[]) stored.getArray()).containsExactly(district, CatalogStub.PROVINCE);
        JsonNode event = json.readTree((String) Intakes.query(db,
                "select payload from outbox_event where aggregate_id = ?::uuid and topic = 'dossier-received'", id)
                .get(0).get("payload"));
        assertThat(json.convertValue(event.get("unitAncestorCodes"), List.class))
                .containsExactly(district, CatalogStub.PROVINCE);
    }

    @Test
    void aDistrictOfficerReadsAndProcessesItsCommunesDossierASiblingCommuneGets404() throws Exception {
        String district = CatalogStub.freshDistrict();
        String commune = CatalogStub.freshCommuneOf(district);
        String sibling = CatalogStub.freshCommuneOf(district);
        String otherDistrict = CatalogStub.freshDistrict();
        String id = Transitions.intake(commune)[0];

        // the sibling commune, another district and a unit the commune is not under: the same 404 as an unknown id
        for (String outsider : List.of(sibling, otherDistrict, CatalogStub.freshCommuneOf(otherDistrict))) {
            given().auth().oauth2(officer(outsider)).get("/api/v1/dossiers/{id}", id).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
            given().auth().oauth2(officer(outsider)).get("/api/v1/dossiers/{id}/history", id).then().statusCode(404);
            Transitions.act(officer(outsider), id, "start", "\"0\"", null).then().statusCode(404);
        }
        assertThat(Intakes.query(db, "select status, version from dossier where id = ?::uuid", id).get(0))
                .isEqualTo(Map.of("status", "RECEIVED", "version", 0));

        // the district's officer reads, acts and reads the history; the province's officer reads too
        given().auth().oauth2(officer(district)).get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .body("unit.code", equalTo(commune)).body("applicant.name", equalTo("Nguyễn Văn An"));
        Transitions.ok(officer(district), id, "start", Map.of("note", "Huyện xử lý"));
        given().auth().oauth2(officer(district)).get("/api/v1/dossiers/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("RECEIVE", "START")).body("items[1].actor", equalTo("test-officer"));
        given().auth().oauth2(officer(CatalogStub.PROVINCE)).get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));

        // dossier-resolved carries the chain too
        Transitions.ok(officer(district), id, "resolve", Map.of("outcome", "APPROVED"));
        JsonNode resolved = json.readTree((String) Intakes.query(db,
                "select payload from outbox_event where aggregate_id = ?::uuid and topic = 'dossier-resolved'", id)
                .get(0).get("payload"));
        assertThat(json.convertValue(resolved.get("unitAncestorCodes"), List.class))
                .containsExactly(district, CatalogStub.PROVINCE);
    }

    @Test
    void aCommunesOfficerDoesNotReachItsDistrictsDossiers() {
        String district = CatalogStub.freshDistrict();
        String commune = CatalogStub.freshCommuneOf(district);
        String id = Intakes.post(officer(district), householdBusiness(district)).then().statusCode(201).extract()
                .path("id");
        given().auth().oauth2(officer(commune)).get("/api/v1/dossiers/{id}", id).then().statusCode(404);
        given().auth().oauth2(officer(district)).get("/api/v1/dossiers/{id}", id).then().statusCode(200);
    }

    /** A district-level procedure. */
    private static Map<String, Object> householdBusiness(String unit) {
        Map<String, Object> request = Intakes.birth(unit);
        request.put("procedureCode", CatalogStub.HOUSEHOLD_BUSINESS);
        request.put("documents", List.of(Intakes.document(CatalogStub.HOUSEHOLD_BUSINESS_FORM, 1, 0)));
        return request;
    }
}
