package vn.motcua.dossier.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.motcua.dossier.intake.DossierResource;
import vn.motcua.dossier.intake.DossierView;
import vn.motcua.dossier.intake.Intake;
import vn.motcua.dossier.query.Viewer;
import vn.motcua.events.Outcome;

/**
 * The processing workflow of a dossier: each transition is a POST for role officer of the dossier's unit, with
 * If-Match carrying the ETag of the dossier the officer saw (428 without it, 412 when stale). An action the
 * state does not allow is 409 naming {@code currentState} and {@code allowedActions}.
 */
@Path("/api/v1/dossiers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossier workflow", description = "Processing a dossier of your unit and its history")
@SecurityRequirement(name = "SecurityScheme")
public class WorkflowResource {

    static final String ID_DOC = "The dossier's id";

    private final Workflow workflow;
    private final JsonWebToken token;

    public WorkflowResource(Workflow workflow, JsonWebToken token) {
        this.workflow = workflow;
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
    public Response start(@BeanParam TransitionTarget target, Requests.Note body) {
        Requests.Errors errors = new Requests.Errors();
        String note = errors.optional("note", body == null ? null : body.note());
        errors.check();
        return done(workflow.act(target.id, caller(), target.ifMatch, Action.START, note, null));
    }

    @POST
    @Path("/supplement-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "requestSupplement",
            summary = "Request a supplement", description = "IN_PROGRESS → SUPPLEMENT_REQUESTED, with the "
            + "list of missing items.")
    @APIResponse(responseCode = "200", description = "The dossier after the transition",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response requestSupplement(
            @BeanParam TransitionTarget target,
            Requests.Supplement body) {
        Requests.Errors errors = new Requests.Errors();
        List<String> items = new ArrayList<>();
        if (body == null || body.missingItems() == null || body.missingItems().isEmpty()) {
            errors.add("missingItems", "list at least one missing item");
        } else if (body.missingItems().size() > Requests.MAX_ITEMS) {
            errors.add("missingItems", "at most " + Requests.MAX_ITEMS + " items");
        } else {
            for (int i = 0; i < body.missingItems().size(); i++) {
                String item = body.missingItems().get(i);
                String field = "missingItems[" + i + "]";
                if (item == null || item.isBlank()) {
                    errors.add(field, "must not be blank");
                } else if (item.strip().length() > Requests.MAX_ITEM) {
                    errors.add(field, "must be at most " + Requests.MAX_ITEM + " characters");
                } else {
                    items.add(item.strip());
                }
            }
        }
        String note = errors.optional("note", body == null ? null : body.note());
        errors.check();
        return done(workflow.act(target.id, caller(), target.ifMatch, Action.REQUEST_SUPPLEMENT, note,
                Workflow.supplementRequested(List.copyOf(items))));
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
    public Response supplementReceived(@BeanParam TransitionTarget target, Requests.Note body) {
        Requests.Errors errors = new Requests.Errors();
        String note = errors.optional("note", body == null ? null : body.note());
        errors.check();
        return done(workflow.act(target.id, caller(), target.ifMatch, Action.RECEIVE_SUPPLEMENT, note,
                workflow.supplementReceived()));
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
            Requests.Resolve body) {
        Requests.Errors errors = new Requests.Errors();
        Outcome outcome = null;
        String raw = body == null ? null : body.outcome();
        if (raw == null || raw.isBlank()) {
            errors.add("outcome", "is required: APPROVED or REJECTED");
        } else if (raw.equals("APPROVED") || raw.equals("REJECTED")) {
            outcome = Outcome.valueOf(raw);
        } else {
            errors.add("outcome", "must be APPROVED or REJECTED");
        }
        String reason = body == null ? null : body.reason();
        if (outcome == Outcome.REJECTED) {
            reason = errors.required("reason", reason);
        } else {
            reason = errors.optional("reason", reason);
            if (outcome == Outcome.APPROVED && reason != null) {
                errors.add("reason", "only a rejection has a reason");
            }
        }
        String note = errors.optional("note", body == null ? null : body.note());
        errors.check();
        return done(workflow.act(target.id, caller(), target.ifMatch, Action.RESOLVE, note,
                Workflow.resolve(outcome, reason)));
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
    public Response returnResult(@BeanParam TransitionTarget target, Requests.Note body) {
        Requests.Errors errors = new Requests.Errors();
        String note = errors.optional("note", body == null ? null : body.note());
        errors.check();
        return done(workflow.act(target.id, caller(), target.ifMatch, Action.RETURN, note, null));
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
            Requests.Withdraw body) {
        Requests.Errors errors = new Requests.Errors();
        String note = errors.required("note", body == null ? null : body.note());
        errors.check();
        return done(workflow.act(target.id, caller(), target.ifMatch, Action.WITHDRAW, note, Workflow.withdraw()));
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
            Requests.Refuse body) {
        Requests.Errors errors = new Requests.Errors();
        String reason = errors.required("reason", body == null ? null : body.reason());
        errors.check();
        return done(workflow.act(target.id, caller(), target.ifMatch, Action.REFUSE, null,
                Workflow.refuse(reason)));
    }

    @POST
    @Path("/apology")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "recordApology",
            summary = "Record the apology letter of a late dossier", description = "Only for a dossier past "
            + "its due date and not resolved on time; the state stays. The new appointment date (a working day "
            + "after today) does not change the due date: the dossier stays late.")
    @APIResponse(responseCode = "200", description = "The dossier with its appointment date",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response apology(
            @BeanParam TransitionTarget target,
            Requests.Apology body) {
        Requests.Errors errors = new Requests.Errors();
        LocalDate appointment = errors.date("appointmentDate", body == null ? null : body.appointmentDate());
        String note = errors.optional("note", body == null ? null : body.note());
        errors.check();
        return done(workflow.act(target.id, caller(), target.ifMatch, Action.APOLOGIZE, note,
                workflow.apology(appointment)));
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
        List<HistoryView> items = workflow.history(id, Viewer.of(token));
        return new DossierHistory(id, items.size(), items);
    }

    private static Response done(DossierView dossier) {
        return Response.ok(dossier).tag(DossierResource.etag(dossier)).build();
    }

    private Intake.Caller caller() {
        Object unit = token.getClaim("unit");
        if (unit instanceof jakarta.json.JsonString string) {
            unit = string.getString();
        }
        return new Intake.Caller(token.getName(), unit == null ? null : unit.toString());
    }
}
