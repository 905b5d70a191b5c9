package vn.motcua.dossier.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.files.Uploads;
import vn.motcua.dossier.outbox.TopicReader;
import vn.motcua.dossier.storage.ObjectStore;
import vn.motcua.dossier.storage.StoredObject;
import vn.motcua.dossier.tracking.TrackingResource;
import vn.motcua.dossier.workflow.Transitions;
import vn.motcua.events.Topics;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.kafka.TestEvents;

@QuarkusTest
class ElectronicResultResourceTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Inject
    ObjectStore store;

    @Inject
    ResultSweep sweep;

    @Inject
    ResultRecords records;

    /** A dossier just received at a fresh commune, and its officer. */
    record Filed(String id, String code, String secret, String officer) {
    }

    private static Filed file() {
        String unit = CatalogStub.freshCommune();
        String officer = Intakes.officer(unit);
        JsonPath body = Intakes.post(officer, Intakes.birth(unit)).then().statusCode(201).extract().jsonPath();
        return new Filed(body.getString("id"), body.getString("receiptCode"), body.getString("lookupSecret"),
                officer);
    }

    /** An address of its own for each caller (not the tracking tests' range), so counts are not shared. */
    private static String newClient() {
        int n = CLIENTS.incrementAndGet() + (int) (System.nanoTime() % 1000) * 1000;
        return "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private static Response attach(String token, String dossierId, byte[] content) {
        return given().auth().oauth2(token).contentType("application/pdf").queryParam("resultCode", "GIAY_KHAI_SINH")
                .queryParam("numberSymbol", "125/GKS-UBND").queryParam("summary", "Giấy khai sinh bản điện tử")
                .queryParam("issueDate", "2026-07-16").queryParam("validUntil", "2031-07-16")
                .queryParam("paperResultRequired", "true").body(content)
                .when().post("/api/v1/dossiers/{id}/results", dossierId);
    }

    private static Response download(Filed filed, String resultId, String secret, String client) {
        return given().header("X-Forwarded-For", client).header(TrackingResource.SECRET_HEADER, secret)
                .when().get("/api/v1/public/dossiers/{code}/results/{resultId}/content", filed.code(), resultId);
    }

    private static Response listPublic(Filed filed, String secret, String client) {
        return given().header("X-Forwarded-For", client).header(TrackingResource.SECRET_HEADER, secret)
                .when().get("/api/v1/public/dossiers/{code}/results", filed.code());
    }

    private List<String> objectsOf(String dossierId) {
        return store.list(ElectronicResults.KEY_PREFIX + dossierId + "/").stream().map(StoredObject::key).toList();
    }

    private static void resolve(Filed filed) {
        Transitions.ok(filed.officer(), filed.id(), "resolve", Map.of("outcome", "APPROVED"));
    }

    @Test
    void aPdfWithItsMetadataIsDownloadedPubliclyOnceResolvedAndTheEventSaysAResultWasIssued() {
        Filed filed = file();
        Transitions.ok(filed.officer(), filed.id(), "start", null);
        var created = attach(filed.officer(), filed.id(), Uploads.PDF).then().statusCode(201).extract();
        String resultId = created.path("id");
        assertThat(created.<String>path("mediaType")).isEqualTo("application/pdf");
        assertThat(created.<String>path("numberSymbol")).isEqualTo("125/GKS-UBND");
        assertThat(created.<String>path("issueDate")).isEqualTo("2026-07-16");
        assertThat(created.<String>path("validUntil")).isEqualTo("2031-07-16");
        assertThat(created.<Boolean>path("paperResultRequired")).isTrue();
        assertThat(created.<String>path("sha256")).isEqualTo(sha256(Uploads.PDF));
        assertThat(created.header("Location")).endsWith("/api/v1/public/dossiers/" + filed.code() + "/results/"
                + resultId + "/content");
        assertThat(objectsOf(filed.id())).containsExactly(ElectronicResults.KEY_PREFIX + filed.id() + "/" + resultId);

        // before resolution the citizen sees nothing of it
        String citizen = newClient();
        download(filed, resultId, filed.secret(), citizen).then().statusCode(404)
                .contentType("application/problem+json");
        listPublic(filed, filed.secret(), citizen).then().statusCode(200).body("items.size()", equalTo(0));

        resolve(filed);
        JsonPath listed = listPublic(filed, filed.secret(), citizen).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();
        assertThat(listed.getList("items.id")).containsExactly(resultId);
        assertThat(listed.getMap("items[0]")).containsEntry("resultCode", "GIAY_KHAI_SINH")
                .containsEntry("summary", "Giấy khai sinh bản điện tử").doesNotContainKeys("attachedBy", "dossierId");

        var downloaded = download(filed, resultId, filed.secret(), citizen).then().statusCode(200).extract();
        assertThat(downloaded.asByteArray()).isEqualTo(Uploads.PDF);
        assertThat(downloaded.contentType()).isEqualTo("application/pdf");
        assertThat(downloaded.header("ETag")).isEqualTo("\"" + sha256(Uploads.PDF) + "\"");
        assertThat(downloaded.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"125-GKS-UBND.pdf\"; filename*=UTF-8''125-GKS-UBND.pdf");
        assertThat(downloaded.header("Cache-Control")).contains("no-store");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records =
                    TopicReader.readAll(Topics.DOSSIER_RESOLVED, r -> filed.id().equals(r.key()));
            assertThat(records).hasSize(1);
            JsonNode event = TestEvents.JSON.readTree(records.get(0).value());
            assertThat(event.get("electronicResultIssued").asBoolean(false)).isTrue();
            assertThat(event.get("fileCount").asInt()).as("a result is not a component file").isZero();
        });
    }

    @Test
    void onlyPdfXmlOrJsonIsTakenAndARefusedOneLeavesNothing() {
        Filed filed = file();
        Transitions.ok(filed.officer(), filed.id(), "start", null);
        for (byte[] refused : List.of(Uploads.WINDOWS_EXE, Uploads.png())) {
            attach(filed.officer(), filed.id(), refused).then().statusCode(415)
                    .contentType("application/problem+json").body("errors.field", hasItem("body"));
        }
        attach(filed.officer(), filed.id(), new byte[0]).then().statusCode(400).body("errors.field", hasItem("body"));
        attach(filed.officer(), filed.id(), Uploads.XML).then().statusCode(201)
                .body("mediaType", equalTo("application/xml"));
        assertThat(objectsOf(filed.id())).hasSize(1);
    }

    @Test
    void badMetadataIsNamedAndNothingIsStored() {
        Filed filed = file();
        Transitions.ok(filed.officer(), filed.id(), "start", null);
        given().auth().oauth2(filed.officer()).contentType("application/pdf").queryParam("numberSymbol", " ")
                .queryParam("issueDate", "2026-07-16").queryParam("validUntil", "2026-07-01")
                .queryParam("paperResultRequired", "yes").body(Uploads.PDF)
                .when().post("/api/v1/dossiers/{id}/results", filed.id()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("resultCode", "numberSymbol", "summary", "validUntil",
                        "paperResultRequired"));
        assertThat(objectsOf(filed.id())).isEmpty();
    }

    @Test
    void anotherUnitsDossierIs404AndAClosedOrNotStartedOneIs409() {
        Filed filed = file();
        attach(Intakes.officer(CatalogStub.freshCommune()), filed.id(), Uploads.PDF).then().statusCode(404)
                .contentType("application/problem+json");
        attach(filed.officer(), filed.id(), Uploads.PDF).then().statusCode(409).body("errors.field", hasItem("id"));
        Transitions.ok(filed.officer(), filed.id(), "start", null);
        resolve(filed);
        attach(filed.officer(), filed.id(), Uploads.PDF).then().statusCode(201);
        Transitions.ok(filed.officer(), filed.id(), "return", null);
        attach(filed.officer(), filed.id(), Uploads.PDF).then().statusCode(409).body("errors.field", hasItem("id"));
        assertThat(objectsOf(filed.id())).as("only the one attached while resolved").hasSize(1);
    }

    @Test
    void wrongSecretsCountTowardTheTrackingThrottleAndOtherClientsStillGetIn() {
        Filed filed = file();
        Transitions.ok(filed.officer(), filed.id(), "start", null);
        String resultId = attach(filed.officer(), filed.id(), Uploads.PDF).then().statusCode(201).extract().path("id");
        resolve(filed);
        String guesser = newClient();
        for (int i = 0; i < 5; i++) {
            download(filed, resultId, "AAAA-BBBB-CCC" + i, guesser).then().statusCode(404)
                    .body("detail", equalTo("no dossier with this receipt code and lookup secret"));
        }
        // the same throttle as tracking: the right secret is refused too, for results and for tracking
        download(filed, resultId, filed.secret(), guesser).then().statusCode(429).header("Retry-After", notBlank());
        listPublic(filed, filed.secret(), guesser).then().statusCode(429);
        given().header("X-Forwarded-For", guesser).header(TrackingResource.SECRET_HEADER, filed.secret())
                .when().get("/api/v1/public/dossiers/{code}", filed.code()).then().statusCode(429);
        // the citizen, from another address, is not locked out
        download(filed, resultId, filed.secret(), newClient()).then().statusCode(200);
    }

    @Test
    void theSweepRemovesAResultObjectWithoutARow() {
        String orphan = ElectronicResults.KEY_PREFIX + UUID.randomUUID() + "/" + UUID.randomUUID();
        store.put(orphan, new java.io.ByteArrayInputStream(Uploads.PDF), "application/pdf", null);
        Filed filed = file();
        Transitions.ok(filed.officer(), filed.id(), "start", null);
        attach(filed.officer(), filed.id(), Uploads.PDF).then().statusCode(201);
        sweep.sweep(Instant.now().plusSeconds(60));
        assertThat(store.head(orphan)).isEmpty();
        assertThat(objectsOf(filed.id())).as("referenced").hasSize(1);
    }

    @Test
    void storageDownAnswers503WithRetryAfterForResultsWhileIntakeAndTrackingWorkAndNothingIsHalfWritten() {
        Filed issued = file();
        Transitions.ok(issued.officer(), issued.id(), "start", null);
        String resultId = attach(issued.officer(), issued.id(), Uploads.PDF).then().statusCode(201).extract().path("id");
        resolve(issued);
        Filed pending = file();
        Transitions.ok(pending.officer(), pending.id(), "start", null);
        String citizen = newClient();

        TestInfrastructure.stopS3();
        try {
            attach(pending.officer(), pending.id(), Uploads.PDF).then().statusCode(503).header("Retry-After", "30")
                    .contentType("application/problem+json");
            download(issued, resultId, issued.secret(), citizen).then().statusCode(503).header("Retry-After", "30")
                    .contentType("application/problem+json");
            // what needs only the database keeps working: the public list, tracking, intake, the workflow
            assertThat(listPublic(issued, issued.secret(), citizen).then().statusCode(200).extract()
                    .<List<String>>path("items.id")).containsExactly(resultId);
            given().header("X-Forwarded-For", citizen).header(TrackingResource.SECRET_HEADER, issued.secret())
                    .when().get("/api/v1/public/dossiers/{code}", issued.code()).then().statusCode(200)
                    .body("status", equalTo("RESOLVED"));
            Filed meanwhile = file();
            Transitions.ok(meanwhile.officer(), meanwhile.id(), "start", null);
            assertThat(records.of(UUID.fromString(pending.id()))).as("no row for the refused attachment").isEmpty();
        } finally {
            TestInfrastructure.resumeS3();
        }

        download(issued, resultId, issued.secret(), citizen).then().statusCode(200);
        String late = attach(pending.officer(), pending.id(), Uploads.PDF).then().statusCode(201).extract().path("id");
        // every row has its object and every object its row
        for (Filed filed : List.of(issued, pending)) {
            List<ElectronicResult> rows = records.of(UUID.fromString(filed.id()));
            assertThat(objectsOf(filed.id())).containsExactlyInAnyOrderElementsOf(
                    rows.stream().map(row -> row.objectKey).toList());
            assertThat(rows).hasSize(1);
        }
        assertThat(records.of(UUID.fromString(pending.id())).get(0).id).hasToString(late);
    }

    private static org.hamcrest.Matcher<String> notBlank() {
        return org.hamcrest.Matchers.not(org.hamcrest.Matchers.blankOrNullString());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
