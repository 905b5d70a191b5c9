package vn.motcua.catalog.procedure;

import vn.motcua.problem.FieldErrors;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import vn.motcua.catalog.common.PageSchema;
import vn.motcua.catalog.common.QueryParams;
import vn.motcua.catalog.history.ChangeLog;
import vn.motcua.catalog.history.ChangeMapper;
import vn.motcua.catalog.history.HistoryPage;
import vn.motcua.catalog.history.RecordKind;

@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures", description = "Administrative procedures (thủ tục hành chính): search, lookup, administration")
public class ProcedureResource {

    private final ProcedureCatalog catalog;
    private final ProcedureFinder search;
    private final ProcedureMapper mapper;
    private final ChangeLog changeLog;
    private final ChangeMapper changeMapper;
    private final JsonWebToken caller;

    public ProcedureResource(ProcedureCatalog catalog, ProcedureFinder search, ProcedureMapper mapper,
            ChangeLog changeLog, ChangeMapper changeMapper, JsonWebToken caller) {
        this.catalog = catalog;
        this.search = search;
        this.mapper = mapper;
        this.changeLog = changeLog;
        this.changeMapper = changeMapper;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchProcedures",
            summary = "Search procedures",
            description = "Public. Free text `q` ignores case and Vietnamese diacritics (\"ho tich\", \"HỘ TỊCH\") and "
                    + "tolerates small typos; it matches the code, the name and the field's name, best matches first. "
                    + "Filters combine with AND. Without `at`, only ACTIVE procedures effective today; with `at`, the "
                    + "procedures effective that day (a retired one until its effectiveTo). `unit` keeps the "
                    + "procedures implemented at that unit's level (400 when the unit or field is unknown). Paged: "
                    + "`page` from 0, `size` 1–100 (default 20); the Link header carries rel=next/prev.")
    @APIResponse(responseCode = "200", description = "One page of procedures",
            headers = @Header(name = "Link", description = "URLs of the next and previous pages",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProcedurePage.class)))
    public Response search(@BeanParam SearchFilters filters,
            @Parameter(description = "implementing level", schema = @Schema(enumeration = {"PROVINCE", "DISTRICT",
                    "COMMUNE"})) @QueryParam("level") String level,
            @Parameter(description = "unit code: procedures implemented at its level", example = "000.00.63.H26")
            @QueryParam("unit") String unit,
            @Parameter(description = "effective at this " + QueryParams.AT_DOC,
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-07-01")
            @QueryParam("at") String at,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        SearchCriteria criteria = SearchCriteria.parse(filters.q, filters.field, level, filters.onlineLevel,
                filters.essential, filters.delegated, unit, at, paging.page, paging.size);
        return PageLinks.ok(search.search(criteria), uri);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getProcedure",
            summary = "Get a procedure",
            description = "Public. Everything about one procedure, retired ones included. The ETag header is its "
                    + "version (If-None-Match gives 304); 404 when unknown.")
    @APIResponse(responseCode = "200", description = "The procedure",
            headers = @Header(name = "ETag", description = "its version, for If-Match on updates",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response get(@Parameter(description = "procedure code", example = "1.001193") @PathParam("code") String code,
            @Context Request request) {
        Procedure procedure = catalog.get(code);
        EntityTag tag = ETags.of(procedure.version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(mapper.toView(procedure)).tag(tag).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "createProcedure",
            summary = "Create a procedure",
            description = "Role catalog-admin. 400 naming every invalid field (unknown or retired field included), "
                    + "422 naming resolvingAgencyCode when it is not a current DEPARTMENT or province, 409 when the "
                    + "code exists. Recorded in the procedure's history.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response create(@NotNull ProcedureInput input, @Context UriInfo uri) {
        Procedure created = catalog.create(input, caller.getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(mapper.toView(created)).tag(ETags.of(created.version)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "updateProcedure",
            summary = "Update a procedure",
            description = "Role catalog-admin. The body is the whole new state (a GET body can be sent back). Needs "
                    + "If-Match with the current ETag: 428 without it, 412 when the procedure changed since. A body "
                    + "equal to the current state changes nothing, not even the version. 400 and 422 as on create "
                    + "(an ended resolving agency the procedure already names may stay).")
    @APIResponse(responseCode = "200", description = "The procedure as now stored, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProcedureView.class)))
    public Response update(
            @Parameter(description = "procedure code", example = "1.001193") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull ProcedureInput input) {
        Procedure procedure = catalog.update(code, input, ifMatch, caller.getName());
        return Response.ok(mapper.toView(procedure)).tag(ETags.of(procedure.version)).build();
    }

    @POST
    @Path("/{code}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "retireProcedure",
            summary = "Retire a procedure",
            description = "Role catalog-admin, If-Match required. Status RETIRED, effectiveTo the given day (default "
                    + "today). It stays readable and is found by searches for dates it applied. 409 when already "
                    + "retired.")
    @APIResponse(responseCode = "200", description = "The retired procedure, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProcedureView.class)))
    public Response retire(
            @Parameter(description = "procedure code", example = "1.001193") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Retirement retirement) {
        Procedure procedure = catalog.retire(code, retirement, ifMatch, caller.getName());
        return Response.ok(mapper.toView(procedure)).tag(ETags.of(procedure.version)).build();
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "getProcedureHistory",
            summary = "A procedure's history",
            description = "Role catalog-admin. Every change, newest first: version after it, who (token subject), "
                    + "when, API or IMPORT, and the changed properties with old and new values. Paged like search.")
    @APIResponse(responseCode = "200", description = "One page of the history",
            content = @Content(schema = @Schema(implementation = HistoryPage.class)))
    public Response history(
            @Parameter(description = "procedure code", example = "1.001193") @PathParam("code") String code,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        FieldErrors errors = new FieldErrors();
        PageRequest request = paging.parse(errors);
        errors.throwIfAny();
        catalog.get(code);
        return PageLinks.ok(changeLog.history(RecordKind.PROCEDURE, code, request).map(changeMapper::toView), uri);
    }
}
