package vn.motcua.testing.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

class EmbeddedS3Test {

    @Test
    void servesObjectsAndKeepsThemAcrossAStopOnTheSamePort(@TempDir Path data) throws Exception {
        int port = Ports.free();
        try (EmbeddedS3 s3 = EmbeddedS3.start(data, port); S3Client client = client(s3, s3.secretKey())) {
            client.createBucket(b -> b.bucket("files"));
            client.putObject(b -> b.bucket("files").key("a/b.txt"), RequestBody.fromString("giấy tờ"));

            s3.stop();
            assertThat(s3.isRunning()).isFalse();
            assertThatThrownBy(() -> client.headBucket(b -> b.bucket("files"))).isInstanceOf(SdkClientException.class);

            s3.resume();
            assertThat(client.getObjectAsBytes(b -> b.bucket("files").key("a/b.txt")).asString(StandardCharsets.UTF_8))
                    .isEqualTo("giấy tờ");
            assertThatThrownBy(() -> EmbeddedS3.start(data.resolve("other"), port))
                    .isInstanceOf(PortInUseException.class).hasMessageContaining("S3");
        }
        try (EmbeddedS3 again = EmbeddedS3.start(data, port); S3Client client = client(again, again.secretKey())) {
            assertThat(client.listObjectsV2(b -> b.bucket("files")).contents())
                    .extracting(o -> o.key()).containsExactly("a/b.txt");
        }
    }

    @Test
    void refusesAWrongSecret() throws Exception {
        try (EmbeddedS3 s3 = EmbeddedS3.startThrowaway(); S3Client client = client(s3, "not-the-secret")) {
            assertThatThrownBy(() -> client.createBucket(b -> b.bucket("files")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
    }

    private static S3Client client(EmbeddedS3 s3, String secret) {
        return S3Client.builder()
                .endpointOverride(URI.create(s3.endpoint()))
                .region(Region.of(EmbeddedS3.REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), secret)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(1)))
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }
}
