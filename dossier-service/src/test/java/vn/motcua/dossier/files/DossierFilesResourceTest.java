package vn.motcua.dossier.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.dossier.files.Uploads.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.SequenceInputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.storage.ObjectStore;
import vn.motcua.dossier.storage.StoredObject;
import vn.motcua.dossier.workflow.Transitions;
import vn.motcua.testing.GeneratedBytes;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class DossierFilesResourceTest {

    private static final String FORM = CatalogStub.BIRTH_FORM;
    private static final String CERTIFICATE = CatalogStub.BIRTH_CERTIFICATE;

    @Inject
    ObjectStore store;

    @Inject
    FileSweep sweep;

    /** A new birth registration at a fresh commune, received by an officer there: {id, unit}. */
    private static String[] dossier() {
        return Transitions.intake(CatalogStub.freshCommune());
    }

    private List<String> objectsOf(String dossierId) {
        return store.list(DossierFiles.KEY_PREFIX + dossierId + "/").stream().map(StoredObject::key).toList();
    }

    private static JsonPath list(String token, String dossierId) {
        return given().auth().oauth2(token).when().get("/api/v1/dossiers/{id}/files", dossierId).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void eachAcceptedTypeIsStoredByItsContentWhateverItIsCalledOrDeclared() throws Exception {
        String[] d = dossier();
        String officer = Intakes.officer(d[1]);
        Map<String, byte[]> files = Map.of("application/pdf", Uploads.PDF, "image/jpeg", Uploads.jpeg(),
                "image/png", Uploads.png(), "application/xml", Uploads.XML, "application/json", Uploads.JSON);
        long total = 0;
        for (var file : files.entrySet()) {
            JsonPath stored = given().auth().oauth2(officer).contentType("application/octet-stream")
                    .queryParam("component", "  tờ KHAI đăng ký   khai sinh ").queryParam("fileName", "scan.bin")
                    .queryParam("digitised", "true").body(file.getValue())
                    .when().post("/api/v1/dossiers/{id}/files", d[0])
                    .then().statusCode(201).extract().jsonPath();
            assertThat(stored.getString("mediaType")).as("detected type").isEqualTo(file.getKey());
            assertThat(stored.getLong("size")).isEqualTo(file.getValue().length);
            assertThat(stored.getString("sha256")).isEqualTo(sha256(file.getValue()));
            assertThat(stored.getString("component")).as("as recorded on the dossier").isEqualTo(FORM);
            assertThat(stored.getBoolean("digitised")).isTrue();
            assertThat(stored.getBoolean("reused")).isFalse();
            assertThat(stored.getString("uploadedBy")).isEqualTo("test-officer");
            assertThat(stored.getString("dossierId")).isEqualTo(d[0]);
            total += file.getValue().length;
        }
        JsonPath listed = list(officer, d[0]);
        assertThat(listed.getList("items.mediaType")).containsExactlyInAnyOrderElementsOf(files.keySet());
        assertThat(listed.getLong("totalSize")).isEqualTo(total);
        assertThat(objectsOf(d[0])).hasSize(5);
    }

    @Test
    void aDownloadIsTheSameBytesWithItsEtagAndNameAndIsRecorded() {
        String[] d = dossier();
        String officer = Intakes.officer(d[1]);
        byte[] png = Uploads.png();
        var created = given().auth().oauth2(officer).contentType("image/png").queryParam("component", CERTIFICATE)
                .queryParam("fileName", "Giấy chứng sinh – bản sao.png").queryParam("reused", "true").body(png)
                .when().post("/api/v1/dossiers/{id}/files", d[0]).then().statusCode(201).extract();
        String fileId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/dossiers/" + d[0] + "/files/" + fileId + "/content");
        assertThat(created.<Boolean>path("reused")).isTrue();

        var download = given().auth().oauth2(officer).when().get(URI.create(created.header("Location")).getPath())
                .then().statusCode(200).extract();
        assertThat(download.asByteArray()).isEqualTo(png);
        assertThat(download.header("ETag")).isEqualTo("\"" + sha256(png) + "\"");
        assertThat(download.contentType()).isEqualTo("image/png");
        assertThat(download.header("Content-Length")).isEqualTo(Integer.toString(png.length));
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"Giay chung sinh _ ban "
                + "sao.png\"; filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20sinh%20%E2%80%93%20b%E1%BA%A3n%20sao.png");
        assertThat(download.header("Cache-Control")).contains("no-store");

        given().auth().oauth2(officer).when().get("/api/v1/dossiers/{id}/files/downloads", d[0]).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].fileId", equalTo(fileId))
                .body("items[0].fileName", equalTo("Giấy chứng sinh – bản sao.png"))
                .body("items[0].component", equalTo(CERTIFICATE))
                .body("items[0].downloadedBy", equalTo("test-officer"));
    }

    @Test
    void anExecutableNamedPdfIsRefusedAndNothingIsStored() {
        String[] d = dossier();
        String officer = Intakes.officer(d[1]);
        for (byte[] executable : List.of(Uploads.WINDOWS_EXE, Uploads.ELF)) {
            upload(officer, d[0], FORM, "to-khai.pdf", "application/pdf", executable).then().statusCode(415)
                    .contentType("application/problem+json").body("errors.field", hasItem("body"));
        }
        upload(officer, d[0], FORM, "note.json", "application/json", "{\"a\": tru".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).body("errors.field", hasItem("body"));
        upload(officer, d[0], FORM, "empty.pdf", "application/pdf", new byte[0]).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("body"));
        assertThat(list(officer, d[0]).getList("items")).isEmpty();
        assertThat(objectsOf(d[0])).isEmpty();
    }

    @Test
    void badParametersAreNamedAndAnUnknownComponentIs422() {
        String[] d = dossier();
        String officer = Intakes.officer(d[1]);
        upload(officer, d[0], "Sổ hộ khẩu", "so.pdf", "application/pdf", Uploads.PDF).then().statusCode(422)
                .body("errors.field", hasItem("component"));
        given().auth().oauth2(officer).contentType("application/pdf").queryParam("fileName", "a/b.pdf")
                .queryParam("digitised", "yes").body(Uploads.PDF).when().post("/api/v1/dossiers/{id}/files", d[0])
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("component", "fileName",
                        "digitised"));
        assertThat(objectsOf(d[0])).isEmpty();
    }

    @Test
    void aClosedDossierTakesNoFileButKeepsServingItsFiles() {
        String[] d = dossier();
        String officer = Intakes.officer(d[1]);
        String fileId = upload(officer, d[0], FORM, "a.pdf", "application/pdf", Uploads.PDF).then().statusCode(201)
                .extract().path("id");
        Transitions.ok(officer, d[0], "withdraw", Map.of("note", "Công dân xin rút hồ sơ"));

        upload(officer, d[0], FORM, "b.pdf", "application/pdf", Uploads.PDF).then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItem("id"));
        assertThat(list(officer, d[0]).getList("items.id")).containsExactly(fileId);
        given().auth().oauth2(officer).when().get("/api/v1/dossiers/{id}/files/{f}/content", d[0], fileId).then()
                .statusCode(200);
        assertThat(objectsOf(d[0])).hasSize(1);
    }

    @Test
    void reachIsTheDossiersOfficersAndTheCommuneSystemThatFiledItNeverAnalysts() {
        String district = CatalogStub.freshDistrict();
        String commune = CatalogStub.freshCommuneOf(district);
        String system = Intakes.communeSystem(commune);
        String id = Intakes.post(system, Intakes.birth(commune)).then().statusCode(201).extract().path("id");
        String fileId = upload(system, id, FORM, "a.pdf", "application/pdf", Uploads.PDF).then().statusCode(201)
                .extract().path("id");
        assertThat(list(system, id).getList("items.id")).containsExactly(fileId);

        String otherUnit = Intakes.officer(CatalogStub.freshCommune());
        String otherSystem = TestTokens.forRoles(List.of("commune-system", "kiosk"), commune);
        for (String outsider : List.of(otherUnit, otherSystem)) {
            upload(outsider, id, FORM, "x.pdf", "application/pdf", Uploads.PDF).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(outsider).when().get("/api/v1/dossiers/{id}/files", id).then().statusCode(404);
            given().auth().oauth2(outsider).when().get("/api/v1/dossiers/{id}/files/{f}/content", id, fileId).then()
                    .statusCode(404);
        }
        String analyst = TestTokens.forRole("analyst", commune);
        upload(analyst, id, FORM, "x.pdf", "application/pdf", Uploads.PDF).then().statusCode(403);
        given().auth().oauth2(analyst).when().get("/api/v1/dossiers/{id}/files", id).then().statusCode(403);
        given().auth().oauth2(analyst).when().get("/api/v1/dossiers/{id}/files/{f}/content", id, fileId).then()
                .statusCode(403);
        // the download log is the officers'
        given().auth().oauth2(system).when().get("/api/v1/dossiers/{id}/files/downloads", id).then().statusCode(403);

        String districtOfficer = Intakes.officer(district);
        given().auth().oauth2(districtOfficer).when().get("/api/v1/dossiers/{id}/files/{f}/content", id, fileId)
                .then().statusCode(200);
        given().auth().oauth2(Intakes.officer(commune)).when().get("/api/v1/dossiers/{id}/files/downloads", id)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].downloadedBy", equalTo("test-officer"));
        given().auth().oauth2(otherUnit).when().get("/api/v1/dossiers/{id}/files/downloads", id).then()
                .statusCode(404);
        given().auth().oauth2(Intakes.officer(commune)).when().get("/api/v1/dossiers/{id}/files/{f}/content", id,
                UUID.randomUUID()).then().statusCode(404);
        assertThat(objectsOf(id)).hasSize(1);
    }

    @Test
    void aStoredFileThatNoLongerMatchesIsNotServed() {
        String[] d = dossier();
        String officer = Intakes.officer(d[1]);
        String fileId = upload(officer, d[0], FORM, "a.xml", "application/xml", Uploads.XML).then().statusCode(201)
                .extract().path("id");
        String key = objectsOf(d[0]).get(0);
        byte[] tampered = Uploads.XML.clone();
        tampered[tampered.length - 3] = 'X';
        store.put(key, new ByteArrayInputStream(tampered), "application/xml", null);
        given().auth().oauth2(officer).when().get("/api/v1/dossiers/{id}/files/{f}/content", d[0], fileId).then()
                .statusCode(500).contentType("application/problem+json");
        store.put(key, new ByteArrayInputStream(new byte[] {'<', 'a', '/', '>'}), "application/xml", null);
        given().auth().oauth2(officer).when().get("/api/v1/dossiers/{id}/files/{f}/content", d[0], fileId).then()
                .statusCode(500).contentType("application/problem+json");
    }

    @Test
    void storageDownAnswers503WithRetryAfterWhileIntakeWithoutFilesWorks() {
        String[] d = dossier();
        String officer = Intakes.officer(d[1]);
        String fileId = upload(officer, d[0], FORM, "a.pdf", "application/pdf", Uploads.PDF).then().statusCode(201)
                .extract().path("id");
        TestInfrastructure.stopS3();
        try {
            upload(officer, d[0], FORM, "b.pdf", "application/pdf", Uploads.PDF).then().statusCode(503)
                    .header("Retry-After", "30").contentType("application/problem+json");
            given().auth().oauth2(officer).when().get("/api/v1/dossiers/{id}/files/{f}/content", d[0], fileId)
                    .then().statusCode(503).header("Retry-After", "30");
            Intakes.post(officer, Intakes.birth(d[1])).then().statusCode(201);
            assertThat(list(officer, d[0]).getList("items.id")).containsExactly(fileId);
        } finally {
            TestInfrastructure.resumeS3();
        }
        given().auth().oauth2(officer).when().get("/api/v1/dossiers/{id}/files/{f}/content", d[0], fileId).then()
                .statusCode(200);
        upload(officer, d[0], FORM, "b.pdf", "application/pdf", Uploads.PDF).then().statusCode(201);
        assertThat(objectsOf(d[0])).hasSize(2);
    }

    @Test
    void theSweepRemovesOrphansPastTheirAgeAndKeepsReferencedObjects() {
        String[] d = dossier();
        String officer = Intakes.officer(d[1]);
        upload(officer, d[0], FORM, "a.pdf", "application/pdf", Uploads.PDF).then().statusCode(201);
        String referenced = objectsOf(d[0]).get(0);
        String orphan = DossierFiles.KEY_PREFIX + d[0] + "/" + UUID.randomUUID();
        store.put(orphan, new ByteArrayInputStream(Uploads.PDF), "application/pdf", null);

        assertThat(sweep.sweep(Instant.now().minusSeconds(3600))).as("a fresh orphan may be an upload under way")
                .isZero();
        assertThat(objectsOf(d[0])).contains(orphan);
        assertThat(sweep.sweep(Instant.now().plusSeconds(5))).isPositive();
        assertThat(objectsOf(d[0])).containsExactly(referenced);
    }

    @Test
    void aLargeFileStreamsThroughUploadAndDownloadUnchanged() throws Exception {
        String[] d = dossier();
        long size = 60L * 1024 * 1024 + 4321;
        byte[] pdfHead = Uploads.PDF;
        GeneratedBytes rest = new GeneratedBytes(size - pdfHead.length, 11);
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        InputStream body = new DigestInputStream(new SequenceInputStream(new ByteArrayInputStream(pdfHead), rest),
                sent);
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://localhost:" + RestAssured.port + "/api/v1/dossiers/" + d[0] + "/files";
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "?component="
                        + URLEncoder.encode(FORM, StandardCharsets.UTF_8) + "&fileName=large.pdf"))
                .header("Authorization", "Bearer " + Intakes.officer(d[1])).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // the JDK client asks for the h2c upgrade, for which the server would first read the whole body into memory
        assertThat(created.version()).as("the cleartext HTTP/2 upgrade is refused").isEqualTo(HttpClient.Version.HTTP_1_1);
        JsonPath file = JsonPath.from(created.body());
        assertThat(file.getLong("size")).isEqualTo(size);
        assertThat(file.getString("sha256")).isEqualTo(HexFormat.of().formatHex(sent.digest()));

        HttpResponse<InputStream> download = client.send(HttpRequest.newBuilder(URI.create(base + "/"
                        + file.getString("id") + "/content")).header("Authorization", "Bearer " + Intakes.officer(d[1]))
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        String downloaded;
        try (InputStream in = download.body()) {
            downloaded = GeneratedBytes.sha256Of(in);
        }
        assertThat(downloaded).isEqualTo(file.getString("sha256"));
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + downloaded + "\"");
    }

    @Test
    void theResolvedEventCountsTheFilesAndTheComponentsDigitisedOrReused() {
        String[] d = dossier();
        String officer = Intakes.officer(d[1]);
        for (String name : List.of("trang-1.pdf", "trang-2.pdf")) {
            given().auth().oauth2(officer).contentType("application/pdf").queryParam("component", FORM)
                    .queryParam("fileName", name).queryParam("digitised", true).body(Uploads.PDF).when()
                    .post("/api/v1/dossiers/{id}/files", d[0]).then().statusCode(201);
        }
        given().auth().oauth2(officer).contentType("image/png").queryParam("component", CERTIFICATE)
                .queryParam("fileName", "giay-chung-sinh.png").queryParam("reused", true).body(Uploads.png()).when()
                .post("/api/v1/dossiers/{id}/files", d[0]).then().statusCode(201);
        Transitions.ok(officer, d[0], "start", null);
        Transitions.act(officer, d[0], "resolve", "\"1\"", Map.of("outcome", "APPROVED")).then().statusCode(200);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records =
                    vn.motcua.dossier.outbox.TopicReader.readAll(vn.motcua.events.Topics.DOSSIER_RESOLVED,
                            r -> d[0].equals(r.key()));
            assertThat(records).hasSize(1);
            com.fasterxml.jackson.databind.JsonNode event = vn.motcua.testing.kafka.TestEvents.JSON
                    .readTree(records.get(0).value());
            assertThat(event.get("fileCount").asInt()).isEqualTo(3);
            assertThat(event.get("digitisedComponentCount").asInt()).as("two scans of one component").isEqualTo(1);
            assertThat(event.get("reusedComponentCount").asInt()).isEqualTo(1);
            assertThat(event.get("electronicResultIssued").asBoolean(true)).isFalse();
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
