package vn.motcua.dossier.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.Roles;
import vn.motcua.dossier.core.Action;
import vn.motcua.dossier.core.Caller;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.core.Viewer;

/**
 * The processing workflow of a dossier: each transition is a POST for role officer of the dossier's unit, with
 * If-Match carrying the ETag of the dossier the officer saw (428 without it, 412 when stale). An action the
 * state does not allow is 409 naming {@code currentState} and {@code allowedActions}. Of an inter-linked dossier the
 * receiving unit does intake, refusal, supplements, withdrawal and returning the result, the resolving unit the
 * processing (start, resolve, stop, return to the receiver); the other unit's actions are 404, and an action of a unit
 * that does not hold the dossier now is 409 naming {@code heldByUnitCode}.
 */
@Path("/api/v1/dossiers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossier workflow", description = "Processing a dossier of your unit and its history")
@SecurityRequirement(name = "SecurityScheme")
public class WorkflowResource {

    static final String ID_DOC = "The dossier's id";

    private final Workflow workflow;
    private final Transfers transfers;
    private final JsonWebToken token;

    public WorkflowResource(Workflow workflow, Transfers transfers, JsonWebToken token) {
        this.workflow = workflow;
        this.transfers = transfers;
        this.token = token;
    }

    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "startDossier",
            summary = "Start processing", description = "RECEIVED → IN_PROGRESS.")
    @APIResponse(responseCode = "200", description = "The dossier after the transition",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response start(@BeanParam TransitionTarget target, @Valid Requests.Note body) {
        return act(target, Action.START, TransitionRules.note(body), null);
    }

    @POST
    @Path("/supplement-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "requestSupplement",
            summary = "Request a supplement", description = "IN_PROGRESS → SUPPLEMENT_REQUESTED, with the "
            + "list of missing items. The request is numbered (history `details.supplementRequestNumber`, the "
            + "dossier's `supplementRequestCount`): the decree intends one request listing everything, so a second "
            + "needs a `reason` (422 without it) and a third is refused (409).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Supplement.class), examples = {
                @ExampleObject(name = "first", value = """
                        {"missingItems": ["Giấy chứng sinh bản chính"], "note": "Đã gọi điện báo người nộp"}"""),
                @ExampleObject(name = "second", value = """
                        {"missingItems": ["Bản sao giấy chứng sinh có chứng thực"],
                         "reason": "Bản sao giấy chứng sinh đã nộp không có chứng thực"}""")}))
    @APIResponse(responseCode = "200", description = "The dossier after the transition",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response requestSupplement(
            @BeanParam TransitionTarget target,
            @Valid @NotNull Requests.Supplement body) {
        return act(target, Action.REQUEST_SUPPLEMENT, TransitionRules.text(body.note()),
                Workflow.supplementRequested(TransitionRules.missingItems(body), TransitionRules.text(body.reason())));
    }

    @POST
    @Path("/supplement-received")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "receiveSupplement",
            summary = "Record the supplement received", description = "SUPPLEMENT_REQUESTED → IN_PROGRESS. "
            + "The processing clock restarts: the due date is recomputed from now with the procedure's "
            + "processing working days.")
    @APIResponse(responseCode = "200", description = "The dossier after the transition",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response supplementReceived(@BeanParam TransitionTarget target, @Valid Requests.Note body) {
        return act(target, Action.RECEIVE_SUPPLEMENT, TransitionRules.note(body), workflow.supplementReceived());
    }

    @POST
    @Path("/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "resolveDossier",
            summary = "Resolve", description = "IN_PROGRESS → RESOLVED with outcome APPROVED, or REJECTED with "
            + "a reason. Publishes dossier-resolved.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Resolve.class), examples = {
                @ExampleObject(name = "approved", value = """
                        {"outcome": "APPROVED", "note": "Đã trình lãnh đạo xã ký"}"""),
                @ExampleObject(name = "rejected", value = """
                        {"outcome": "REJECTED", "reason": "Giấy chứng sinh không khớp với tờ khai"}""")}))
    @APIResponse(responseCode = "200", description = "The dossier after the transition",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response resolve(
            @BeanParam TransitionTarget target,
            @Valid @NotNull Requests.Resolve body) {
        TransitionRules.Resolution resolution = TransitionRules.resolution(body);
        return act(target, Action.RESOLVE, TransitionRules.text(body.note()),
                Workflow.resolve(resolution.outcome(), resolution.reason()));
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "returnDossier",
            summary = "Return the result", description = "RESOLVED → RETURNED. A late dossier needs an "
            + "apology letter first.")
    @APIResponse(responseCode = "200", description = "The dossier after the transition",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response returnResult(@BeanParam TransitionTarget target, @Valid Requests.Note body) {
        return act(target, Action.RETURN, TransitionRules.note(body), null);
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "withdrawDossier",
            summary = "Withdraw at the applicant's request", description = "RECEIVED, IN_PROGRESS or "
            + "SUPPLEMENT_REQUESTED → WITHDRAWN, with a note. Publishes dossier-resolved (outcome WITHDRAWN).")
    @APIResponse(responseCode = "200", description = "The dossier after the transition",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response withdraw(
            @BeanParam TransitionTarget target,
            @Valid @NotNull Requests.Withdraw body) {
        return act(target, Action.WITHDRAW, TransitionRules.text(body.note()), Workflow.withdraw());
    }

    @POST
    @Path("/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "refuseDossier",
            summary = "Refuse at intake", description = "RECEIVED → REFUSED, with a reason.")
    @APIResponse(responseCode = "200", description = "The dossier after the transition",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response refuse(
            @BeanParam TransitionTarget target,
            @Valid @NotNull Requests.Refuse body) {
        return act(target, Action.REFUSE, null, Workflow.refuse(TransitionRules.text(body.reason())));
    }

    @POST
    @Path("/apology")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "recordApology",
            summary = "Record the apology letter of a late dossier", description = "Only for a dossier past "
            + "its due date and not resolved on time; the state stays. The new appointment date (a working day "
            + "after today) alone does not change the due date. The letter may request to extend the time (form "
            + "04 of Circular 03/2025/TT-VPCP) while the dossier is not yet resolved: `newDueDate` (a working day "
            + "after today and after the due date in force, 422 naming it otherwise) with its `reason`; the dossier "
            + "is then due at the end of that day, `originalDueAt` keeps the due date before the first extension, "
            + "and timeliness stays measured against it: the dossier stays late.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Apology.class), examples = {
                @ExampleObject(name = "apology", value = """
                        {"appointmentDate": "2026-07-20", "note": "Thư xin lỗi số 12/TXL-UBND"}"""),
                @ExampleObject(name = "apologyWithExtension", value = """
                        {"appointmentDate": "2026-07-24", "newDueDate": "2026-07-23",
                         "reason": "Phải xác minh thông tin với UBND xã nơi cư trú trước đây",
                         "note": "Văn bản xin lỗi và đề nghị gia hạn số 12/UBND"}""")}))
    @APIResponse(responseCode = "200", description = "The dossier with its appointment date",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response apology(
            @BeanParam TransitionTarget target,
            @Valid @NotNull Requests.Apology body) {
        return act(target, Action.APOLOGIZE, TransitionRules.text(body.note()),
                workflow.apology(TransitionRules.appointmentDate(body), TransitionRules.extension(body)));
    }

    @POST
    @Path("/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "stopDossier",
            summary = "Stop processing", description = "IN_PROGRESS or SUPPLEMENT_REQUESTED → STOPPED (dừng giải "
            + "quyết, Decree 118/2025/NĐ-CP; the notice is form 05 of Circular 03/2025/TT-VPCP), with the reason "
            + "(`outcomeReason`). It ends the dossier: outcome REJECTED, and dossier-resolved is published with "
            + "`stopped` true. Before processing starts the desk refuses instead (`refuseDossier`).")
    @APIResponse(responseCode = "200", description = "The dossier after the transition",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response stop(
            @BeanParam TransitionTarget target,
            @Valid @NotNull Requests.Stop body) {
        return act(target, Action.STOP, TransitionRules.text(body.note()),
                Workflow.stop(TransitionRules.text(body.reason())));
    }

    @POST
    @Path("/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "transferDossier",
            summary = "Transfer to the resolving unit", description = "One-stop inter-linked (một cửa liên thông, "
            + "Decree 118/2025/NĐ-CP): the unit holding the dossier (RECEIVED or IN_PROGRESS; the state stays) hands it "
            + "to the unit that resolves it, or names another unit competent for the procedure, which then resolves "
            + "it (422 naming `unitCode` when it is not). Records both units and the working days the handing unit "
            + "held it, and publishes dossier-transferred. 409 when your unit does not hold the dossier.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Transfer.class), examples = {
                @ExampleObject(name = "toResolvingUnit", value = """
                        {"note": "Chuyển Sở Nông nghiệp và Môi trường thẩm định"}"""),
                @ExampleObject(name = "toAnotherCompetentUnit", value = """
                        {"unitCode": "000.00.64.H26", "note": "Người nộp cư trú tại xã Phù Đổng"}""")}))
    @APIResponse(responseCode = "200", description = "The dossier after the transfer",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response transfer(@BeanParam TransitionTarget target, @Valid Requests.Transfer body) {
        return act(target, Action.TRANSFER, body == null ? null : TransitionRules.text(body.note()),
                transfers.transfer(body == null ? null : TransitionRules.text(body.unitCode())));
    }

    @POST
    @Path("/return-to-receiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "returnDossierToReceiver",
            summary = "Send back to the receiving unit", description = "The resolving unit of an inter-linked "
            + "dossier sends it back to the unit that received it: RESOLVED, with its result for the applicant, or "
            + "IN_PROGRESS, for the applicant to be told (e.g. of missing items, which the receiving unit then "
            + "requests); the state stays. Records the working days the resolving unit held it and publishes "
            + "dossier-transferred. 409 when the dossier is not at your unit or was received where it is resolved.")
    @APIResponse(responseCode = "200", description = "The dossier after the transfer",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response returnToReceiver(@BeanParam TransitionTarget target, @Valid Requests.Note body) {
        return act(target, Action.RETURN_TO_RECEIVER, TransitionRules.note(body), transfers.returnToReceiver());
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE_SYSTEM})
    @Operation(operationId = "getDossierHistory",
            summary = "The dossier's history", description = "Intake first, then every transition with actor, "
            + "time, from and to state, note and details. Role officer of the dossier's unit or a unit above it, or "
            + "the commune-system that filed it, which sees no notes (as in `GET /api/v1/dossiers/{id}`); 404 for "
            + "any other dossier.")
    @APIResponse(responseCode = "200", description = "The dossier's history",
            content = @Content(schema = @Schema(implementation = DossierHistory.class)))
    public DossierHistory history(@PathParam("id") @Parameter(description = ID_DOC, example = DossierView.EXAMPLE_ID)
            UUID id) {
        return workflow.history(id, Viewer.of(token));
    }

    private Response act(TransitionTarget target, Action action, String note, Workflow.Change change) {
        DossierView dossier = workflow.act(target.id, Caller.of(token), target.ifMatch, action, note, change);
        return Response.ok(dossier).tag(DossierView.etag(dossier)).build();
    }
}
