package vn.motcua.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 server dossier-service stores its files in, reached straight, with the client the service uses (AWS SDK v2
 * over the JDK's HttpURLConnection, path-style, checksums only where the API requires them), so that the difference
 * between the two is the service's own work. Objects go to a bucket of the benchmark's own, never the service's.
 */
final class DirectS3 implements AutoCloseable {

    static final String HELP = """
              --s3-endpoint URL        the S3 server (default http://127.0.0.1:9000, the local stack's S3Proxy)
              --s3-credentials FILE    properties file with access-key and secret-key, as the local stack keeps
                                       them in <data>/s3/credentials.properties
              --s3-access-key K, --s3-secret-key-file F   ... or the keys themselves (the secret from a file)
              --s3-region R            signing region (default us-east-1)
              --s3-bucket B            bucket for the direct objects (default motcua-benchmark; created when
                                       missing; this run's objects are deleted at the end)
            """;

    /** Where and as whom; parsed from the flags so a mistake fails before anything is sent. */
    record Target(URI endpoint, String region, String bucket, String accessKey, String secretKey) {
        static Target of(Args args) throws IOException {
            URI endpoint = LoopbackGuard.checkHttp(args.get("s3-endpoint", "http://127.0.0.1:9000"));
            String accessKey;
            String secretKey;
            if (args.has("s3-credentials")) {
                Properties credentials = new Properties();
                try (Reader reader = Files.newBufferedReader(Path.of(args.get("s3-credentials", "")),
                        StandardCharsets.UTF_8)) {
                    credentials.load(reader);
                }
                accessKey = credentials.getProperty("access-key");
                secretKey = credentials.getProperty("secret-key");
                if (accessKey == null || secretKey == null) {
                    throw new Args.UsageException("--s3-credentials must hold access-key and secret-key");
                }
            } else if (args.has("s3-access-key") && args.has("s3-secret-key-file")) {
                accessKey = args.require("s3-access-key");
                secretKey = Files.readString(Path.of(args.get("s3-secret-key-file", ""))).strip();
            } else {
                throw new Args.UsageException("the direct S3 requests need --s3-credentials FILE or --s3-access-key "
                        + "with --s3-secret-key-file");
            }
            return new Target(endpoint, args.get("s3-region", "us-east-1"), args.get("s3-bucket", "motcua-benchmark"),
                    accessKey, secretKey);
        }
    }

    private final Target target;
    private final S3Client s3;

    DirectS3(Target target, Duration timeout) {
        this.target = target;
        this.s3 = S3Client.builder()
                .endpointOverride(target.endpoint())
                .region(Region.of(target.region()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(target.accessKey(), target.secretKey())))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(timeout))
                // a failed request is counted, not retried behind the measurement's back
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }

    /** Creates the bucket unless it exists. */
    void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(target.bucket()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(target.bucket()));
        }
    }

    /** PUT of one object; the outcome's label is the S3 status. */
    Operation.Outcome put(String key, byte[] content, String contentType) {
        try {
            s3.putObject(b -> b.bucket(target.bucket()).key(key).contentType(contentType),
                    RequestBody.fromBytes(content));
            return new Operation.Outcome("200", true, 0);
        } catch (S3Exception e) {
            return new Operation.Outcome(Integer.toString(e.statusCode()), false, 0);
        }
    }

    /** GET of one object read to its end; a body of another length than {@code expected} is an error. */
    Operation.Outcome get(String key, long expected) throws IOException {
        try (InputStream in = s3.getObject(b -> b.bucket(target.bucket()).key(key))) {
            long read = in.transferTo(java.io.OutputStream.nullOutputStream());
            return new Operation.Outcome(read == expected ? "200" : "short-body", read == expected, read);
        } catch (S3Exception e) {
            return new Operation.Outcome(Integer.toString(e.statusCode()), false, 0);
        }
    }

    /** Deletes {@code keys} (this run's objects), one request each: multi-object delete is not on every server. */
    void delete(List<String> keys) {
        for (String key : keys) {
            s3.deleteObject(b -> b.bucket(target.bucket()).key(key));
        }
    }

    String describe(String key) {
        return CatalogSearchScenario.stripSlash(target.endpoint().toString()) + "/" + target.bucket() + "/" + key;
    }

    @Override
    public void close() {
        s3.close();
    }
}
