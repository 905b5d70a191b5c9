package vn.motcua.dossier.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * procedure-catalog's public lookups. Base URL: {@code quarkus.rest-client.catalog.url} (env {@code CATALOG_URL}).
 * An unknown code answers 404, which this client raises as a {@link jakarta.ws.rs.WebApplicationException}.
 */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogApi {

    @GET
    @Path("/procedures/{code}")
    CatalogProcedure procedure(@PathParam("code") String code);

    @GET
    @Path("/units/{code}")
    CatalogUnit unit(@PathParam("code") String code);
}
