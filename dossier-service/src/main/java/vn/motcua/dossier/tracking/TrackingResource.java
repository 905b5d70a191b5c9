package vn.motcua.dossier.tracking;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.core.DossierView;

@Path("/api/v1/public/dossiers/{receiptCode}")
@PermitAll
@Tag(name = "Public tracking", description = "Where a dossier is, for whoever holds its receipt slip (no token)")
public class TrackingResource {

    public static final String SECRET_HEADER = "X-Lookup-Secret";

    private final Tracking tracking;

    public TrackingResource(Tracking tracking) {
        this.tracking = tracking;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "trackDossier",
            summary = "Track a dossier by receipt code and lookup secret",
            description = "No token: the receipt code and the lookup secret printed on the receipt slip are the "
                    + "credential. Send the secret in the X-Lookup-Secret header, or in the query parameter "
                    + "`secret` (the slip's QR code does); case, spaces and dashes do not matter. Answers the "
                    + "status, procedure, unit, received and due dates, the outcome once resolved, and every step "
                    + "with its date; never applicant data, staff names, notes or reasons. An unknown code and a "
                    + "wrong secret both answer the same 404. Failures are counted per client address, over all "
                    + "codes and per code: past either limit (by default 20 over all codes, 5 on one code, in 15 "
                    + "minutes) that client's lookups, even with the right secret, answer 429 with Retry-After "
                    + "until the window ends. Other clients are not affected: the right secret from them works.")
    @APIResponse(responseCode = "200", description = "The dossier's public status and steps",
            content = @Content(schema = @Schema(implementation = TrackingView.class)))
    @APIResponse(responseCode = "400", description = "Malformed receipt code, or no secret")
    @APIResponse(responseCode = "404", description = "Unknown receipt code or wrong secret (indistinguishable)")
    @APIResponse(responseCode = "429", description = "Too many failed lookups from this client (over all codes or on this one)")
    public Response track(
            @Parameter(description = "As printed on the slip", example = DossierView.EXAMPLE_RECEIPT_CODE)
            @PathParam("receiptCode") String receiptCode,
            @Parameter(description = "The lookup secret printed on the slip",
                    example = DossierView.EXAMPLE_LOOKUP_SECRET,
                    schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(SECRET_HEADER) String secretHeader,
            @Parameter(description = "The lookup secret, for links such as the slip's QR code; the header wins "
                    + "when both are sent", example = DossierView.EXAMPLE_LOOKUP_SECRET)
            @QueryParam("secret") String secretQuery,
            @Context HttpServerRequest request) {
        // the answer depends on a secret, and its URL may carry one: no cache may keep it
        return Response.ok(tracking.track(receiptCode, Tracking.secret(secretHeader, secretQuery),
                        tracking.client(request))).header("Cache-Control", "no-store").build();
    }
}
