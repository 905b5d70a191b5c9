package vn.motcua.testing.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobProviderMetadata;
import org.jboss.logging.Logger;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 API server (S3Proxy over a jclouds filesystem blob store) running in this JVM on 127.0.0.1, with
 * AWS signature v2/v4 authentication. Buckets are folders under {@code dataDir/buckets}; the access key and
 * secret are kept in {@code dataDir/credentials.properties}, so a restart on the same folder serves the same
 * objects to the same clients. {@link #stop()} and {@link #resume()} take the server down and up again on the
 * same port with the same data, for fault tests.
 */
public final class EmbeddedS3 implements AutoCloseable {

    /** The region the server answers for; clients sign their requests for it. */
    public static final String REGION = "us-east-1";

    private static final Logger LOG = Logger.getLogger(EmbeddedS3.class);
    private static final String CREDENTIALS_FILE = "credentials.properties";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int port;
    private final String accessKey;
    private final String secretKey;
    private BlobStoreContext blobStore;
    private S3Proxy server;
    private boolean deleteOnClose;

    private EmbeddedS3(Path dataDir, int port, String accessKey, String secretKey) {
        this.dataDir = dataDir;
        this.port = port;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /**
     * Starts a server on {@code port} with its buckets and credentials in {@code dataDir} (created when missing;
     * existing buckets and credentials are reused).
     */
    public static EmbeddedS3 start(Path dataDir, int port) throws IOException {
        dataDir = dataDir.toAbsolutePath();
        Ports.requireFree("S3", port);
        Files.createDirectories(dataDir.resolve("buckets"));
        Properties credentials = loadOrCreateCredentials(dataDir.resolve(CREDENTIALS_FILE));
        EmbeddedS3 s3 = new EmbeddedS3(dataDir, port, credentials.getProperty("access-key"),
                credentials.getProperty("secret-key"));
        s3.resume();
        return s3;
    }

    /** A throwaway server in a fresh temporary folder on a free port, deleted on close. */
    public static EmbeddedS3 startThrowaway() throws IOException {
        EmbeddedS3 s3 = start(Files.createTempDirectory("motcua-s3-"), Ports.free());
        s3.deleteOnClose = true;
        return s3;
    }

    private static Properties loadOrCreateCredentials(Path file) throws IOException {
        Properties credentials = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                credentials.load(reader);
            }
            return credentials;
        }
        credentials.setProperty("access-key", "motcua-" + randomHex(6));
        credentials.setProperty("secret-key", randomHex(20));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            credentials.store(writer, "S3 credentials of the embedded S3 server");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return credentials;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Serves again on the same port, with the same buckets and credentials; does nothing while serving. */
    public synchronized void resume() {
        if (server != null) {
            return;
        }
        Properties overrides = new Properties();
        overrides.setProperty("jclouds.filesystem.basedir", dataDir.resolve("buckets").toString());
        // by its metadata, not its id: a lookup by id loads every provider S3Proxy lists, also those left out
        blobStore = ContextBuilder.newBuilder(new FilesystemNio2BlobProviderMetadata())
                .credentials(accessKey, secretKey)
                .overrides(overrides)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobStore.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                // clients send headers S3Proxy does not implement (e.g. checksum hints): serve them anyway
                .ignoreUnknownHeaders(true)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline || "FAILED".equals(proxy.getState())) {
                    throw new IllegalStateException("S3 server did not start on port " + port + " (state "
                            + proxy.getState() + ")");
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            blobStore.close();
            throw new IllegalStateException("interrupted while starting the S3 server", e);
        } catch (Exception e) {
            blobStore.close();
            throw e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("S3 server did not start on port " + port + ": " + e.getMessage(), e);
        }
        server = proxy;
        LOG.infof("S3 server started on %s, buckets in %s", endpoint(), dataDir.resolve("buckets"));
    }

    /** Stops serving (connections to the port are refused) and keeps the data for {@link #resume()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warnf("stopping the S3 server on port %d: %s", port, e.getMessage());
        }
        blobStore.close();
        server = null;
        blobStore = null;
        LOG.infof("S3 server on port %d stopped", port);
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The base URL clients use, with path-style bucket addressing. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** How clients reach and sign for this server. */
    public S3Endpoint access() {
        return new S3Endpoint(endpoint(), REGION, accessKey, secretKey);
    }

    public int port() {
        return port;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String describe() {
        return "embedded S3 (S3Proxy) on " + endpoint() + " (buckets in " + dataDir.resolve("buckets") + ")";
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            try {
                Folders.deleteRecursively(dataDir);
            } catch (IOException e) {
                LOG.debugf("could not delete %s: %s", dataDir, e.getMessage());
            }
        }
    }
}
