package vn.motcua.dossier.overdue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.dossier.Intakes.officer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.workflow.Transitions;
import vn.motcua.testing.TestTokens;

/**
 * The overdue check and {@code GET /api/v1/dossiers/overdue}. The check is off in tests
 * ({@code motcua.overdue.check-every=off}); tests run it through its bean. Intake computes due dates in the future,
 * so a test moves {@code due_at} into the past through JDBC to stand for the days that would pass.
 */
@QuarkusTest
class OverdueTest {

    @Inject
    AgroalDataSource db;

    @Inject
    OverdueCheck check;

    private void pastDue(String... ids) {
        for (String id : ids) {
            Intakes.execute(db, "update dossier set due_at = now() - interval '3 days' where id = '" + id + "'");
        }
    }

    private Instant overdueAt(String id) {
        Timestamp at = (Timestamp) Intakes.query(db, "select overdue_at from dossier where id = ?::uuid", id).get(0)
                .get("overdue_at");
        return at == null ? null : at.toInstant();
    }

    @Test
    void twoConcurrentRunsMarkEachDossierOnceAndNeverAFinishedOrWaitingOne() throws Exception {
        String unit = CatalogStub.freshCommune();
        List<String> due = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            due.add(Transitions.intake(unit)[0]);
        }
        Transitions.ok(officer(unit), due.get(1), "start", null); // IN_PROGRESS is pending too
        String resolvedBeforeDue = Transitions.intake(unit)[0];
        Transitions.ok(officer(unit), resolvedBeforeDue, "start", null);
        Transitions.ok(officer(unit), resolvedBeforeDue, "resolve", Map.of("outcome", "APPROVED"));
        String waitingForSupplement = Transitions.intake(unit)[0];
        Transitions.ok(officer(unit), waitingForSupplement, "start", null);
        Transitions.ok(officer(unit), waitingForSupplement, "supplement-requests",
                Map.of("missingItems", List.of("Giấy chứng sinh")));
        String notYetDue = Transitions.intake(unit)[0];
        pastDue(due.toArray(String[]::new));
        pastDue(resolvedBeforeDue, waitingForSupplement);
        check.markOverdue(); // whatever other tests left overdue is marked now, so the runs below see only ours

        // one of our rows is locked by another transaction: both runs find it and block on it, then re-check
        String newlyDue = Transitions.intake(unit)[0];
        pastDue(newlyDue);
        List<String> marked = new ArrayList<>(List.of(newlyDue));
        String blocker = Transitions.intake(unit)[0];
        pastDue(blocker);
        marked.add(blocker);
        Instant before = ((Timestamp) Intakes.query(db, "select statement_timestamp() as t").get(0).get("t"))
                .toInstant();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> counts = new ArrayList<>();
        try (Connection lock = db.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement s = lock.prepareStatement("select id from dossier where id = ?::uuid for update")) {
                s.setString(1, blocker);
                s.executeQuery().close();
            }
            Future<Integer> first = pool.submit(check::markOverdue);
            Future<Integer> second = pool.submit(check::markOverdue);
            awaitBlockedUpdates(2);
            lock.commit();
            counts.add(first.get());
            counts.add(second.get());
        } finally {
            pool.shutdownNow();
        }

        long markedNow = Intakes.count(db, "select count(*) from dossier where overdue_at >= ?",
                Timestamp.from(before));
        assertThat(counts.get(0) + counts.get(1)).isEqualTo(markedNow).isEqualTo(2);
        for (String id : marked) {
            assertThat(overdueAt(id)).isAfterOrEqualTo(before);
        }
        for (String id : due) {
            assertThat(overdueAt(id)).isBefore(before);
        }
        Map<String, Instant> stamps = new HashMap<>();
        for (String id : due) {
            stamps.put(id, overdueAt(id));
        }
        assertThat(check.markOverdue()).isZero(); // a later run marks nothing again and keeps the first time
        due.forEach(id -> assertThat(overdueAt(id)).isEqualTo(stamps.get(id)));
        assertThat(overdueAt(resolvedBeforeDue)).isNull();
        assertThat(overdueAt(waitingForSupplement)).isNull();
        assertThat(overdueAt(notYetDue)).isNull();
        // the mark is not a transition: no history entry, same version (an officer's If-Match stays valid)
        assertThat(Intakes.count(db, "select count(*) from dossier_history where dossier_id = ?::uuid",
                java.util.UUID.fromString(due.get(0)))).isZero();
        assertThat(Transitions.etag(officer(unit), due.get(0))).isEqualTo("\"0\"");
    }

    private void awaitBlockedUpdates(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (Intakes.count(db, "select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                + "and query like 'update dossier set overdue_at%'") < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the two runs did not both reach the locked row");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void theListGroupsByUnitWithinTheCallersReach() {
        String district = CatalogStub.freshDistrict();
        String communeA = CatalogStub.freshCommuneOf(district);
        String communeB = CatalogStub.freshCommuneOf(district);
        String a1 = Transitions.intake(communeA)[0];
        String a2 = Transitions.intake(communeA)[0];
        String aOnTime = Transitions.intake(communeA)[0];
        String b1 = Transitions.intake(communeB)[0];
        pastDue(a1, a2, b1);
        Intakes.execute(db, "update dossier set due_at = now() - interval '4 days' where id = '" + a2 + "'");
        check.markOverdue();

        given().auth().oauth2(officer(district)).get("/api/v1/dossiers/overdue").then().statusCode(200)
                .body("totalDossiers", equalTo(3)).body("totalUnits", equalTo(2))
                .body("units.unitCode", contains(communeA, communeB))
                .body("units[0].unitName", equalTo("UBND xã Thử Nghiệm " + communeA))
                .body("units[0].count", equalTo(2))
                .body("units[0].dossiers.id", contains(a2, a1)) // most overdue first
                .body("units[0].dossiers[0].applicantName", equalTo("Nguyễn Văn An"))
                .body("units[1].dossiers.id", contains(b1));
        given().auth().oauth2(officer(communeA)).get("/api/v1/dossiers/overdue").then().statusCode(200)
                .body("totalDossiers", equalTo(2)).body("units.unitCode", contains(communeA))
                .body("units[0].dossiers.id", org.hamcrest.Matchers.not(hasItem(aOnTime)));
        // another commune's unit filter yields nothing
        given().auth().oauth2(officer(communeA)).get("/api/v1/dossiers/overdue?unit=" + communeB).then()
                .statusCode(200).body("totalDossiers", equalTo(0)).body("units", empty());
        // bounded: one unit per page, one dossier per unit, Link to the next page
        given().auth().oauth2(officer(district)).get("/api/v1/dossiers/overdue?size=1&perUnit=1").then()
                .statusCode(200).body("units.unitCode", contains(communeA)).body("units[0].count", equalTo(2))
                .body("units[0].dossiers.id", contains(a2)).header("Link", containsString("page=1"));
        // an analyst: any unit, names masked
        JsonPath analyst = given().auth().oauth2(TestTokens.forRole("analyst")).get("/api/v1/dossiers/overdue?unit="
                + district).then().statusCode(200).extract().jsonPath();
        assertThat(analyst.getList("units.unitCode")).containsExactly(communeA, communeB);
        assertThat(analyst.getString("units[0].dossiers[0].applicantName")).isEqualTo("N*** V** A");
        // a commune system does not read this list; bad parameters are 400 naming them
        given().auth().oauth2(Intakes.communeSystem(communeA)).get("/api/v1/dossiers/overdue").then().statusCode(403);
        given().auth().oauth2(officer(district)).get("/api/v1/dossiers/overdue?perUnit=0&size=101&unit=x%20y").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("perUnit", "size", "unit"));
    }

    @Test
    void aMarkedDossierStaysOverdueWhileWaitingForASupplementAndTheNewDueDateClearsIt() {
        String unit = CatalogStub.freshCommune();
        String id = Transitions.intake(unit)[0];
        Transitions.ok(officer(unit), id, "start", null);
        pastDue(id);
        check.markOverdue();
        assertThat(overdueAt(id)).isNotNull();
        Transitions.ok(officer(unit), id, "supplement-requests", Map.of("missingItems", List.of("Tờ khai")));
        given().auth().oauth2(officer(unit)).get("/api/v1/dossiers?overdue=true").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].status", equalTo("SUPPLEMENT_REQUESTED"));
        Transitions.ok(officer(unit), id, "supplement-received", null);
        assertThat(overdueAt(id)).isNull();
        check.markOverdue();
        assertThat(overdueAt(id)).isNull(); // the new due date is ahead
        given().auth().oauth2(officer(unit)).get("/api/v1/dossiers/overdue").then().statusCode(200)
                .body("totalDossiers", equalTo(0));
    }
}
