package vn.motcua.testing.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.embedded.S3Endpoint;

/**
 * Points the service under test's object storage ({@code motcua.storage.*}) at the JVM's real S3 server, with
 * path-style addressing. {@link TestInfrastructure#stopS3()} and {@link TestInfrastructure#resumeS3()} take that
 * server down and up again for fault tests.
 */
public class S3Resource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        S3Endpoint s3 = TestInfrastructure.s3();
        return Map.of(
                "motcua.storage.endpoint", s3.url(),
                "motcua.storage.region", s3.region(),
                "motcua.storage.access-key", s3.accessKey(),
                "motcua.storage.secret-key", s3.secretKey(),
                "motcua.storage.path-style", "true");
    }

    @Override
    public void stop() {
        // the server lives for the whole JVM (see TestInfrastructure)
    }
}
