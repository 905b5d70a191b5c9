package vn.motcua.dossier.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.files.SizeLimit;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.testing.GeneratedBytes;
import vn.motcua.testing.TestInfrastructure;

@QuarkusTest
class ObjectStoreTest {

    private static final int MB = 1024 * 1024;

    @Inject
    ObjectStore store;

    @Test
    void aLargeObjectOfUnknownLengthStreamsInAndOutUnchanged() throws Exception {
        storesAndReadsBack(30L * MB + 12345, null);
    }

    @Test
    void aLargeObjectOfKnownLengthStreamsInAndOutUnchanged() throws Exception {
        storesAndReadsBack(30L * MB + 12345, 30L * MB + 12345);
    }

    private void storesAndReadsBack(long size, Long declaredLength) throws IOException {
        String key = "dossiers/" + UUID.randomUUID() + "/scan.pdf";
        GeneratedBytes content = new GeneratedBytes(size, 7);

        PutResult stored = store.put(key, content, "application/pdf", declaredLength);
        String generatedSha256 = content.sha256();

        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.sha256()).isEqualTo(generatedSha256);
        assertThat(store.head(key)).hasValueSatisfying(o -> {
            assertThat(o.size()).isEqualTo(stored.size());
            assertThat(o.contentType()).isEqualTo("application/pdf");
        });
        try (ObjectStream download = store.get(key).orElseThrow()) {
            assertThat(download.object().size()).isEqualTo(stored.size());
            assertThat(GeneratedBytes.sha256Of(download)).isEqualTo(generatedSha256);
        }
        store.delete(key);
        assertThat(store.head(key)).isEmpty();
    }

    @Test
    void listsByPrefixWithLastModifiedAndDeletes() {
        String dossier = "dossiers/" + UUID.randomUUID() + "/";
        Instant before = Instant.now().minusSeconds(5);
        store.put(dossier + "a.xml", text("<a/>"), "application/xml", null);
        store.put(dossier + "b.json", text("{\"b\":1}"), "application/json", null);
        store.put("dossiers/" + UUID.randomUUID() + "/other.json", text("{}"), "application/json", null);

        assertThat(store.list(dossier)).extracting(StoredObject::key).containsExactly(dossier + "a.xml",
                dossier + "b.json");
        assertThat(store.list(dossier)).allSatisfy(o -> assertThat(o.lastModified()).isAfter(before));
        assertThat(store.list(dossier).get(1).size()).isEqualTo(7);

        store.delete(dossier + "a.xml");
        store.delete(dossier + "never-there");
        assertThat(store.list(dossier)).extracting(StoredObject::key).containsExactly(dossier + "b.json");
        assertThat(store.get(dossier + "a.xml")).isEmpty();
    }

    @Test
    void anUploadOfUnknownLengthThatFailsMidwayLeavesNoObject() {
        failsMidwayLeavingNoObject(null);
    }

    @Test
    void anUploadOfKnownLengthThatFailsMidwayLeavesNoObject() {
        failsMidwayLeavingNoObject(40L * MB);
    }

    private void failsMidwayLeavingNoObject(Long declaredLength) {
        String key = "dossiers/" + UUID.randomUUID() + "/broken.pdf";
        InputStream breaksAfter20Mb = new GeneratedBytes(40L * MB, 3) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (produced() >= 20L * MB) {
                    throw new IOException("client went away");
                }
                return super.read(buffer, offset, length);
            }
        };

        // the content's failure, not the storage's: no 503
        assertThatThrownBy(() -> store.put(key, breaksAfter20Mb, "application/pdf", declaredLength))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("client went away");
        assertThat(store.head(key)).isEmpty();
        assertThat(store.list(key)).isEmpty();
    }

    @Test
    void aProblemOfTheContentIsThrownAsItIsAndLeavesNoObject() {
        String key = "dossiers/" + UUID.randomUUID() + "/too-large.pdf";
        ProblemException tooLarge = new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "over the limit");
        InputStream stopsAt5Mb = new SizeLimit(new GeneratedBytes(10L * MB, 5), 5L * MB, tooLarge);

        assertThatThrownBy(() -> store.put(key, stopsAt5Mb, "application/pdf", 10L * MB)).isSameAs(tooLarge);
        assertThat(store.head(key)).isEmpty();
        assertThat(store.list(key)).isEmpty();
    }

    @Test
    void aContentShorterThanItsDeclaredLengthIsAFailureAndLeavesNoObject() {
        String key = "dossiers/" + UUID.randomUUID() + "/short.json";

        assertThatThrownBy(() -> store.put(key, text("{}"), "application/json", 10L))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseInstanceOf(java.io.EOFException.class);
        assertThat(store.head(key)).isEmpty();
        assertThat(store.list(key)).isEmpty();
    }

    @Test
    void storageDownIsUnavailableWithinSecondsAndEverythingIsBackWhenItReturns() throws Exception {
        String key = "dossiers/" + UUID.randomUUID() + "/kept.json";
        store.put(key, text("{\"kept\":true}"), "application/json", null);
        TestInfrastructure.stopS3();
        try {
            long start = System.nanoTime();
            for (Long declaredLength : new Long[] {null, 2L}) {
                assertThatThrownBy(() -> store.put(key + ".new", text("{}"), "application/json", declaredLength))
                        .isInstanceOfSatisfying(StorageUnavailableException.class, e -> {
                            assertThat(e.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
                            assertThat(e.headers()).containsEntry("Retry-After", "30");
                        });
            }
            assertThatThrownBy(() -> store.get(key)).isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> store.list("dossiers/")).isInstanceOf(StorageUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));

            given().get("/q/health/group/storage").then().statusCode(503)
                    .body("checks[0].name", equalTo("object-storage"), "checks[0].status", equalTo("DOWN"));
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            TestInfrastructure.resumeS3();
        }

        try (ObjectStream kept = store.get(key).orElseThrow()) {
            assertThat(new String(kept.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"kept\":true}");
        }
        assertThat(store.put(key + ".new", text("{}"), "application/json", 2L).size()).isEqualTo(2);
        given().get("/q/health/group/storage").then().statusCode(200).body("checks[0].status", equalTo("UP"));
    }

    private static InputStream text(String value) {
        return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
    }

}
