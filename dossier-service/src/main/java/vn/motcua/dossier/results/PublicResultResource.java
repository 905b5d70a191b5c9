package vn.motcua.dossier.results;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.files.ContentDisposition;
import vn.motcua.dossier.tracking.Tracking;
import vn.motcua.dossier.tracking.TrackingResource;

/** The citizen's electronic results, by receipt code and lookup secret, under the tracking throttle. */
@Path("/api/v1/public/dossiers/{receiptCode}/results")
@PermitAll
@Tag(name = "Public tracking")
public class PublicResultResource {

    private static final String CREDENTIAL = "No token: the receipt code and the lookup secret of the slip, sent as "
            + "for trackDossier (X-Lookup-Secret header, or query `secret`), with the same answers and the same "
            + "throttle: an unknown code and a wrong secret both answer 404 and count as the client's failure, "
            + "shared with tracking; past the limits that client gets 429 with Retry-After, other clients are not "
            + "affected. ";

    private final ElectronicResults results;
    private final Tracking tracking;

    public PublicResultResource(ElectronicResults results, Tracking tracking) {
        this.results = results;
        this.tracking = tracking;
    }

    static URI contentUri(String receiptCode, UUID resultId) {
        return UriBuilder.fromResource(PublicResultResource.class).path("{resultId}/content")
                .build(receiptCode, resultId);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicResults", summary = "The dossier's electronic results",
            description = CREDENTIAL + "Metadata only (code, number and symbol, summary, dates, whether the paper "
            + "original must be collected too, type, size, SHA-256), oldest first; never personal data or staff "
            + "names. Empty until the dossier is RESOLVED.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(schema = @Schema(implementation = ResultList.class)))
    @APIResponse(responseCode = "400", description = "Malformed receipt code, or no secret")
    @APIResponse(responseCode = "404", description = "Unknown receipt code or wrong secret (indistinguishable)")
    @APIResponse(responseCode = "429", description = "Too many failed lookups from this client")
    public Response list(
            @Parameter(description = "As printed on the slip", example = DossierView.EXAMPLE_RECEIPT_CODE)
            @PathParam("receiptCode") String receiptCode,
            @Parameter(description = "The lookup secret printed on the slip",
                    example = DossierView.EXAMPLE_LOOKUP_SECRET, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(TrackingResource.SECRET_HEADER) String secretHeader,
            @Parameter(description = "The lookup secret, for links; the header wins when both are sent",
                    example = DossierView.EXAMPLE_LOOKUP_SECRET) @QueryParam("secret") String secretQuery,
            @Context HttpServerRequest request) {
        return Response.ok(results.listPublic(receiptCode, Tracking.secret(secretHeader, secretQuery),
                tracking.client(request))).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{resultId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadPublicResult", summary = "Download an electronic result",
            description = CREDENTIAL + "Only once the dossier is RESOLVED or RETURNED (404 before, as for no such "
            + "result). The bytes as stored, streamed and checked against their SHA-256 as for downloadDossierFile, "
            + "with the detected Content-Type, the ETag of the SHA-256, and a file name of the number and symbol in "
            + "Content-Disposition. With the file storage down: 503 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The document", headers = {
            @Header(name = "ETag", description = "the document's SHA-256 (lower-case hex), quoted",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Disposition", description = "attachment with filename and filename* (UTF-8)",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Length", description = "bytes", schema = @Schema(type = SchemaType.INTEGER))},
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Malformed receipt code, or no secret")
    @APIResponse(responseCode = "404", description = "Unknown receipt code or wrong secret (indistinguishable), no "
            + "such result, or the dossier not resolved yet")
    @APIResponse(responseCode = "429", description = "Too many failed lookups from this client")
    @APIResponse(responseCode = "503", description = "The file storage cannot be reached",
            headers = @Header(name = "Retry-After", description = "seconds",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response download(
            @Parameter(description = "As printed on the slip", example = DossierView.EXAMPLE_RECEIPT_CODE)
            @PathParam("receiptCode") String receiptCode,
            @Parameter(description = "The result's id (listPublicResults)", example = ResultView.EXAMPLE_ID)
            @PathParam("resultId") UUID resultId,
            @Parameter(description = "The lookup secret printed on the slip",
                    example = DossierView.EXAMPLE_LOOKUP_SECRET, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(TrackingResource.SECRET_HEADER) String secretHeader,
            @Parameter(description = "The lookup secret, for links; the header wins when both are sent",
                    example = DossierView.EXAMPLE_LOOKUP_SECRET) @QueryParam("secret") String secretQuery,
            @Context HttpServerRequest request) {
        ElectronicResults.Download download = results.downloadPublic(receiptCode,
                Tracking.secret(secretHeader, secretQuery), tracking.client(request), resultId);
        ResultView result = download.result();
        // the URL may carry the secret and the document is the citizen's: no shared cache may keep it
        return Response.ok(download.content(), result.mediaType()).tag(new EntityTag(result.sha256()))
                .header(HttpHeaders.CONTENT_LENGTH, result.size())
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("Cache-Control", "private, no-store").build();
    }
}
