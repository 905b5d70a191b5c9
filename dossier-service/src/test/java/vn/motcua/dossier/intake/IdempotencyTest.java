package vn.motcua.dossier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.dossier.Intakes.birth;
import static vn.motcua.dossier.Intakes.communeSystem;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.Intakes.post;
import static vn.motcua.dossier.Intakes.with;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;

@QuarkusTest
class IdempotencyTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheSameDossierAndCreatesNothing() {
        String unit = CatalogStub.freshCommune();
        String key = UUID.randomUUID().toString();
        Response first = post(officer(unit), birth(unit), key);
        first.then().statusCode(201);
        Response retry = post(officer(unit), birth(unit), key);
        retry.then().statusCode(200)
                .contentType("application/json")
                .header("Idempotency-Replayed", "true")
                .body("receiptCode", equalTo(unit + "-" + first.jsonPath().getString("receiptCode").substring(
                        unit.length() + 1)));
        Map<String, Object> original = first.jsonPath().getMap("");
        assertThat(retry.jsonPath().getMap("")).isEqualTo(original);
        assertThat(original.get("lookupSecret")).isNotNull();
        assertThat(original.get("surveyToken")).isNotNull();

        assertThat(Intakes.rowsOf(db, unit)).containsEntry("dossier", 1L).containsEntry("outbox_event", 1L)
                .containsEntry("intake_idempotency", 1L);
        assertThat(Intakes.count(db, "select last from receipt_counter where unit_code = ?", unit)).isEqualTo(1L);
        // neither the key nor the secrets are stored readable
        List<Map<String, Object>> stored = Intakes.query(db, "select encode(key_hash, 'escape') k, "
                + "encode(sealed, 'escape') s from intake_idempotency i join dossier d on d.id = i.dossier_id "
                + "where d.unit_code = ?", unit);
        assertThat(stored.get(0).get("k").toString()).doesNotContain(key);
        assertThat(stored.get(0).get("s").toString()).doesNotContain((String) original.get("surveyToken"))
                .doesNotContain((String) original.get("lookupSecret"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        String unit = CatalogStub.freshCommune();
        String key = UUID.randomUUID().toString();
        post(officer(unit), birth(unit), key).then().statusCode(201);
        post(officer(unit), with(birth(unit), "note", "một ghi chú khác"), key).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/unprocessable"))
                .body("detail", containsString("Idempotency-Key"));
        assertThat(Intakes.rowsOf(db, unit)).containsEntry("dossier", 1L).containsEntry("outbox_event", 1L);
    }

    @Test
    void keysAreScopedPerCaller() {
        String unit = CatalogStub.freshCommune();
        String key = UUID.randomUUID().toString();
        String a = post(officer(unit), birth(unit), key).then().statusCode(201).extract().path("id");
        String b = post(communeSystem(unit), birth(unit), key).then().statusCode(201).extract().path("id");
        assertThat(a).isNotEqualTo(b);
        assertThat(Intakes.rowsOf(db, unit)).containsEntry("dossier", 2L).containsEntry("intake_idempotency", 2L);
    }

    @Test
    void concurrentRetriesCreateOneDossier() throws Exception {
        String unit = CatalogStub.freshCommune();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post(officer(unit), birth(unit), key));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
            assertThat(responses).extracting(Response::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(responses).extracting(r -> r.jsonPath().getString("id")).containsOnly(
                    responses.get(0).jsonPath().getString("id"));
            assertThat(responses).extracting(r -> r.jsonPath().getString("receiptCode")).allMatch(
                    code -> code.endsWith("-0001"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(Intakes.rowsOf(db, unit)).containsEntry("dossier", 1L).containsEntry("outbox_event", 1L);
        assertThat(Intakes.count(db, "select last from receipt_counter where unit_code = ?", unit)).isEqualTo(1L);
    }

    @Test
    void aRetryIsAnsweredEvenWhileTheCatalogIsDown() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        String key = UUID.randomUUID().toString();
        Response first = post(officer(unit), Intakes.generated(procedure, unit), key);
        first.then().statusCode(201);
        CatalogStub.down();
        try {
            post(officer(unit), Intakes.generated(procedure, unit), key).then().statusCode(200)
                    .body("id", equalTo(first.jsonPath().getString("id")))
                    .body("surveyToken", equalTo(first.jsonPath().getString("surveyToken")));
        } finally {
            CatalogStub.up();
        }
    }
}
