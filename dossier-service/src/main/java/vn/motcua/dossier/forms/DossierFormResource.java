package vn.motcua.dossier.forms;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/dossiers/{id}/forms")
@Produces(Printed.PDF)
@Tag(name = DossierFormResource.TAG, description = DossierFormResource.TAG_DOC)
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE_SYSTEM})
public class DossierFormResource {

    static final String TAG = "Dossier forms";
    static final String TAG_DOC = "The forms of Circular 03/2025/TT-VPCP: a dossier's slips and letters, a unit's "
            + "register";

    private static final String COMMON = " In Vietnamese, with the unit, the national heading, the receipt code and "
            + "a QR code that opens public tracking. Role officer of the dossier's unit or a parent unit, or the "
            + "commune-system that filed it; 404 for any other dossier, as for an unknown id. The lookup secret is "
            + "stored only as a hash: send it in X-Lookup-Secret and the QR link carries it, as the receipt slip's "
            + "does (422 when it does not match); without it the link names the dossier and tracking asks for the "
            + "secret printed on the receipt slip. The annex of the circular could not be read here: titles are the "
            + "2025 ones, wording after the forms of Circular 01/2018/TT-VPCP.";
    private static final String PDF_DOC = "The form";

    /** Which dossier, and the lookup secret its QR link may carry. */
    public static class Form {
        @Parameter(description = "The dossier's id", example = DossierView.EXAMPLE_ID)
        @PathParam("id")
        public UUID id;

        @Parameter(description = "The dossier's lookup secret, optional: the QR link carries it when it matches",
                example = DossierView.EXAMPLE_LOOKUP_SECRET, schema = @Schema(type = SchemaType.STRING))
        @HeaderParam(FormAccess.SECRET_HEADER)
        public String secret;
    }

    private final DossierForms forms;
    private final JsonWebToken token;

    public DossierFormResource(DossierForms forms, JsonWebToken token) {
        this.forms = forms;
        this.token = token;
    }

    @GET
    @Path("/supplement-request")
    @Operation(operationId = "getSupplementRequestSlip", summary = "Print the supplement request (form 02)",
            description = "Form 02, phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, A5: the latest supplement request's "
                    + "missing items, which request it is (the second and later count in Decision 766/QĐ-TTg) and "
                    + "that the clock restarts once the dossier is complete. 409 when no supplement was requested."
                    + COMMON)
    @APIResponse(responseCode = "200", description = PDF_DOC,
            content = @Content(mediaType = Printed.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "No supplement was requested for this dossier")
    public Response supplementRequest(@BeanParam Form form) {
        return forms.supplementRequest(form.id, Viewer.of(token), form.secret).response();
    }

    @GET
    @Path("/refusal")
    @Operation(operationId = "getRefusalSlip", summary = "Print the refusal slip (form 03)",
            description = "Form 03, phiếu từ chối tiếp nhận giải quyết hồ sơ, A5: for a dossier refused at intake "
                    + "(REFUSED) or resolved as REJECTED, with the reason given. 409 for any other dossier, a STOPPED "
                    + "one too (its outcome is REJECTED, its paper the stop notice, form 05)." + COMMON)
    @APIResponse(responseCode = "200", description = PDF_DOC,
            content = @Content(mediaType = Printed.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The dossier was neither refused nor rejected")
    public Response refusal(@BeanParam Form form) {
        return forms.refusal(form.id, Viewer.of(token), form.secret).response();
    }

    @GET
    @Path("/apology")
    @Operation(operationId = "getApologyLetter", summary = "Print the apology letter (form 04)",
            description = "Form 04, văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết, A5: for a late "
                    + "dossier whose apology was recorded (recordApology): the appointment of the receipt it missed, "
                    + "the reason and the new appointment date. When the apology extended the time, the reason is "
                    + "the extension's and the letter gives the new due date; otherwise the reason is the apology's "
                    + "note. The latest apology is printed. 409 when no apology was recorded." + COMMON)
    @APIResponse(responseCode = "200", description = PDF_DOC,
            content = @Content(mediaType = Printed.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "No apology was recorded for this dossier")
    public Response apology(@BeanParam Form form) {
        return forms.apology(form.id, Viewer.of(token), form.secret).response();
    }

    @GET
    @Path("/stop-notice")
    @Operation(operationId = "getStopNotice", summary = "Print the stop notice (form 05)",
            description = "Form 05, thông báo về việc dừng giải quyết hồ sơ, A5: for a dossier whose processing was "
                    + "stopped (STOPPED, stopDossier): the unit, the time of the stop and its reason. 409 for any "
                    + "other dossier." + COMMON)
    @APIResponse(responseCode = "200", description = PDF_DOC,
            content = @Content(mediaType = Printed.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The dossier's processing was not stopped")
    public Response stopNotice(@BeanParam Form form) {
        return forms.stopNotice(form.id, Viewer.of(token), form.secret).response();
    }

    @GET
    @Path("/control")
    @Operation(operationId = "getControlSlip", summary = "Print the processing control slip (form 06)",
            description = "Form 06, phiếu kiểm soát quá trình giải quyết hồ sơ, A4 (seven columns do not fit A5): "
                    + "intake and every step after it with its unit, actor and time, the due date in force then (a "
                    + "received supplement restarts it) and whether the step came early, on time or late. Notes are "
                    + "printed for officers only. For a dossier in any state." + COMMON)
    @APIResponse(responseCode = "200", description = PDF_DOC,
            content = @Content(mediaType = Printed.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response control(@BeanParam Form form) {
        return forms.control(form.id, Viewer.of(token), form.secret).response();
    }
}
