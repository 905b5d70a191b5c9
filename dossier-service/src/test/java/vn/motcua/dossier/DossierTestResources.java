package vn.motcua.dossier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.motcua.testing.quarkus.JwtResource;
import vn.motcua.testing.quarkus.KafkaResource;
import vn.motcua.testing.quarkus.PostgresResource;
import vn.motcua.testing.quarkus.S3Resource;

/**
 * Every test of this module runs against the real PostgreSQL ("dossier" database), Kafka broker and S3 server,
 * and against {@link CatalogStub}, a contract stub of procedure-catalog's API.
 */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "dossier"),
        restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = S3Resource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = CatalogStub.class, restrictToAnnotatedClass = false)
public final class DossierTestResources {
    private DossierTestResources() {
    }
}
