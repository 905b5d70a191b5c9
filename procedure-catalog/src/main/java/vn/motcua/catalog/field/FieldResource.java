package vn.motcua.catalog.field;

import vn.motcua.problem.FieldErrors;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.Roles;
import vn.motcua.catalog.common.ETags;
import vn.motcua.catalog.common.PageLinks;
import vn.motcua.catalog.common.PageParams;
import vn.motcua.catalog.common.PageRequest;
import vn.motcua.catalog.history.ChangeLog;
import vn.motcua.catalog.history.ChangeMapper;
import vn.motcua.catalog.history.RecordKind;

@Path("/api/v1/fields")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fields", description = "Fields (lĩnh vực) that group procedures")
public class FieldResource {

    private final FieldCatalog catalog;
    private final FieldMapper mapper;
    private final ChangeLog changeLog;
    private final ChangeMapper changeMapper;
    private final JsonWebToken caller;

    public FieldResource(FieldCatalog catalog, FieldMapper mapper, ChangeLog changeLog, ChangeMapper changeMapper,
            JsonWebToken caller) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.changeLog = changeLog;
        this.changeMapper = changeMapper;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listFields",
            summary = "List fields", description = "All fields, ordered by code, retired ones included. Public.")
    public List<FieldView> list() {
        return catalog.all().stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getField",
            summary = "Get a field",
            description = "One field by its code, with its ETag (needed to rename or retire it). Public; 404 when unknown.")
    @APIResponse(responseCode = "200", description = "The field",
            content = @Content(schema = @Schema(implementation = FieldView.class)))
    public Response get(
            @Parameter(description = "field code", example = "HT") @PathParam("code") String code) {
        ProcedureField field = catalog.get(code);
        return Response.ok(mapper.toView(field)).tag(ETags.of(field.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "createField",
            summary = "Create a field", description = "Role catalog-admin. 409 when the code exists.")
    @APIResponse(responseCode = "201", description = "Created; Location is its URL, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FieldView.class)))
    public Response create(@Valid @NotNull NewField field, @Context UriInfo uri) {
        ProcedureField created = catalog.create(mapper.toEntity(field), caller.getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(mapper.toView(created)).tag(ETags.of(created.version)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "renameField",
            summary = "Rename a field",
            description = "Role catalog-admin. Needs If-Match with the field's current ETag: 428 without it, 412 when "
                    + "the field changed since. Procedures of the field are then found by the new name.")
    @APIResponse(responseCode = "200", description = "The renamed field, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FieldView.class)))
    public Response rename(@Parameter(description = "field code", example = "HT") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FieldUpdate update) {
        ProcedureField field = catalog.rename(code, update, ifMatch, caller.getName());
        return Response.ok(mapper.toView(field)).tag(ETags.of(field.version)).build();
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "retireField",
            summary = "Retire a field",
            description = "Role catalog-admin, If-Match required. The field stays readable and keeps its procedures; "
                    + "new procedures cannot be filed under it. 409 when already retired.")
    @APIResponse(responseCode = "200", description = "The retired field, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FieldView.class)))
    public Response retire(@Parameter(description = "field code", example = "HT") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProcedureField field = catalog.retire(code, ifMatch, caller.getName());
        return Response.ok(mapper.toView(field)).tag(ETags.of(field.version)).build();
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "getFieldHistory",
            summary = "A field's history",
            description = "Role catalog-admin. Every change of the field, newest first: who, when, what changed.")
    @APIResponse(responseCode = "200", description = "One page of the history",
            content = @Content(schema = @Schema(implementation =
                    vn.motcua.catalog.history.HistoryPage.class)))
    public Response history(@Parameter(description = "field code", example = "HT") @PathParam("code") String code,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        FieldErrors errors = new FieldErrors();
        PageRequest request = paging.parse(errors);
        errors.throwIfAny();
        catalog.get(code);
        return PageLinks.ok(changeLog.history(RecordKind.FIELD, code, request).map(changeMapper::toView), uri);
    }
}
