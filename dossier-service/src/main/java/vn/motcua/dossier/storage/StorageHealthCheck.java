package vn.motcua.dossier.storage;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the object storage answers, at {@code /q/health/group/storage}. Deliberately neither a readiness nor a
 * liveness check: with the storage down only file uploads and downloads fail (503), while intake without files,
 * processing and tracking go on, so the instance must stay in its load balancer and must not be restarted.
 */
@HealthGroup("storage")
@ApplicationScoped
public class StorageHealthCheck implements HealthCheck {

    private final ObjectStore store;

    public StorageHealthCheck(ObjectStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("object-storage")
                .withData("bucket", store.bucket())
                .status(store.isAvailable())
                .build();
    }
}
