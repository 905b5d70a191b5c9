package vn.motcua.dossier.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.workflow.Transitions.act;
import static vn.motcua.dossier.workflow.Transitions.etag;
import static vn.motcua.dossier.workflow.Transitions.ok;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.outbox.TopicReader;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.DossierTransferredV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.TransferDirection;
import vn.motcua.events.Topics;
import vn.motcua.testing.kafka.TestEvents;

/**
 * One-stop inter-linked dossiers (một cửa liên thông, issue 16): received at one unit, resolved at another, through
 * HTTP with the real database and broker.
 */
@QuarkusTest
class InterLinkedDossierTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource db;

    private static Map<String, Object> land(String unit) {
        Map<String, Object> request = Intakes.with(Intakes.birth(unit), "procedureCode", CatalogStub.LAND);
        request.put("documents", new ArrayList<>(List.of(Intakes.document(CatalogStub.LAND_FORM, 1, 0))));
        return request;
    }

    private static Map<String, Object> death(String unit, String resolvingUnit) {
        Map<String, Object> request = Intakes.with(Intakes.birth(unit), "procedureCode", CatalogStub.DEATH);
        request.put("documents", new ArrayList<>(List.of(Intakes.document(CatalogStub.DEATH_FORM, 1, 0))));
        if (resolvingUnit != null) {
            request.put("resolvingUnitCode", resolvingUnit);
        }
        return request;
    }

    @Test
    void aCommuneReceivesADepartmentResolvesAndTheCommuneReturnsTheResult() throws Exception {
        String commune = officer(CatalogStub.NEW_COMMUNE);
        String department = officer(CatalogStub.DEPARTMENT);
        JsonPath intake = Intakes.post(commune, land(CatalogStub.NEW_COMMUNE)).then().statusCode(201)
                .body("unit.code", equalTo(CatalogStub.NEW_COMMUNE))
                .body("resolvingUnit.code", equalTo(CatalogStub.DEPARTMENT))
                .body("resolvingUnit.level", equalTo("AGENCY"))
                .body("heldByUnitCode", equalTo(CatalogStub.NEW_COMMUNE)).extract().jsonPath();
        String id = intake.getString("id");
        String receipt = intake.getString("receiptCode");
        assertThat(receipt).startsWith(CatalogStub.NEW_COMMUNE + "-");

        // both units reach it; each does only its own part
        given().auth().oauth2(department).when().get("/api/v1/dossiers/{id}", id).then().statusCode(200);
        act(commune, id, "start", etag(commune, id), null).then().statusCode(404);
        act(department, id, "refuse", etag(department, id), Map.of("reason", "Không thuộc thẩm quyền"))
                .then().statusCode(404);
        act(department, id, "start", etag(department, id), null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("heldByUnitCode", equalTo(CatalogStub.NEW_COMMUNE));
        act(department, id, "transfer", etag(department, id), null).then().statusCode(409);

        ok(commune, id, "transfer", Map.of("note", "Chuyển Sở thẩm định"));
        given().auth().oauth2(commune).when().get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .body("heldByUnitCode", equalTo(CatalogStub.DEPARTMENT)).body("status", equalTo("RECEIVED"));
        ok(department, id, "start", null);
        ok(department, id, "resolve", Map.of("outcome", "APPROVED"));
        act(commune, id, "return", etag(commune, id), null).then().statusCode(409)
                .body("heldByUnitCode", equalTo(CatalogStub.DEPARTMENT));
        act(department, id, "return", etag(department, id), null).then().statusCode(404);
        ok(department, id, "return-to-receiver", Map.of("note", "Gửi kết quả về xã"));
        act(department, id, "return-to-receiver", etag(department, id), null).then().statusCode(409);
        ok(commune, id, "return", Map.of("note", "Đã trả kết quả cho người nộp"));

        JsonPath history = given().auth().oauth2(commune).when().get("/api/v1/dossiers/{id}/history", id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.action")).containsExactly("RECEIVE", "TRANSFER", "START", "RESOLVE",
                "RETURN_TO_RECEIVER", "RETURN");
        assertThat(history.getList("items.unitCode")).containsExactly(CatalogStub.NEW_COMMUNE,
                CatalogStub.NEW_COMMUNE, CatalogStub.DEPARTMENT, CatalogStub.DEPARTMENT, CatalogStub.DEPARTMENT,
                CatalogStub.NEW_COMMUNE);
        assertThat(history.getString("items[1].note")).isEqualTo("Chuyển Sở thẩm định");
        assertThat(history.getMap("items[1].details")).containsEntry("fromUnitCode", CatalogStub.NEW_COMMUNE)
                .containsEntry("toUnitCode", CatalogStub.DEPARTMENT).containsEntry("workingDaysHeld", 0);
        assertThat(history.getMap("items[4].details")).containsEntry("toUnitCode", CatalogStub.NEW_COMMUNE);
        assertThat(history.getList("unitTimes.unitCode")).containsExactly(CatalogStub.NEW_COMMUNE,
                CatalogStub.DEPARTMENT, CatalogStub.NEW_COMMUNE);
        assertThat(history.getList("unitTimes.role")).containsExactly("RECEIVING", "RESOLVING", "RECEIVING");
        assertThat(history.getList("unitTimes.workingDays")).containsExactly(0, 0, 0);
        assertThat(history.getString("unitTimes[2].to")).isNotNull(); // ended when the result was returned
        assertThat(history.getString("unitTimes[1].from")).isEqualTo(history.getString("items[1].at"));

        // the lists: received by the commune, resolved by the department
        assertThat(listed(commune, receipt, "RECEIVING")).isEqualTo(1);
        assertThat(listed(commune, receipt, "RESOLVING")).isZero();
        assertThat(listed(department, receipt, "RESOLVING")).isEqualTo(1);
        assertThat(listed(department, receipt, "RECEIVING")).isZero();
        assertThat(listed(department, receipt, null)).isEqualTo(1);

        // events: received and resolved name the resolving unit, two transfers in order
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> Intakes.count(db,
                "select count(*) from outbox_event where aggregate_id = ?::uuid and sent_at is not null", id) == 4);
        DossierReceivedV1 received = TestEvents.JSON.readValue(one(Topics.DOSSIER_RECEIVED, id).value(),
                DossierReceivedV1.class);
        assertThat(received.unitCode()).isEqualTo(CatalogStub.NEW_COMMUNE);
        assertThat(received.resolvingUnitCode()).isEqualTo(CatalogStub.DEPARTMENT);
        DossierResolvedV1 resolved = TestEvents.JSON.readValue(one(Topics.DOSSIER_RESOLVED, id).value(),
                DossierResolvedV1.class);
        assertThat(resolved.unitCode()).isEqualTo(CatalogStub.NEW_COMMUNE);
        assertThat(resolved.resolvingUnit().code()).isEqualTo(CatalogStub.DEPARTMENT);
        assertThat(resolved.resolvingUnit().ancestorCodes()).containsExactly(CatalogStub.PROVINCE);

        List<ConsumerRecord<String, String>> transfers = TopicReader.readAll(Topics.DOSSIER_TRANSFERRED,
                r -> id.equals(r.key()));
        assertThat(transfers).hasSize(2);
        List<DossierTransferredV1> steps = new ArrayList<>();
        for (ConsumerRecord<String, String> record : transfers) {
            CloudEventAttributes ce = CloudEventAttributes.read(name -> TestEvents.header(record, name));
            assertThat(ce.type()).isEqualTo(EventTypes.DOSSIER_TRANSFERRED_V1);
            assertThat(ce.subject()).isEqualTo(receipt);
            assertThat(record.value()).doesNotContain("Nguyễn Văn An", "001090012345", "0912", "Chuyển Sở");
            steps.add(TestEvents.JSON.readValue(record.value(), DossierTransferredV1.class));
        }
        assertThat(steps).extracting(DossierTransferredV1::direction)
                .containsExactly(TransferDirection.TO_RESOLVER, TransferDirection.TO_RECEIVER);
        assertThat(steps.get(0).fromUnit().code()).isEqualTo(CatalogStub.NEW_COMMUNE);
        assertThat(steps.get(0).toUnit().code()).isEqualTo(CatalogStub.DEPARTMENT);
        assertThat(steps.get(0).dossierStatus()).isEqualTo("RECEIVED");
        assertThat(steps.get(1).fromUnit().code()).isEqualTo(CatalogStub.DEPARTMENT);
        assertThat(steps.get(1).dossierStatus()).isEqualTo("RESOLVED");
        assertThat(steps.get(1).unitCode()).isEqualTo(CatalogStub.NEW_COMMUNE);
        JsonNode json = TestEvents.JSON.readTree(transfers.get(1).value());
        assertThat(json.path("transferredAt").asText()).endsWith("+07:00");
    }

    @Test
    void aUnitThatMayNotReceiveOrResolveIsRefusedNamingItsFieldAndNothingIsWritten() {
        long before = Intakes.count(db, "select count(*) from dossier");
        // a land dossier of this province at another province's commune
        Intakes.post(officer(CatalogStub.FOREIGN_COMMUNE), land(CatalogStub.FOREIGN_COMMUNE)).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("unitCode"));
        // a procedure of the competent unit only, received by another commune for it
        Intakes.post(officer(CatalogStub.OTHER_NEW_COMMUNE),
                Intakes.with(Intakes.birth(CatalogStub.OTHER_NEW_COMMUNE), "resolvingUnitCode", CatalogStub.NEW_COMMUNE))
                .then().statusCode(422).body("errors.field", hasItem("unitCode"));
        // a civil-status dossier named to a department, or to an unknown unit
        Intakes.post(officer(CatalogStub.NEW_COMMUNE), death(CatalogStub.NEW_COMMUNE, CatalogStub.DEPARTMENT)).then()
                .statusCode(422).body("errors.field", hasItem("resolvingUnitCode"));
        Intakes.post(officer(CatalogStub.NEW_COMMUNE), death(CatalogStub.NEW_COMMUNE, "999.99.99.Z99")).then()
                .statusCode(422).body("errors.field", hasItem("resolvingUnitCode"));
        Intakes.post(officer(CatalogStub.NEW_COMMUNE), death(CatalogStub.NEW_COMMUNE, "not a code")).then()
                .statusCode(400).body("errors.field", hasItem("resolvingUnitCode"));
        // the province's centre receives land dossiers but no civil-status ones
        Intakes.post(officer(CatalogStub.PROVINCE_CENTRE), death(CatalogStub.PROVINCE_CENTRE, CatalogStub.NEW_COMMUNE))
                .then().statusCode(422).body("errors.field", hasItem("unitCode"));
        assertThat(Intakes.count(db, "select count(*) from dossier")).isEqualTo(before);

        Intakes.post(officer(CatalogStub.PROVINCE_CENTRE), land(CatalogStub.PROVINCE_CENTRE)).then().statusCode(201)
                .body("resolvingUnit.code", equalTo(CatalogStub.DEPARTMENT));
        // a commune's centre receives for its commune by default
        Intakes.post(officer(CatalogStub.NEW_COMMUNE_CENTRE), death(CatalogStub.NEW_COMMUNE_CENTRE, null)).then()
                .statusCode(201).body("resolvingUnit.code", equalTo(CatalogStub.NEW_COMMUNE))
                .body("heldByUnitCode", equalTo(CatalogStub.NEW_COMMUNE_CENTRE));
    }

    @Test
    void aTransferGoesOnlyToAUnitThatResolvesTheProcedureWhichThenResolvesIt() {
        String commune = officer(CatalogStub.NEW_COMMUNE);
        String other = officer(CatalogStub.OTHER_NEW_COMMUNE);
        String id = Intakes.post(commune, death(CatalogStub.NEW_COMMUNE, CatalogStub.OTHER_NEW_COMMUNE)).then()
                .statusCode(201).body("resolvingUnit.code", equalTo(CatalogStub.OTHER_NEW_COMMUNE)).extract().path("id");
        String version = etag(commune, id);
        act(commune, id, "transfer", version, Map.of("unitCode", CatalogStub.PROVINCE)).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("unitCode"));
        act(commune, id, "transfer", version, Map.of("unitCode", CatalogStub.DEPARTMENT)).then().statusCode(422)
                .body("errors.field", hasItem("unitCode"));
        act(commune, id, "transfer", version, Map.of("unitCode", "999.99.99.Z99")).then().statusCode(422);
        act(commune, id, "transfer", version, Map.of("unitCode", "bad code")).then().statusCode(400)
                .body("errors.field", hasItem("unitCode"));
        assertThat(etag(commune, id)).isEqualTo(version); // nothing changed
        assertThat(Intakes.count(db, "select count(*) from dossier_history where dossier_id = ?::uuid", id)).isZero();

        ok(commune, id, "transfer", null);
        // the other commune finds the applicant lives in the first one: it hands the dossier back as its resolver
        ok(other, id, "transfer", Map.of("unitCode", CatalogStub.NEW_COMMUNE, "note", "Người nộp cư trú tại xã"));
        given().auth().oauth2(commune).when().get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .body("resolvingUnit.code", equalTo(CatalogStub.NEW_COMMUNE))
                .body("heldByUnitCode", equalTo(CatalogStub.NEW_COMMUNE));
        given().auth().oauth2(other).when().get("/api/v1/dossiers/{id}", id).then().statusCode(404);
        ok(commune, id, "start", null);
    }

    @Test
    void transfersOutsideTheirStatesOrOfASingleUnitDossierAreConflictsOrRefused() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Intakes.post(token, Intakes.birth(unit)).then().statusCode(201)
                .body("resolvingUnit.code", equalTo(unit)).extract().path("id");
        act(token, id, "transfer", etag(token, id), null).then().statusCode(422)
                .body("errors.field", hasItem("unitCode"));
        ok(token, id, "start", null);
        act(token, id, "return-to-receiver", etag(token, id), null).then().statusCode(409)
                .contentType("application/problem+json");
        ok(token, id, "resolve", Map.of("outcome", "APPROVED"));
        act(token, id, "transfer", etag(token, id), Map.of("unitCode", CatalogStub.COMMUNE)).then().statusCode(409)
                .body("currentState", equalTo("RESOLVED"));
        given().auth().oauth2(token).queryParam("unitRole", "SIDEWAYS").when().get("/api/v1/dossiers").then()
                .statusCode(400).body("errors.field", hasItem("unitRole"));
    }

    private static int listed(String token, String receipt, String role) {
        var request = given().auth().oauth2(token).queryParam("receiptCode", receipt);
        if (role != null) {
            request = request.queryParam("unitRole", role);
        }
        return request.when().get("/api/v1/dossiers").then().statusCode(200).extract().path("total");
    }

    private static ConsumerRecord<String, String> one(String topic, String id) {
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(topic, r -> id.equals(r.key()));
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
