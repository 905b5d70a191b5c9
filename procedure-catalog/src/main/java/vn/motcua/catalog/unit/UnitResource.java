package vn.motcua.catalog.unit;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
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
import vn.motcua.catalog.common.BusinessDates;
import vn.motcua.catalog.common.ETags;
import vn.motcua.catalog.common.PageLinks;
import vn.motcua.catalog.common.PageParams;
import vn.motcua.catalog.common.PageRequest;
import vn.motcua.catalog.common.PageSchema;
import vn.motcua.catalog.common.QueryParams;
import vn.motcua.catalog.common.UnitCodes;
import vn.motcua.catalog.history.ChangeLog;
import vn.motcua.catalog.history.ChangeMapper;
import vn.motcua.catalog.history.RecordKind;
import vn.motcua.catalog.procedure.ProcedureFinder;
import vn.motcua.catalog.procedure.SearchCriteria;
import vn.motcua.catalog.procedure.SearchFilters;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Administrative units and agencies, by date")
public class UnitResource {

    private final UnitCatalog catalog;
    private final UnitMapper mapper;
    private final ProcedureFinder search;
    private final ChangeLog changeLog;
    private final ChangeMapper changeMapper;
    private final JsonWebToken caller;

    public UnitResource(UnitCatalog catalog, UnitMapper mapper, ProcedureFinder search,
            ChangeLog changeLog, ChangeMapper changeMapper, JsonWebToken caller) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.search = search;
        this.changeLog = changeLog;
        this.changeMapper = changeMapper;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listUnits",
            summary = "List units",
            description = "Public. Units that existed at `at` (default today), by code, optionally of one `level`, "
                    + "one `kind` and/or directly under one `parent`. Paged: `page` from 0, `size` 1–100 (default 20), "
                    + "Link rel=next/prev.")
    @APIResponse(responseCode = "200", description = "One page of units",
            content = @Content(schema = @Schema(implementation = UnitPage.class)))
    public Response list(
            @Parameter(schema = @Schema(enumeration = {"PROVINCE", "DISTRICT", "COMMUNE", "AGENCY"}))
            @QueryParam("level") String level,
            @Parameter(description = "GOVERNMENT, SERVICE_CENTRE or DEPARTMENT", schema = @Schema(enumeration = {
                    "GOVERNMENT", "SERVICE_CENTRE", "DEPARTMENT"}), example = "SERVICE_CENTRE")
            @QueryParam("kind") String kind,
            @Parameter(description = "parent unit code", example = "000.00.20.H26") @QueryParam("parent") String parent,
            @Parameter(description = QueryParams.AT_DOC, schema = @Schema(type = SchemaType.STRING,
                    format = "date"), example = "2025-07-01") @QueryParam("at") String at,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        FieldErrors errors = new FieldErrors();
        UnitLevel unitLevel = QueryParams.enumValue("level", level, UnitLevel.class, errors);
        UnitKind unitKind = QueryParams.enumValue("kind", kind, UnitKind.class, errors);
        String parentCode = QueryParams.text("parent", parent, UnitCodes.MAX, errors);
        LocalDate date = QueryParams.date("at", at, errors);
        PageRequest request = paging.parse(errors);
        errors.throwIfAny();
        LocalDate day = date == null ? BusinessDates.today() : date;
        return PageLinks.ok(catalog.list(unitLevel, unitKind, parentCode, day, request)
                .map(mapper::toView), uri);
    }

    @GET
    @Path("/tree")
    @PermitAll
    @Operation(operationId = "getUnitTree",
            summary = "Units as a tree",
            description = "Public. The units that existed at `at` (default today), each with its `children`; the roots "
                    + "are units without a parent that existed that day.")
    public List<UnitNode> tree(
            @Parameter(description = QueryParams.AT_DOC, schema = @Schema(type = SchemaType.STRING,
                    format = "date"), example = "2025-07-01") @QueryParam("at") String at) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = QueryParams.date("at", at, errors);
        errors.throwIfAny();
        return catalog.tree(date == null ? BusinessDates.today() : date);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getUnit",
            summary = "Get a unit",
            description = "Public. One unit by code, whether or not it still exists; ETag header for updates. 404 when "
                    + "unknown.")
    @APIResponse(responseCode = "200", description = "The unit",
            headers = @Header(name = "ETag", description = "its version, for If-Match on updates",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response get(
            @Parameter(description = "unit code", example = "000.00.63.H26") @PathParam("code") String code) {
        AdministrativeUnit unit = catalog.get(code);
        return Response.ok(mapper.toView(unit)).tag(ETags.of(unit.version)).build();
    }

    @GET
    @Path("/{code}/procedures")
    @PermitAll
    @Operation(operationId = "listUnitProcedures",
            summary = "Procedures a unit offers",
            description = "Public. ACTIVE procedures implemented at the unit's level (an agency: the level of the unit "
                    + "above it) and effective at `at` (default today); none on a date the unit did not exist. Accepts "
                    + "the search parameters (q, field, onlineLevel, essential, delegated) and is paged like search. "
                    + "404 when the unit is unknown.")
    @APIResponse(responseCode = "200", description = "One page of procedures",
            content = @Content(schema = @Schema(implementation =
                    vn.motcua.catalog.procedure.ProcedurePage.class)))
    public Response procedures(
            @Parameter(description = "unit code", example = "000.00.63.H26") @PathParam("code") String code,
            @BeanParam SearchFilters filters,
            @Parameter(description = QueryParams.AT_DOC, schema = @Schema(type = SchemaType.STRING,
                    format = "date"), example = "2025-07-01") @QueryParam("at") String at,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        SearchCriteria criteria = SearchCriteria.parse(filters.q, filters.field, null, filters.onlineLevel,
                filters.essential, filters.delegated, null, at, paging.page, paging.size);
        return PageLinks.ok(search.offeredBy(code, criteria), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "createUnit",
            summary = "Create a unit",
            description = "Role catalog-admin. 400 naming every invalid field (code format, unknown parent, dates, a "
                    + "kind that does not fit the level, a SERVICE_CENTRE or DEPARTMENT without a parent), 409 when "
                    + "the code exists.")
    @APIResponse(responseCode = "201", description = "Created; Location is its URL, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitView.class)))
    public Response create(@NotNull UnitInput input, @Context UriInfo uri) {
        AdministrativeUnit unit = catalog.create(input, caller.getName());
        return Response.created(uri.getAbsolutePathBuilder().path(unit.code).build())
                .entity(mapper.toView(unit)).tag(ETags.of(unit.version)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "updateUnit",
            summary = "Update a unit",
            description = "Role catalog-admin. The whole new state; If-Match with the current ETag (428 without, 412 "
                    + "when stale). A parent under the unit itself (a cycle) is a 400; a kind or level with which a "
                    + "unit that procedures name as their resolvingAgencyCode could no longer resolve is a 422.")
    @APIResponse(responseCode = "200", description = "The unit as now stored, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitView.class)))
    public Response update(
            @Parameter(description = "unit code", example = "000.00.63.H26") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull UnitInput input) {
        AdministrativeUnit unit = catalog.update(code, input, ifMatch, caller.getName());
        return Response.ok(mapper.toView(unit)).tag(ETags.of(unit.version)).build();
    }

    @POST
    @Path("/{code}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "retireUnit",
            summary = "End a unit",
            description = "Role catalog-admin, If-Match required. Sets validTo (default today) for a merged or "
                    + "abolished unit; it stays readable and listed for earlier dates. 409 when it already ended.")
    @APIResponse(responseCode = "200", description = "The ended unit, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitView.class)))
    public Response retire(
            @Parameter(description = "unit code", example = "000.00.63.H26") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, UnitRetirement retirement) {
        AdministrativeUnit unit = catalog.retire(code, retirement == null ? null : retirement.validTo(), ifMatch,
                caller.getName());
        return Response.ok(mapper.toView(unit)).tag(ETags.of(unit.version)).build();
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "getUnitHistory",
            summary = "A unit's history", description = "Role catalog-admin. Every change of the unit, newest first.")
    @APIResponse(responseCode = "200", description = "One page of the history",
            content = @Content(schema = @Schema(implementation =
                    vn.motcua.catalog.history.HistoryPage.class)))
    public Response history(
            @Parameter(description = "unit code", example = "000.00.63.H26") @PathParam("code") String code,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        FieldErrors errors = new FieldErrors();
        PageRequest request = paging.parse(errors);
        errors.throwIfAny();
        catalog.get(code);
        return PageLinks.ok(changeLog.history(RecordKind.UNIT, code, request).map(changeMapper::toView), uri);
    }

    /** For the OpenAPI document only: a page of units. */
    @Schema(name = "UnitPage")
    public abstract static class UnitPage extends PageSchema {
        public List<UnitView> items;
    }
}
