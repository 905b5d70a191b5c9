package vn.motcua.catalog.field;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.Roles;
import vn.motcua.problem.ProblemException;

@Path("/api/v1/fields")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fields", description = "Fields (lĩnh vực) that group procedures")
public class FieldResource {

    private final FieldCatalog catalog;
    private final FieldMapper mapper;

    public FieldResource(FieldCatalog catalog, FieldMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @GET
    @PermitAll
    @Operation(summary = "List fields", description = "All fields, ordered by code. Public.")
    public List<FieldView> list() {
        return catalog.all().stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "Get a field", description = "One field by its code. Public; 404 when unknown.")
    public FieldView get(@PathParam("code") String code) {
        return catalog.find(code).map(mapper::toView)
                .orElseThrow(() -> ProblemException.notFound("no field " + code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Create a field", description = "Role catalog-admin. 409 when the code exists.")
    public Response create(@Valid @NotNull NewField field, @Context UriInfo uri) {
        FieldView created = mapper.toView(catalog.create(mapper.toEntity(field)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }
}
