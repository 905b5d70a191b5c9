package vn.motcua.dossier.forms;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.Roles;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.core.Viewer;

@Path("/api/v1/dossiers/{id}/receipt")
@Produces(Printed.PDF)
@Tag(name = "Receipt slip", description = "The receipt-and-appointment slip of a dossier, as PDF")
@SecurityRequirement(name = "SecurityScheme")
public class ReceiptSlipResource {

    private static final String WHO = "Role officer of the dossier's unit, or the commune-system that filed it; 404 "
            + "for any other dossier. ";
    private static final String WHAT = "An A5 PDF in Vietnamese: form 01 of Circular 03/2025/TT-VPCP (giấy tiếp "
            + "nhận hồ sơ và hẹn trả kết quả; wording after form 01 of Circular 01/2018/TT-VPCP): unit, receipt code, "
            + "applicant, procedure, "
            + "documents received, received time, appointment date (the due date in force), and two QR codes: "
            + "public tracking (receipt code and lookup secret) and the satisfaction survey (survey token). "
            + "Neither secret is stored readable: the lookup secret only as a hash, the survey token sealed under "
            + "the lookup secret of intake, so only a slip printed with that secret carries the survey code. ";

    private final ReceiptSlips slips;
    private final JsonWebToken token;

    public ReceiptSlipResource(ReceiptSlips slips, JsonWebToken token) {
        this.slips = slips;
        this.token = token;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE_SYSTEM})
    @Operation(operationId = "getReceiptSlip",
            summary = "Print the receipt slip", description = WHO + WHAT + "The lookup secret is stored only "
            + "as a hash: send the lookupSecret of the intake response in X-Lookup-Secret (400 without it, 422 "
            + "when it does not match). Lost it? POST to this URL reissues the slip with a new secret.")
    @APIResponse(responseCode = "200", description = "The slip",
            content = @Content(mediaType = Printed.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response print(
            @Parameter(description = "The dossier's id", example = DossierView.EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "The lookupSecret of the intake response",
                    example = DossierView.EXAMPLE_LOOKUP_SECRET,
                    schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(ReceiptSlips.SECRET_HEADER) String secret) {
        return slips.print(id, Viewer.of(token), secret).response();
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE_SYSTEM})
    @Operation(operationId = "reissueReceiptSlip",
            summary = "Reissue the receipt slip with a new lookup secret", description = WHO + WHAT
            + "For an applicant who lost the slip, or a desk that no longer has the intake response: generates a "
            + "new lookup secret, so the old secret and every slip printed with it stop working for tracking, and "
            + "answers the slip carrying the new one. The survey token does not change, but it cannot be read "
            + "back without the old secret: the reissued slip has no survey QR code (it points the applicant to "
            + "the first slip or the desk's kiosk), and neither has a slip printed later with the new secret. Each "
            + "call issues another secret: the last slip printed is the valid one.")
    @APIResponse(responseCode = "200", description = "The slip with the new secret",
            content = @Content(mediaType = Printed.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response reissue(
            @Parameter(description = "The dossier's id", example = DossierView.EXAMPLE_ID) @PathParam("id") UUID id) {
        return slips.reissue(id, Viewer.of(token)).response();
    }
}
