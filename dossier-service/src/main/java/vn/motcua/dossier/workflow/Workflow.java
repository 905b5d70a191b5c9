package vn.motcua.dossier.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.dossier.UnitScope;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.intake.Dossier;
import vn.motcua.dossier.intake.DossierMapper;
import vn.motcua.dossier.intake.DossierStatus;
import vn.motcua.dossier.intake.DossierView;
import vn.motcua.dossier.intake.Intake;
import vn.motcua.dossier.query.Viewer;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.outbox.Outbox;
import vn.motcua.problem.IfMatch;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Performs one transition in one transaction: the dossier row is locked, its version must be the one the client
 * saw (If-Match), the state machine must allow the action; the change, its history entry and (on RESOLVED and
 * WITHDRAWN) the {@code dossier-resolved} outbox row commit together.
 */
@ApplicationScoped
public class Workflow {

    /** What an action changes besides the state; returns the history entry's details (may be null). */
    @FunctionalInterface
    public interface Change {
        Map<String, Object> apply(Dossier dossier, OffsetDateTime now);
    }

    private final UnitScope scope;
    private final DossierMapper mapper;
    private final Outbox outbox;
    private final WorkingCalendar calendar;

    public Workflow(UnitScope scope, DossierMapper mapper, Outbox outbox, WorkingCalendar calendar) {
        this.scope = scope;
        this.mapper = mapper;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    @Transactional
    public DossierView act(UUID id, Intake.Caller caller, String ifMatch, Action action, String note, Change change) {
        Dossier dossier = Dossier.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (dossier == null || !scope.covers(caller, dossier)) {
            throw ProblemException.notFound("no dossier " + id + " at your unit");
        }
        IfMatch.requireMatch(ifMatch, dossier.version, "dossier " + id);
        OffsetDateTime now = OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE).truncatedTo(ChronoUnit.MICROS);
        DossierStatus from = dossier.status;
        Lifecycle.Facts facts = new Lifecycle.Facts(Punctuality.late(dossier.resolvedAt, dossier.dueAt, now),
                dossier.apologyAt != null);
        DossierStatus to;
        try {
            to = Lifecycle.apply(from, action, facts);
        } catch (IllegalTransitionException e) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, e.getMessage())
                    .with("currentState", e.currentState().name())
                    .with("action", e.action().name())
                    .with("allowedActions", e.allowedActions().stream().map(Enum::name).toList());
        }
        Map<String, Object> details = change == null ? null : change.apply(dossier, now);
        dossier.status = to;

        HistoryEntry entry = new HistoryEntry();
        entry.dossierId = dossier.id;
        entry.at = now;
        entry.actor = caller.name();
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.note = note;
        entry.details = details == null || details.isEmpty() ? null : details;
        entry.persist();

        if (action == Action.RESOLVE || action == Action.WITHDRAW) { // not an apology that keeps RESOLVED
            outbox.append(Topics.DOSSIER_RESOLVED, EventTypes.DOSSIER_RESOLVED_V1, dossier.id, dossier.receiptCode,
                    dossier.resolvedAt, resolvedEvent(dossier));
        }
        Dossier.getEntityManager().flush();
        return mapper.toView(dossier);
    }

    /** The transitions of a dossier the viewer may read, intake first, notes as {@link Viewer#note} shows them. */
    @Transactional
    public List<HistoryView> history(UUID id, Viewer viewer) {
        Dossier dossier = Dossier.findById(id);
        if (dossier == null || !viewer.reads(dossier, scope)) {
            throw ProblemException.notFound("no dossier " + id + " at your unit");
        }
        List<HistoryView> items = new ArrayList<>();
        items.add(new HistoryView(inZone(dossier.receivedAt), dossier.receivedBy, "RECEIVE", null,
                DossierStatus.RECEIVED, viewer.note(dossier.note), null));
        List<HistoryEntry> entries = HistoryEntry.list("dossierId = ?1 order by id", id);
        for (HistoryEntry e : entries) {
            items.add(new HistoryView(inZone(e.at), e.actor, e.action.name(), e.fromStatus, e.toStatus,
                    viewer.note(e.note), e.details));
        }
        return items;
    }

    /** The payload of dossier-resolved: the identifying fields of dossier-received, the outcome and timeliness. */
    public DossierResolvedV1 resolvedEvent(Dossier d) {
        Timeliness timeliness = Punctuality.of(d.resolvedAt, d.dueAt);
        return new DossierResolvedV1(d.id, d.receiptCode, d.procedureCode, d.procedureName, d.fieldCode, d.fieldName,
                d.unitCode, d.unitName, d.unitLevel, d.channel, d.onlineLevel, inZone(d.receivedAt), inZone(d.dueAt),
                d.outcome, inZone(d.resolvedAt), timeliness, timeliness != Timeliness.LATE,
                calendar.workingDaysBetween(d.receivedAt, d.resolvedAt), d.unitAncestorCodes);
    }

    static OffsetDateTime inZone(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime();
    }

    // --- the changes of each action ---

    public static Change resolve(Outcome outcome, String reason) {
        return (d, now) -> {
            d.outcome = outcome;
            d.outcomeReason = reason;
            d.resolvedAt = now;
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("outcome", outcome.name());
            if (reason != null) {
                details.put("reason", reason);
            }
            details.put("timeliness", Punctuality.of(now, d.dueAt).name());
            return details;
        };
    }

    public static Change refuse(String reason) {
        return (d, now) -> {
            d.outcomeReason = reason;
            return Map.of("reason", reason);
        };
    }

    public static Change supplementRequested(List<String> missingItems) {
        return (d, now) -> Map.of("missingItems", missingItems);
    }

    public Change supplementReceived() {
        return (d, now) -> {
            OffsetDateTime previous = d.dueAt;
            d.dueAt = calendar.dueAt(now, d.processingDays);
            d.overdueAt = null; // the new due date is in the future: overdue again only once it passes
            return Map.of("previousDueAt", inZone(previous).toString(), "dueAt", inZone(d.dueAt).toString());
        };
    }

    public Change apology(java.time.LocalDate appointment) {
        return (d, now) -> {
            java.time.LocalDate today = WorkingCalendar.businessDate(now);
            if (!appointment.isAfter(today)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "appointmentDate: must be after today ("
                        + today + ")", List.of(new vn.motcua.problem.FieldError("appointmentDate",
                                "must be after today (" + today + ")")));
            }
            if (!calendar.isWorkingDay(appointment)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "appointmentDate: " + appointment
                        + " is not a working day", List.of(new vn.motcua.problem.FieldError("appointmentDate",
                                "must be a working day")));
            }
            d.apologyAt = now;
            d.appointmentDate = appointment;
            return Map.of("appointmentDate", appointment.toString());
        };
    }

    public static Change withdraw() {
        return (d, now) -> {
            d.outcome = Outcome.WITHDRAWN;
            d.resolvedAt = now;
            return Map.of("timeliness", Punctuality.of(now, d.dueAt).name());
        };
    }
}
