package vn.motcua.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.motcua.testing.quarkus.JwtResource;
import vn.motcua.testing.quarkus.KafkaResource;
import vn.motcua.testing.quarkus.PostgresResource;

/** Every test of this module runs against the real PostgreSQL ("reporting" database) and Kafka broker. */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"),
        restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtResource.class, restrictToAnnotatedClass = false)
public final class ReportingTestResources {
    private ReportingTestResources() {
    }
}
