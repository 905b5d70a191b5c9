package vn.motcua.dossier.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.files.Uploads.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.storage.ObjectStore;
import vn.motcua.dossier.workflow.Transitions;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.testing.GeneratedBytes;

/** The size limits, made small: 64 KiB a file, 160 KiB a dossier. */
@QuarkusTest
@TestProfile(DossierFileLimitsTest.SmallLimits.class)
class DossierFileLimitsTest {

    private static final int KIB = 1024;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.files.max-file-bytes", Integer.toString(64 * KIB),
                    "motcua.files.max-dossier-bytes", Integer.toString(160 * KIB));
        }
    }

    @Inject
    ObjectStore store;

    private static byte[] pdfOf(int size) {
        byte[] pdf = Arrays.copyOf(Uploads.PDF, size);
        Arrays.fill(pdf, Uploads.PDF.length, size, (byte) ' ');
        return pdf;
    }

    private int objectsOf(String dossierId) {
        return store.list(DossierFiles.KEY_PREFIX + dossierId + "/").size();
    }

    @Test
    void aFileOverTheLimitIs413AndNothingIsKept() throws Exception {
        String[] d = Transitions.intake(CatalogStub.freshCommune());
        String officer = Intakes.officer(d[1]);
        upload(officer, d[0], CatalogStub.BIRTH_FORM, "big.pdf", "application/pdf", pdfOf(64 * KIB + 1)).then()
                .statusCode(413).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("body"));
        upload(officer, d[0], CatalogStub.BIRTH_FORM, "fits.pdf", "application/pdf", pdfOf(64 * KIB)).then()
                .statusCode(201);

        // without Content-Length the bytes are counted as they come
        InputStream chunked = new SequenceInputStream(new ByteArrayInputStream(Uploads.PDF),
                new GeneratedBytes(300 * KIB, 5));
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + RestAssured.port + "/api/v1/dossiers/" + d[0] + "/files?component="
                        + URLEncoder.encode(CatalogStub.BIRTH_FORM, StandardCharsets.UTF_8) + "&fileName=big.pdf"))
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunked)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(JsonPath.from(refused.body()).getList("errors.field")).contains("body");

        JsonPath files = RestAssured.given().auth().oauth2(officer).get("/api/v1/dossiers/{id}/files", d[0]).then()
                .statusCode(200).extract().jsonPath();
        assertThat(files.getList("items.fileName")).containsExactly("fits.pdf");
        assertThat(objectsOf(d[0])).isEqualTo(1);
    }

    @Test
    void theDossiersFilesTogetherStayWithinTheDossierLimit() {
        String[] d = Transitions.intake(CatalogStub.freshCommune());
        String officer = Intakes.officer(d[1]);
        for (int i = 0; i < 2; i++) {
            upload(officer, d[0], CatalogStub.BIRTH_FORM, i + ".pdf", "application/pdf", pdfOf(60 * KIB)).then()
                    .statusCode(201);
        }
        upload(officer, d[0], CatalogStub.BIRTH_FORM, "3.pdf", "application/pdf", pdfOf(60 * KIB)).then()
                .statusCode(413).body("detail", org.hamcrest.Matchers.containsString("163840"));
        upload(officer, d[0], CatalogStub.BIRTH_FORM, "4.pdf", "application/pdf", pdfOf(40 * KIB)).then()
                .statusCode(201);
        assertThat(objectsOf(d[0])).isEqualTo(3);
    }

    @Test
    void anElectronicResultOverTheFileLimitIs413AndNothingIsKeptWhileOneAtTheLimitIsTaken() throws Exception {
        String[] d = Transitions.intake(CatalogStub.freshCommune());
        String officer = Intakes.officer(d[1]);
        Transitions.ok(officer, d[0], "start", null);
        String results = "/api/v1/dossiers/" + d[0] + "/results?resultCode=GIAY_KHAI_SINH&numberSymbol=125%2FGKS-UBND"
                + "&summary=Gi%E1%BA%A5y+khai+sinh&issueDate=2026-07-16";
        RestAssured.given().auth().oauth2(officer).contentType("application/pdf").body(pdfOf(64 * KIB + 1))
                .when().post(results).then().statusCode(413).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("body"));
        // without Content-Length: stopped as the bytes pass the limit
        InputStream chunked = new SequenceInputStream(new ByteArrayInputStream(Uploads.PDF),
                new GeneratedBytes(300 * KIB, 6));
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + RestAssured.port + results))
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunked)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(store.list(vn.motcua.dossier.results.ElectronicResults.KEY_PREFIX + d[0] + "/")).isEmpty();

        RestAssured.given().auth().oauth2(officer).contentType("application/pdf").body(pdfOf(64 * KIB))
                .when().post(results).then().statusCode(201);
        assertThat(store.list(vn.motcua.dossier.results.ElectronicResults.KEY_PREFIX + d[0] + "/")).hasSize(1);
    }

    @Test
    void theLimitStopsReadingSoonAfterItIsPassed() {
        GeneratedBytes endless = new GeneratedBytes(50L * 1024 * KIB, 9);
        ProblemException tooLarge = new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "too large");
        InputStream limited = new SizeLimit(endless, 64 * KIB, tooLarge);
        assertThatThrownBy(() -> limited.transferTo(java.io.OutputStream.nullOutputStream())).isSameAs(tooLarge);
        assertThat(endless.produced()).isLessThanOrEqualTo(64 * KIB + 64 * KIB);
    }
}
