package vn.motcua.dossier.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The bucket that holds dossier files, through the S3 API. An upload of known length streams straight through to one
 * PutObject of that length; one of unknown length goes in parts of {@link StorageConfig#partSize()} bytes (a
 * multipart upload once it outgrows one part). Either way an object never sits in memory whole; downloads are
 * streams. Every failure to reach the
 * storage is a {@link StorageUnavailableException} (503), after bounded timeouts and attempts.
 */
@ApplicationScoped
public class ObjectStore {

    private static final Logger LOG = Logger.getLogger(ObjectStore.class);
    /** The largest object S3 takes in one PutObject; beyond it, only a multipart upload. */
    static final long MAX_SINGLE_PUT = 5L * 1024 * 1024 * 1024;
    /** The health check's own bound: it must answer while the storage hangs. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final StorageConfig config;
    private final S3Client s3;
    private final String bucket;
    private volatile boolean bucketReady;

    public ObjectStore(StorageConfig config) {
        this.config = config;
        this.bucket = config.bucket();
        this.s3 = client(config);
    }

    private static S3Client client(StorageConfig config) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                .credentialsProvider(credentials(config))
                // checksums only where the API demands them: S3-compatible servers do not all read trailing ones
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(config.connectTimeout())
                        .socketTimeout(config.socketTimeout()))
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(config.maxAttempts())));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageConfig config) {
        if (config.accessKey().isPresent() && config.secretKey().isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** Creates the bucket if missing; a storage that is down is logged, and the next upload tries again. */
    void createBucketAtStartup(@Observes StartupEvent started) {
        try {
            ensureBucket();
        } catch (StorageUnavailableException e) {
            LOG.warnf("object storage unavailable at startup (bucket %s): %s; uploads answer 503 until it is back",
                    bucket, rootMessage(e));
        }
    }

    private void ensureBucket() {
        if (bucketReady) {
            return;
        }
        try {
            try {
                s3.headBucket(b -> b.bucket(bucket));
            } catch (S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                s3.createBucket(b -> b.bucket(bucket));
                LOG.infof("created bucket %s", bucket);
            }
            bucketReady = true;
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /**
     * Stores {@code content} under {@code key}, read to its end; the caller closes it. {@code length} is the number of
     * bytes it holds when known (a request's Content-Length), else null. A failed upload leaves no object; a failure
     * of the content itself (a 413 of a {@code SizeLimit}, a client gone) is thrown as such, not as the storage's.
     */
    public PutResult put(String key, InputStream content, String contentType, Long length) {
        ensureBucket();
        MessageDigest sha256 = sha256();
        InputStream in = new DigestInputStream(content, sha256);
        if (length != null && length > 0 && length <= MAX_SINGLE_PUT) {
            long size = putStreamed(key, contentType, in, length);
            return new PutResult(key, size, HexFormat.of().formatHex(sha256.digest()));
        }
        byte[] part = new byte[config.partSize()];
        int read = readPart(in, part);
        try {
            if (read < part.length) {
                s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), body(part, read));
                return new PutResult(key, read, HexFormat.of().formatHex(sha256.digest()));
            }
            return new PutResult(key, putInParts(key, contentType, in, part, read),
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /**
     * One PutObject whose body is {@code in} itself, read by the SDK as it sends: no part buffer, and the bytes reach
     * the store while they still arrive.
     */
    private long putStreamed(String key, String contentType, InputStream in, long length) {
        StreamedBody body = new StreamedBody(in, length);
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType),
                    RequestBody.fromContentProvider(body, length, contentType));
        } catch (SdkException e) {
            if (body.failure() == null) {
                throw unavailable(e);
            }
        }
        if (body.failure() != null) {
            // what was stored is the content's start and zeros
            deleteOrLeaveForSweep(key);
            throw body.failure();
        }
        return body.count();
    }

    private long putInParts(String key, String contentType, InputStream in, byte[] part, int firstLength) {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            for (int length = firstLength; length > 0; length = readPart(in, part)) {
                int number = parts.size() + 1;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                        body(part, length)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                size += length;
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
            return size;
        } catch (RuntimeException e) {
            abort(key, uploadId);
            throw e;
        }
    }

    private void abort(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            // the storage may be down: its parts expire with the bucket's lifecycle rules, or stay invisible
            LOG.warnf("could not abort the upload of %s: %s", key, rootMessage(e));
        }
    }

    private static RequestBody body(byte[] part, int length) {
        return RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, length), length);
    }

    /** Fills {@code part} from {@code in} as far as it goes; the count read, 0 at the end. */
    private static int readPart(InputStream in, byte[] part) {
        try {
            return in.readNBytes(part, 0, part.length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the content to store", e);
        }
    }

    /** The object's bytes as a stream (the caller closes it), empty when there is no such object. */
    public Optional<ObjectStream> get(String key) {
        return ifExists(() -> {
            var response = s3.getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toInputStream());
            GetObjectResponse meta = response.response();
            return new ObjectStream(
                    new StoredObject(key, meta.contentLength(), meta.lastModified(), meta.contentType()), response);
        });
    }

    /** The object's metadata, empty when there is no such object. */
    public Optional<StoredObject> head(String key) {
        return ifExists(() -> {
            HeadObjectResponse meta = s3.headObject(b -> b.bucket(bucket).key(key));
            return new StoredObject(key, meta.contentLength(), meta.lastModified(), meta.contentType());
        });
    }

    private <T> Optional<T> ifExists(Supplier<T> request) {
        try {
            return Optional.of(request.get());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unavailable(e);
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /** Deletes the object; deleting one that does not exist is no error. */
    public void delete(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /**
     * Deletes the object of an upload that failed after storing it; with the store down it stays, for the sweep of
     * its prefix to delete later.
     */
    public void deleteOrLeaveForSweep(String key) {
        try {
            delete(key);
        } catch (StorageUnavailableException e) {
            LOG.warnf("object %s of a failed upload stays until the sweep: %s", key, e.getMessage());
        }
    }

    /** Every object whose key starts with {@code prefix}, in key order, with size and last-modified time. */
    public List<StoredObject> list(String prefix) {
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                    .map(o -> new StoredObject(o.key(), o.size(), o.lastModified(), null))
                    .toList();
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /** True when the bucket answers within a few seconds; for the storage health check. */
    public boolean isAvailable() {
        try {
            s3.headBucket(b -> b.bucket(bucket)
                    .overrideConfiguration(c -> c.apiCallTimeout(PROBE_TIMEOUT)));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    public String bucket() {
        return bucket;
    }

    private StorageUnavailableException unavailable(SdkException e) {
        LOG.warnf("object storage unavailable (bucket %s): %s", bucket, rootMessage(e));
        return new StorageUnavailableException(config.retryAfter(), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    @PreDestroy
    void close() {
        s3.close();
    }
}
