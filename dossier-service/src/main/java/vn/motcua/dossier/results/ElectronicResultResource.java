package vn.motcua.dossier.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.Roles;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.dossier.files.DossierFileResource;

/** The officer attaches a dossier's electronic result documents. */
@Path("/api/v1/dossiers/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Electronic results", description = "Result documents of a dossier, downloaded by the citizen")
@SecurityRequirement(name = "SecurityScheme")
public class ElectronicResultResource {

    private final ElectronicResults results;
    private final JsonWebToken token;

    public ElectronicResultResource(ElectronicResults results, JsonWebToken token) {
        this.results = results;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "attachElectronicResult", summary = "Attach an electronic result document",
            description = "Role officer of the dossier's unit or a unit above it; 404 for any other dossier, as for "
            + "an unknown id. The body is the document itself, streamed (the type is decided by its bytes): a PDF, "
            + "or an XML or JSON data file; anything else is 415. The metadata are query parameters. The dossier "
            + "must be IN_PROGRESS (attach the result, then resolve: the dossier-resolved event says "
            + "electronicResultIssued when it has one) or RESOLVED (a result attached after resolving is served to "
            + "the citizen but the event has already gone); 409 otherwise (RETURNED included: the result was handed "
            + "over). At most the file limit of component files (20 MiB by default; 413); empty is 400. The citizen "
            + "downloads it (downloadPublicResult) once the dossier is RESOLVED. With the file storage down: 503 "
            + "with Retry-After.")
    @RequestBody(required = true, description = "The document's bytes (a JSON data file too: any Content-Type "
            + "will do, e.g. application/octet-stream)", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored",
            headers = @Header(name = "Location", description = "The citizen's download, under the public tracking "
                    + "path", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ResultView.class)))
    @APIResponse(responseCode = "400", description = "A metadata parameter is missing or malformed, or the body empty")
    @APIResponse(responseCode = "404", description = "No such dossier within your reach")
    @APIResponse(responseCode = "409", description = "The dossier is neither IN_PROGRESS nor RESOLVED")
    @APIResponse(responseCode = "413", description = "Over the file limit")
    @APIResponse(responseCode = "415", description = "Not a PDF, XML or JSON file by its content")
    @APIResponse(responseCode = "503", description = "The file storage cannot be reached",
            headers = @Header(name = "Retry-After", description = "seconds",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response attach(
            @Parameter(description = "The dossier's id", example = DossierView.EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "The result's kind in the procedure's terms (at most 100 characters)",
                    required = true, example = "GIAY_KHAI_SINH") @QueryParam("resultCode") String resultCode,
            @Parameter(description = "Số ký hiệu: the document's number and symbol (at most 100 characters)",
                    required = true, example = "125/GKS-UBND") @QueryParam("numberSymbol") String numberSymbol,
            @Parameter(description = "What the document decides (at most 2000 characters)", required = true,
                    example = "Giấy khai sinh bản điện tử") @QueryParam("summary") String summary,
            @Parameter(description = "The date it was signed", required = true, example = "2026-07-16",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("issueDate") String issueDate,
            @Parameter(description = "Last day it is valid; absent when it does not expire", example = "2031-07-16",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("validUntil") String validUntil,
            @Parameter(description = "The procedure requires the paper original too, to collect at the desk "
                    + "(default false; the catalog's procedures say nothing of it yet)", example = "false",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("paperResultRequired") String paperResultRequired,
            @Context HttpHeaders headers, InputStream body) {
        ResultRules.Metadata metadata = ResultRules.parse(resultCode, numberSymbol, summary, issueDate, validUntil,
                paperResultRequired);
        ElectronicResults.Attached stored = results.attach(id, Viewer.of(token), metadata,
                DossierFileResource.declaredLength(headers), body);
        return Response.created(PublicResultResource.contentUri(stored.receiptCode(), stored.result().id()))
                .entity(stored.result()).build();
    }
}
