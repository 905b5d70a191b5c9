package vn.motcua.dossier.query;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
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
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.problem.SupportedDates;

/** Staff reads: the dossiers within the caller's reach, filtered and paged, and one dossier in full. */
@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Intake and the dossiers of your unit")
@SecurityRequirement(name = "SecurityScheme")
public class DossierQueryResource {

    private static final String REACH = "Role officer: the dossiers of the unit in your token and of its sub-units "
            + "(units recorded above the dossier's unit at intake), with full applicant data. Role analyst: any "
            + "unit, applicant data masked (name as initials, citizen ID / tax code / phone but the last 3 digits "
            + "starred, e-mail as first character and domain, no address, no note). Role commune-system: only the "
            + "dossiers it filed, masked the same way.";

    private final DossierQueries queries;
    private final JsonWebToken token;

    public DossierQueryResource(DossierQueries queries, JsonWebToken token) {
        this.queries = queries;
        this.token = token;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.COMMUNE_SYSTEM})
    @Operation(operationId = "listDossiers",
            summary = "List and filter dossiers", description = REACH + " The reach is applied on the server "
            + "whatever the filters ask: `unit` outside it gives an empty page, never another unit's data. Filters "
            + "combine with AND; `status` and `channel` take several values (repeated or comma-separated). Dates "
            + "are business dates (Asia/Ho_Chi_Minh) from " + SupportedDates.RANGE + ", both ends included. "
            + "Newest first (received time, then id). "
            + "Paged: `page` from 0 (at most 10000), `size` 1–100 (default 20); `total` in the body, Link "
            + "rel=next/prev. A bad parameter is 400 naming it.")
    @APIResponse(responseCode = "200", description = "One page of dossiers",
            headers = @Header(name = "Link", description = "URLs of the next and previous pages",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DossierPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed, unknown or out of range")
    public Response list(
            @Parameter(description = "lifecycle state(s)", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = vn.motcua.dossier.core.DossierStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = "procedure code", example = "1.001193") @QueryParam("procedureCode")
            String procedureCode,
            @Parameter(description = "field (lĩnh vực) code", example = "HT") @QueryParam("fieldCode") String fieldCode,
            @Parameter(description = "channel(s)", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = vn.motcua.events.Channel.class))
            @QueryParam("channel") List<String> channel,
            @Parameter(description = "received on or after, yyyy-MM-dd", example = "2026-07-01")
            @QueryParam("receivedFrom") String receivedFrom,
            @Parameter(description = "received on or before, yyyy-MM-dd", example = "2026-07-31")
            @QueryParam("receivedTo") String receivedTo,
            @Parameter(description = "due on or after, yyyy-MM-dd", example = "2026-07-16")
            @QueryParam("dueFrom") String dueFrom,
            @Parameter(description = "due on or before, yyyy-MM-dd", example = "2026-07-31")
            @QueryParam("dueTo") String dueTo,
            @Parameter(description = "true: unfinished and marked overdue by the overdue check; false: the others",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "resolved (APPROVED or REJECTED) before, on or after the due date",
                    schema = @Schema(enumeration = {"EARLY", "ON_TIME", "LATE"})) @QueryParam("timeliness")
            String timeliness,
            @Parameter(description = "exact receipt code", example = DossierView.EXAMPLE_RECEIPT_CODE)
            @QueryParam("receiptCode") String receiptCode,
            @Parameter(description = "part of the applicant's name, 2–200 characters, ignoring case and "
                    + "diacritics (\"nguyen van anh\" finds \"Nguyễn Văn Ánh\")", example = "nguyen van")
            @QueryParam("applicantName") String applicantName,
            @Parameter(description = "a unit code: dossiers of that unit and its sub-units", example = "000.00.61.H26")
            @QueryParam("unit") String unit,
            @Parameter(description = "which side of an inter-linked dossier (một cửa liên thông) the unit (`unit`, "
                    + "else the unit in your token) is on: RECEIVING (dossiers it, or a unit below it, received) or "
                    + "RESOLVING (dossiers it, or a unit below it, resolves); absent: both",
                    schema = @Schema(enumeration = {"RECEIVING", "RESOLVING"})) @QueryParam("unitRole") String unitRole,
            @Parameter(description = "page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "10000")) @QueryParam("page") String page,
            @Parameter(description = "page size 1–100, default 20", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        DossierFilter filter = DossierFilter.parse(new DossierFilter.Params(status, procedureCode, fieldCode, channel,
                receivedFrom, receivedTo, dueFrom, dueTo, overdue, timeliness, receiptCode, applicantName, unit, unitRole,
                page, size));
        DossierPage result = queries.list(filter, Viewer.of(token));
        return QueryParams.withLinks(Response.ok(result), uri, result.page(), result.size(), result.total(),
                result.hasNext()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.COMMUNE_SYSTEM})
    @Operation(operationId = "getDossier",
            summary = "One dossier", description = REACH + " Any other dossier is 404, the same answer as an "
            + "unknown id, so its existence does not leak. The ETag is the dossier's version: send it in If-Match "
            + "with a transition.")
    @APIResponse(responseCode = "200", description = "The dossier",
            headers = @Header(name = "ETag", description = "the dossier's version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "404", description = "No such dossier within your reach")
    public Response one(
            @Parameter(description = "The dossier's id", example = DossierView.EXAMPLE_ID) @PathParam("id") UUID id) {
        DossierView dossier = queries.one(id, Viewer.of(token));
        return Response.ok(dossier).tag(DossierView.etag(dossier)).build();
    }
}
