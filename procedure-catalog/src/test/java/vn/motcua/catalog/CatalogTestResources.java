package vn.motcua.catalog;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.motcua.testing.quarkus.JwtResource;
import vn.motcua.testing.quarkus.PostgresResource;

/** Every test of this module runs against the real PostgreSQL ("catalog" database) and trusts test tokens. */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"),
        restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtResource.class, restrictToAnnotatedClass = false)
public final class CatalogTestResources {
    private CatalogTestResources() {
    }
}
