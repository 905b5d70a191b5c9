package vn.motcua.testing.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.embedded.PostgresServer;
import vn.motcua.testing.embedded.ServiceDatabase;

/**
 * Gives the service under test its own database and role on the JVM's real PostgreSQL server.
 * Argument {@code database}: the service's database name.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        ServiceDatabase db = TestInfrastructure.postgres().provision(database, PostgresServer.randomPassword());
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        // the server lives for the whole JVM (see TestInfrastructure)
    }
}
