package vn.motcua.dossier.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.dossier.Intakes.generated;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.Intakes.post;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;

/** Intake against a catalog that is down or slow: cached entries keep working, anything else is a 503. */
@QuarkusTest
class CatalogAvailabilityTest {

    @Inject
    AgroalDataSource db;

    @Inject
    Catalog catalog;

    @AfterEach
    void catalogBack() {
        CatalogStub.up();
    }

    @Test
    void aWarmCacheMakesNoCatalogCall() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        post(officer(unit), generated(procedure, unit)).then().statusCode(201)
                .body("procedure.name", equalTo("Thủ tục thử nghiệm " + procedure));
        post(officer(unit), generated(procedure, unit)).then().statusCode(201);
        post(officer(unit), generated(procedure, unit)).then().statusCode(201);
        assertThat(CatalogStub.hits("/api/v1/procedures/" + procedure)).isEqualTo(1);
        assertThat(CatalogStub.hits("/api/v1/units/" + unit)).isEqualTo(1);
    }

    @Test
    void whileTheCatalogIsDownCachedProceduresAreReceivedAndOthersAre503() {
        String unit = CatalogStub.freshCommune();
        String cached = CatalogStub.freshProcedure();
        String uncached = CatalogStub.freshProcedure();
        post(officer(unit), generated(cached, unit)).then().statusCode(201);

        CatalogStub.down();
        post(officer(unit), generated(cached, unit)).then().statusCode(201)
                .body("procedure.code", equalTo(cached))
                .body("receiptCode", containsString("-0002"));
        post(officer(unit), generated(uncached, unit)).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("type", equalTo("https://motcua.vn/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("catalog"));
        String otherUnit = CatalogStub.freshCommune();
        post(officer(otherUnit), generated(cached, otherUnit)).then().statusCode(503)
                .header("Retry-After", "7")
                .body("status", equalTo(503));
        assertThat(Intakes.rowsOf(db, unit)).containsEntry("dossier", 2L).containsEntry("outbox_event", 2L);
        assertThat(Intakes.rowsOf(db, otherUnit).values()).containsOnly(0L);

        CatalogStub.up();
        post(officer(unit), generated(uncached, unit)).then().statusCode(201).body("procedure.code", equalTo(uncached));
    }

    @Test
    void aSlowCatalogTimesOutInto503WithinBoundedTime() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        post(officer(unit), generated(CatalogStub.freshProcedure(), unit)).then().statusCode(201); // warm up
        CatalogStub.slow(Duration.ofSeconds(10));
        long start = System.nanoTime();
        post(officer(unit), generated(procedure, unit)).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("status", equalTo(503));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(CatalogStub.hits("/api/v1/procedures/" + procedure)).isEqualTo(2);
        // two attempts cut by the 700 ms read timeout configured for tests, plus a short backoff
        assertThat(elapsedMs).isBetween(1_300L, 2_900L);
        assertThat(Intakes.rowsOf(db, unit)).containsEntry("dossier", 1L);
    }

    @Test
    void expiredEntriesStayInServiceWhileTheCatalogIsDownAndRefreshInTheBackground() {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        post(officer(unit), generated(procedure, unit)).then().statusCode(201);
        catalog.expireAll();
        CatalogStub.down();
        long start = System.nanoTime();
        post(officer(unit), generated(procedure, unit)).then().statusCode(201).body("procedure.code", equalTo(procedure));
        // the expired entry was served at once, not after the catalog's timeouts
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000L);

        CatalogStub.up();
        catalog.expireAll();
        post(officer(unit), generated(procedure, unit)).then().statusCode(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> CatalogStub.hits("/api/v1/procedures/" + procedure) >= 2);
        assertThat(Intakes.rowsOf(db, unit)).containsEntry("dossier", 3L);
    }
}
