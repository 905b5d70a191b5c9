package vn.motcua.dossier.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where component files and electronic results are kept ({@code motcua.storage.*}): an S3-compatible object store.
 * Each setting comes from its environment variable in production ({@code MOTCUA_STORAGE_ENDPOINT},
 * {@code MOTCUA_STORAGE_REGION}, {@code MOTCUA_STORAGE_BUCKET}, {@code MOTCUA_STORAGE_ACCESS_KEY},
 * {@code MOTCUA_STORAGE_SECRET_KEY}, {@code MOTCUA_STORAGE_PATH_STYLE}, ...).
 */
@ConfigMapping(prefix = "motcua.storage")
public interface StorageConfig {

    /** The S3 API's base URL (MinIO, S3Proxy, Ceph, ...); empty for Amazon S3's own endpoint of the region. */
    Optional<URI> endpoint();

    @WithDefault("us-east-1")
    String region();

    /** Created at startup when it does not exist. */
    @WithDefault("motcua-dossier-files")
    String bucket();

    /** With {@link #secretKey()}; both empty: the AWS SDK's default credentials (environment, instance role). */
    Optional<String> accessKey();

    Optional<String> secretKey();

    /** Bucket in the path ({@code <endpoint>/<bucket>/<key>}), as most S3-compatible servers expect. */
    @WithDefault("true")
    boolean pathStyle();

    /** How long to wait for a connection: a storage that is down answers the request with a 503 this soon. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** The longest silence while reading or writing one request's bytes. */
    @WithDefault("PT30S")
    Duration socketTimeout();

    /** Attempts of one request (the first included) before the storage counts as unavailable. */
    @WithDefault("2")
    int maxAttempts();

    /**
     * Objects of unknown length (a chunked upload) are sent in parts of this many bytes (S3's minimum is 5 MiB): one
     * part is all such an upload holds in memory, whatever the object's size. Objects of known length stream through.
     */
    @WithDefault("8388608")
    int partSize();

    /** The {@code Retry-After} of the 503 when the storage cannot be reached. */
    @WithDefault("PT30S")
    Duration retryAfter();
}
