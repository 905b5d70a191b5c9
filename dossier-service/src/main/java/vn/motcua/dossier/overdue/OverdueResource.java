package vn.motcua.dossier.overdue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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
import vn.motcua.dossier.Roles;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.dossier.query.QueryParams;

@Path("/api/v1/dossiers/overdue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Intake and the dossiers of your unit")
@SecurityRequirement(name = "SecurityScheme")
public class OverdueResource {

    static final int MAX_PER_UNIT = 100;

    private final OverdueQueries queries;
    private final JsonWebToken token;

    public OverdueResource(OverdueQueries queries, JsonWebToken token) {
        this.queries = queries;
        this.token = token;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST})
    @Operation(operationId = "listOverdueDossiers",
            summary = "Overdue dossiers per unit", description = "Dossiers the overdue check marked (pending, "
            + "RECEIVED or IN_PROGRESS, past their due date) that are not finished yet, grouped by unit (by unit "
            + "code), each unit with its count and its `perUnit` earliest-due dossiers. A dossier waiting for a "
            + "requested supplement does not become overdue (its clock stands still), but one already overdue "
            + "stays so until it is resolved or a received supplement gives it a new due date. Role officer: the "
            + "units of your token and below; role analyst: every unit, applicant names masked. `unit` narrows to "
            + "a unit and its sub-units (outside your reach: nothing). Units are paged: `page` from 0, `size` "
            + "1–100 (default 20), Link rel=next/prev; totals over all pages in the body.")
    @APIResponse(responseCode = "200", description = "One page of units with their overdue dossiers",
            headers = @Header(name = "Link", description = "URLs of the next and previous pages",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OverdueReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range")
    public Response overdue(
            @Parameter(description = "a unit code: that unit and its sub-units", example = "000.00.61.H26")
            @QueryParam("unit") String unit,
            @Parameter(description = "dossiers listed per unit, 1–100, default 20", example = "5",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("perUnit") String perUnit,
            @Parameter(description = "page of units from 0", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "10000")) @QueryParam("page") String page,
            @Parameter(description = "units per page 1–100, default 20", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        String unitCode = params.unitCode("unit", unit);
        int perUnitCount = params.integer("perUnit", perUnit, 20, 1, MAX_PER_UNIT);
        int pageNumber = params.page(page);
        int pageSize = params.size(size);
        params.check();
        OverdueReport report = queries.report(Viewer.of(token), unitCode, pageNumber, pageSize, perUnitCount);
        return QueryParams.withLinks(Response.ok(report), uri, report.page(), report.size(), report.totalUnits(),
                report.hasNext()).build();
    }
}
