package vn.motcua.dossier.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.core.Action;
import vn.motcua.dossier.core.Caller;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierEvents;
import vn.motcua.dossier.core.DossierMapper;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.core.IllegalTransitionException;
import vn.motcua.dossier.core.UnitScope;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.dossier.files.FileRecords;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Outcome;
import vn.motcua.events.TransferDirection;
import vn.motcua.events.UnitRef;
import vn.motcua.events.Topics;
import vn.motcua.outbox.Outbox;
import vn.motcua.problem.IfMatch;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Performs one transition in one transaction: the dossier row is locked, its version must be the one the client
 * saw (If-Match), the caller's unit must be on the action's side of the dossier (404 otherwise, see
 * {@link Action.Side}), the state machine must allow the action and the dossier must be at the unit whose part it
 * is (409 otherwise); the change, its history entry and (on RESOLVED, WITHDRAWN and STOPPED) the {@code dossier-resolved}
 * or (on a transfer) the {@code dossier-transferred} outbox row commit together.
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
    private final DossierEvents events;
    private final FileRecords files;

    public Workflow(UnitScope scope, DossierMapper mapper, Outbox outbox, WorkingCalendar calendar,
            DossierEvents events, FileRecords files) {
        this.files = files;
        this.scope = scope;
        this.mapper = mapper;
        this.outbox = outbox;
        this.calendar = calendar;
        this.events = events;
    }

    @Transactional
    public DossierView act(UUID id, Caller caller, String ifMatch, Action action, String note, Change change) {
        Dossier dossier = Dossier.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (dossier == null || !scope.covers(caller, dossier, action.side())) {
            // the other unit's part of an inter-linked dossier is not this caller's: as if there were no dossier
            throw ProblemException.notFound("no dossier " + id + " at your unit");
        }
        IfMatch.requireMatch(ifMatch, dossier.version, "dossier " + id);
        OffsetDateTime now = OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE).truncatedTo(ChronoUnit.MICROS);
        DossierStatus to;
        try {
            to = dossier.next(action, now);
        } catch (IllegalTransitionException e) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, e.getMessage())
                    .with("currentState", e.currentState().name())
                    .with("action", e.action().name())
                    // what the dossier allows where it is: no return to the receiver of a single-unit dossier
                    .with("allowedActions", e.allowedActions().stream().filter(a -> dossier.holderProblem(a) == null)
                            .map(Enum::name).toList());
        }
        String elsewhere = action.side() == Action.Side.HOLDER && !scope.holds(caller, dossier)
                ? "the dossier is at unit " + dossier.heldByUnitCode + ", which alone can hand it on"
                : dossier.holderProblem(action);
        if (elsewhere != null) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, elsewhere)
                    .with("currentState", dossier.status.name())
                    .with("action", action.name())
                    .with("heldByUnitCode", dossier.heldByUnitCode);
        }
        UnitRef heldBefore = DossierEvents.holder(dossier);
        OffsetDateTime heldSince = dossier.heldSince;
        Map<String, Object> details = change == null ? null : change.apply(dossier, now);
        HistoryEntry entry = dossier.moveTo(to, action, now, caller.name(), note, details);
        entry.unitCode = caller.unit();
        entry.persist();

        if (action.resolves()) {
            outbox.append(Topics.DOSSIER_RESOLVED, EventTypes.DOSSIER_RESOLVED_V1, dossier.id, dossier.receiptCode,
                    dossier.resolvedAt, events.resolved(dossier, files.counts(dossier.id)));
        }
        if (action.transfers()) {
            outbox.append(Topics.DOSSIER_TRANSFERRED, EventTypes.DOSSIER_TRANSFERRED_V1, dossier.id, dossier.receiptCode,
                    now, DossierEvents.transferred(dossier, heldBefore, DossierEvents.holder(dossier),
                            action == Action.TRANSFER ? TransferDirection.TO_RESOLVER : TransferDirection.TO_RECEIVER,
                            now, calendar.workingDaysBetween(heldSince, now)));
        }
        Dossier.getEntityManager().flush();
        return mapper.toView(dossier);
    }

    /**
     * The transitions of a dossier the viewer may read, intake first, notes as {@link Viewer#note} shows them, with
     * the time each unit held it.
     */
    @Transactional
    public DossierHistory history(UUID id, Viewer viewer) {
        Dossier dossier = Dossier.findById(id);
        if (dossier == null || !viewer.reads(dossier, scope)) {
            throw ProblemException.notFound("no dossier " + id + " at your unit");
        }
        List<HistoryView> items = new ArrayList<>();
        items.add(new HistoryView(Dossier.inBusinessZone(dossier.receivedAt), dossier.receivedBy, dossier.unitCode,
                "RECEIVE", null, DossierStatus.RECEIVED, viewer.note(dossier.note), null));
        List<HistoryEntry> entries = HistoryEntry.list("dossierId = ?1 order by id", id);
        for (HistoryEntry e : entries) {
            items.add(new HistoryView(Dossier.inBusinessZone(e.at), e.actor, e.unitCode, e.action.name(), e.fromStatus,
                    e.toStatus, viewer.note(e.note), e.details));
        }
        OffsetDateTime now = OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE);
        return new DossierHistory(id, items.size(), items, UnitTimes.of(dossier, entries, now, calendar));
    }

    // --- each action's change, owned by the dossier ---

    public static Change resolve(Outcome outcome, String reason) {
        return (d, now) -> d.resolve(outcome, reason, now);
    }

    public static Change refuse(String reason) {
        return (d, now) -> d.refuse(reason);
    }

    public static Change supplementRequested(List<String> missingItems, String reason) {
        return (d, now) -> d.requestSupplement(missingItems, reason);
    }

    public Change supplementReceived() {
        return (d, now) -> d.receiveSupplement(now, calendar);
    }

    public Change apology(LocalDate appointment, Dossier.Extension extension) {
        return (d, now) -> d.apologize(appointment, extension, now, calendar);
    }

    public static Change withdraw() {
        return (d, now) -> d.withdraw(now);
    }

    public static Change stop(String reason) {
        return (d, now) -> d.stop(reason, now);
    }
}
