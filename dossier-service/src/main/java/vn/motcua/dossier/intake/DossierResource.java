package vn.motcua.dossier.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.Roles;
import vn.motcua.dossier.core.Caller;
import vn.motcua.dossier.core.DossierView;

@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Intake and the dossiers of your unit")
@SecurityRequirement(name = "SecurityScheme")
public class DossierResource {

    /** A desk intake of procedure 1.001193 (birth registration) with the components the seed catalog requires. */
    static final String EXAMPLE = """
            {"procedureCode": "1.001193", "unitCode": "000.00.61.H26", "channel": "IN_PERSON",
             "applicant": {"type": "CITIZEN", "name": "Nguyễn Văn A", "citizenId": "001090012345",
                           "phone": "0912345678", "email": "nguyenvana@example.com",
                           "address": "Số 1 đường Ví Dụ, xã Gia Lâm, Hà Nội"},
             "documents": [
               {"component": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0},
               {"component": "Giấy chứng sinh hoặc giấy tờ thay Giấy chứng sinh", "originals": 1, "copies": 0},
               {"component": "Giấy tờ tùy thân (Căn cước/CCCD hoặc Hộ chiếu) hoặc khai thác qua tài khoản định danh \
            điện tử", "originals": 0, "copies": 1}],
             "note": "Nộp thay cho con, có giấy ủy quyền"}""";

    private final Intake intake;
    private final JsonWebToken token;

    public DossierResource(Intake intake, JsonWebToken token) {
        this.intake = intake;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE_SYSTEM})
    @Operation(operationId = "receiveDossier",
            summary = "Receive a dossier",
            description = "Role officer (desk intake) or commune-system (machine intake) of the unit in unitCode. "
                    + "Checks the procedure against the catalog (exists, active and in force today, offered at the "
                    + "unit's level and through the channel, required components present), numbers the dossier in "
                    + "the unit's daily logbook and computes its due date on the working-day calendar. The response "
                    + "carries the lookup secret and survey token, which are not shown again: print them on the "
                    + "receipt. With an Idempotency-Key a retried request returns the same dossier (200) and creates "
                    + "nothing; the same key with another body is 422. 503 with Retry-After when the procedure "
                    + "catalog cannot be reached for a procedure or unit not cached.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntakeRequest.class),
            examples = @ExampleObject(name = "a citizen at the desk", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Received",
            headers = @Header(name = "Location", description = "URL of the new dossier",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier request with the same Idempotency-Key",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response receive(@Valid @NotNull IntakeRequest request,
            @Parameter(description = "Makes a retry safe: same key and body → the same dossier; 8–200 visible "
                    + "ASCII characters, e.g. a UUID; scoped to the caller",
                    schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        Intake.Receipt receipt = intake.receive(request, Caller.of(token), idempotencyKey);
        Response.ResponseBuilder response = receipt.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/v1/dossiers").path(receipt.dossier().id().toString())
                        .build())
                : Response.ok().header("Idempotency-Replayed", "true");
        return response.entity(receipt.dossier()).tag(DossierView.etag(receipt.dossier())).build();
    }

}
