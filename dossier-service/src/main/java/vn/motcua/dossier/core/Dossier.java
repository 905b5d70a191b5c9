package vn.motcua.dossier.core;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.events.Channel;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Outcome;
import vn.motcua.events.UnitLevel;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemType;

/**
 * A dossier (hồ sơ) with a snapshot of the procedure and unit it was filed under, as the catalog described them
 * at intake. The applicant is personal data; the lookup secret and survey token are kept only as hashes.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "receipt_code", nullable = false, updatable = false)
    public String receiptCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DossierStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    @Column(name = "received_at", nullable = false, updatable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "processing_days", nullable = false, updatable = false)
    public int processingDays;

    @Column(name = "procedure_code", nullable = false, updatable = false)
    public String procedureCode;

    @Column(name = "procedure_name", nullable = false, updatable = false)
    public String procedureName;

    @Column(name = "procedure_version", updatable = false)
    public Integer procedureVersion;

    @Column(name = "field_code", updatable = false)
    public String fieldCode;

    @Column(name = "field_name", updatable = false)
    public String fieldName;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, updatable = false)
    public OnlineLevel onlineLevel;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(name = "unit_name", nullable = false, updatable = false)
    public String unitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, updatable = false)
    public UnitLevel unitLevel;

    /**
     * The unit's parents at intake, nearest first: their officers reach the dossier too (see UnitScope). Null
     * for dossiers received before the hierarchy was recorded.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "unit_ancestor_codes", updatable = false)
    public List<String> unitAncestorCodes;

    /**
     * The unit that resolves the dossier: the receiving unit ({@code unitCode}) itself, or for an inter-linked
     * dossier (một cửa liên thông) a department, the province or another commune (Decree 118/2025/NĐ-CP; see
     * catalog.Jurisdiction). A transfer to another competent unit changes it.
     */
    @Column(name = "resolving_unit_code", nullable = false)
    public String resolvingUnitCode;

    @Column(name = "resolving_unit_name", nullable = false)
    public String resolvingUnitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolving_unit_level", nullable = false)
    public UnitLevel resolvingUnitLevel;

    /** The resolving unit's parents, nearest first: their officers reach the dossier too. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "resolving_unit_ancestor_codes")
    public List<String> resolvingUnitAncestorCodes;

    /** Which of the receiving and the resolving unit has the dossier now; transfers move it. */
    @Column(name = "held_by_unit_code", nullable = false)
    public String heldByUnitCode;

    /** Since when {@link #heldByUnitCode} has it: the start of that unit's share of the processing time. */
    @Column(name = "held_since", nullable = false)
    public OffsetDateTime heldSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    public ApplicantType applicantType;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    @Column(name = "applicant_citizen_id")
    public String applicantCitizenId;

    @Column(name = "applicant_tax_code")
    public String applicantTaxCode;

    @Column(name = "applicant_phone")
    public String applicantPhone;

    @Column(name = "applicant_email")
    public String applicantEmail;

    @Column(name = "applicant_address")
    public String applicantAddress;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DossierDocument> documents;

    public String note;

    @Column(name = "lookup_secret_hash", nullable = false)
    public String lookupSecretHash;

    @Column(name = "survey_token_hash", nullable = false, updatable = false)
    public String surveyTokenHash;

    /** The survey token sealed under the lookup secret of intake (null once that secret was reissued). */
    @Column(name = "survey_token_sealed", updatable = false)
    public byte[] surveyTokenSealed;

    @Column(name = "received_by", nullable = false, updatable = false)
    public String receivedBy;

    /** APPROVED or REJECTED when resolved, WITHDRAWN when withdrawn. */
    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** Why a dossier was REJECTED, or REFUSED at intake. */
    @Column(name = "outcome_reason")
    public String outcomeReason;

    /** When the dossier was resolved or withdrawn. */
    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    /** When the apology letter of a late dossier was recorded. */
    @Column(name = "apology_at")
    public OffsetDateTime apologyAt;

    /** The new appointment date of the apology letter (without an extension it does not change the due date). */
    @Column(name = "appointment_date")
    public LocalDate appointmentDate;

    /**
     * The due date before the first extension an apology letter asked for (form 04 of Circular 03/2025/TT-VPCP):
     * timeliness is measured against it, so an extended dossier stays late. Null when never extended, and again
     * when a received supplement restarts the clock (a new due date by the procedure's own time).
     */
    @Column(name = "original_due_at")
    public OffsetDateTime originalDueAt;

    /** Why the time had to be extended, as the last apology letter with an extension said. */
    @Column(name = "extension_reason")
    public String extensionReason;

    /** How many times a supplement was requested from the applicant (see Lifecycle.MAX_SUPPLEMENT_REQUESTS). */
    @Column(name = "supplement_request_count", nullable = false)
    public int supplementRequestCount;

    /**
     * When the overdue job found the dossier pending past its due date; cleared when a received supplement
     * restarts the clock. A mark, not a lifecycle state.
     */
    @Column(name = "overdue_at")
    public OffsetDateTime overdueAt;

    @Version
    public int version;

    /** Gives this new dossier its lookup secret and survey token, keeping only what may be stored. */
    public Secrets.Issued issueSecrets() {
        Secrets.Issued issued = Secrets.issue(id);
        lookupSecretHash = issued.lookupSecretHash();
        surveyTokenHash = issued.surveyTokenHash();
        surveyTokenSealed = issued.surveyTokenSealed();
        return issued;
    }

    /**
     * Names the unit that resolves the dossier: at intake (the receiving unit holds a new dossier from its receipt),
     * or when a transfer sends it to another competent unit.
     */
    public void assignResolvingUnit(String code, String name, UnitLevel level, List<String> ancestorCodes) {
        resolvingUnitCode = code;
        resolvingUnitName = name;
        resolvingUnitLevel = level;
        resolvingUnitAncestorCodes = ancestorCodes == null ? List.of() : List.copyOf(ancestorCodes);
        if (heldByUnitCode == null) {
            heldByUnitCode = unitCode;
            heldSince = receivedAt;
        }
    }

    /**
     * Why {@code action} cannot be done while the dossier is where it is, or null: the receiving and the resolving
     * side act only while their unit holds the dossier, and only an inter-linked dossier goes back to its receiver.
     */
    public String holderProblem(Action action) {
        if (action == Action.RETURN_TO_RECEIVER && !interLinked()) {
            return "the dossier is resolved by the unit that received it (" + unitCode + "): there is no receiver to "
                    + "return it to";
        }
        if (!heldBy(action.side())) {
            return "the dossier is at unit " + heldByUnitCode + ": " + (action.side() == Action.Side.RESOLVER
                    ? "the receiving unit must transfer it to " + resolvingUnitCode + " first"
                    : "the resolving unit must return it to " + unitCode + " first");
        }
        return null;
    }

    /** Resolved by another unit than the one that received it (một cửa liên thông). */
    public boolean interLinked() {
        return !unitCode.equals(resolvingUnitCode);
    }

    /** Whether the unit {@code side} names holds the dossier now (the receiving or the resolving unit). */
    public boolean heldBy(Action.Side side) {
        return switch (side) {
            case RECEIVER -> heldByUnitCode.equals(unitCode);
            case RESOLVER -> heldByUnitCode.equals(resolvingUnitCode);
            case EITHER, HOLDER -> true;
        };
    }

    /**
     * Hands the dossier to {@code toCode} (the resolving unit, another unit now resolving it, or back to the receiving
     * unit); returns the history entry's details: both units and the working days the handing unit held it.
     */
    public Map<String, Object> handOver(String toCode, String toName, int workingDaysHeld, OffsetDateTime now) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromUnitCode", heldByUnitCode);
        details.put("toUnitCode", toCode);
        details.put("toUnitName", toName);
        details.put("workingDaysHeld", workingDaysHeld);
        heldByUnitCode = toCode;
        heldSince = now;
        return details;
    }

    // --- the lifecycle: what each action checks and changes; returns the history entry's details ---

    /** What besides the state decides whether an action is allowed at {@code now}. */
    public Lifecycle.Facts facts(OffsetDateTime now) {
        return new Lifecycle.Facts(Punctuality.late(resolvedAt, punctualityDueAt(), now), apologyAt != null,
                supplementRequestCount);
    }

    /**
     * The due date timeliness is measured against: the one in force, or before an extension the original one. An
     * extension moves the date the office works to, not the date it promised at intake (DESIGN: a late dossier
     * stays late in statistics; Decision 766/QĐ-TTg measures against the appointment of the receipt).
     */
    public OffsetDateTime punctualityDueAt() {
        return originalDueAt != null ? originalDueAt : dueAt;
    }

    /** The state {@code action} leads to at {@code now}, or {@link IllegalTransitionException}; changes nothing. */
    public DossierStatus next(Action action, OffsetDateTime now) {
        return Lifecycle.apply(status, action, facts(now));
    }

    /** Moves the dossier to {@code to} after {@code action}; returns that step's history entry, to be stored. */
    public HistoryEntry moveTo(DossierStatus to, Action action, OffsetDateTime at, String actor, String note,
            Map<String, Object> details) {
        HistoryEntry entry = new HistoryEntry();
        entry.dossierId = id;
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.fromStatus = status;
        entry.toStatus = to;
        entry.note = note;
        entry.details = details == null || details.isEmpty() ? null : details;
        status = to;
        return entry;
    }

    public Map<String, Object> resolve(Outcome resolution, String reason, OffsetDateTime now) {
        outcome = resolution;
        outcomeReason = reason;
        resolvedAt = now;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", resolution.name());
        if (reason != null) {
            details.put("reason", reason);
        }
        details.put("timeliness", Punctuality.of(now, punctualityDueAt()).name());
        return details;
    }

    /**
     * Processing stopped (dừng giải quyết, Decree 118/2025/NĐ-CP; the notice is form 05 of Circular
     * 03/2025/TT-VPCP): the dossier ends without approval, outcome REJECTED with the stop's reason, so consumers
     * that do not know the stop still see a dossier that ended unapproved.
     */
    public Map<String, Object> stop(String reason, OffsetDateTime now) {
        Map<String, Object> details = resolve(Outcome.REJECTED, reason, now);
        details.put("stopped", true);
        return details;
    }

    public Map<String, Object> refuse(String reason) {
        outcomeReason = reason;
        return Map.of("reason", reason);
    }

    /**
     * The supplement request numbered after those before it. The first needs no reason; a second (the supplement
     * came back still incomplete) says why, 422 naming {@code reason} otherwise: the decree intends one request
     * listing everything (see {@link Lifecycle}), which the count lets reports check.
     */
    public Map<String, Object> requestSupplement(List<String> missingItems, String reason) {
        int number = supplementRequestCount + 1;
        if (number > 1 && reason == null) {
            new FieldErrors().add("reason", "is required for supplement request " + number
                    + ": say why the supplement received was not enough").throwIfAny(ProblemType.UNPROCESSABLE);
        }
        supplementRequestCount = number;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("missingItems", missingItems);
        details.put("supplementRequestNumber", number);
        if (reason != null) {
            details.put("reason", reason);
        }
        return details;
    }

    /**
     * The processing clock restarts: due the procedure's working days from now. That due date replaces an extended
     * one too, so the extension no longer applies.
     */
    public Map<String, Object> receiveSupplement(OffsetDateTime now, WorkingCalendar calendar) {
        OffsetDateTime previous = dueAt;
        dueAt = calendar.dueAt(now, processingDays);
        originalDueAt = null;
        overdueAt = null; // the new due date is in the future: overdue again only once it passes
        return Map.of("previousDueAt", inBusinessZone(previous).toString(), "dueAt", inBusinessZone(dueAt).toString());
    }

    /**
     * The request to extend the time that an apology letter may carry ("Văn bản xin lỗi và đề nghị gia hạn", form
     * 04 of Circular 03/2025/TT-VPCP, read second-hand): the new due date and why.
     */
    public record Extension(LocalDate newDueDate, String reason) {
    }

    /**
     * An apology letter's new appointment: a working day after today. Without an extension the due date stays.
     * With one the dossier, still open, is due at the end of office hours of {@code newDueDate}, a working day
     * after today and after the due date in force, and the appointment is not before it; the first original due date
     * is kept, and timeliness stays measured against it.
     */
    public Map<String, Object> apologize(LocalDate appointment, Extension extension, OffsetDateTime now,
            WorkingCalendar calendar) {
        LocalDate today = WorkingCalendar.businessDate(now);
        FieldErrors errors = new FieldErrors();
        if (!appointment.isAfter(today)) {
            errors.add("appointmentDate", "must be after today (" + today + ")");
        } else if (!calendar.isWorkingDay(appointment)) {
            errors.add("appointmentDate", "must be a working day");
        }
        OffsetDateTime newDueAt = extension == null ? null : extendedDueAt(extension.newDueDate(), appointment, today,
                calendar, errors);
        errors.throwIfAny(ProblemType.UNPROCESSABLE);
        apologyAt = now;
        appointmentDate = appointment;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("appointmentDate", appointment.toString());
        if (newDueAt != null) {
            details.put("previousDueAt", inBusinessZone(dueAt).toString());
            details.put("dueAt", inBusinessZone(newDueAt).toString());
            details.put("extensionReason", extension.reason());
            if (originalDueAt == null) {
                originalDueAt = dueAt;
            }
            dueAt = newDueAt;
            extensionReason = extension.reason();
            overdueAt = null; // pending past the new due date only once it passes
        }
        return details;
    }

    /** The due time of an extension to {@code newDueDate}, or null with the broken rule added to {@code errors}. */
    private OffsetDateTime extendedDueAt(LocalDate newDueDate, LocalDate appointment, LocalDate today,
            WorkingCalendar calendar, FieldErrors errors) {
        LocalDate due = WorkingCalendar.businessDate(dueAt);
        if (!Lifecycle.isOpen(status)) {
            errors.add("newDueDate", "the time of a dossier already " + status + " can no longer be extended");
        } else if (!newDueDate.isAfter(due) || !newDueDate.isAfter(today)) {
            errors.add("newDueDate", "must be after the due date in force (" + due + ") and today (" + today + ")");
        } else if (!calendar.isWorkingDay(newDueDate)) {
            errors.add("newDueDate", "must be a working day");
        } else if (appointment.isBefore(newDueDate)) {
            errors.add("appointmentDate", "must not be before the new due date (" + newDueDate + ")");
        } else {
            return WorkingCalendar.endOfOfficeHours(newDueDate);
        }
        return null;
    }

    public Map<String, Object> withdraw(OffsetDateTime now) {
        outcome = Outcome.WITHDRAWN;
        resolvedAt = now;
        return Map.of("timeliness", Punctuality.of(now, punctualityDueAt()).name());
    }

    /** A time in Vietnam's offset, as the dossier's history and events show it. */
    public static OffsetDateTime inBusinessZone(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime();
    }
}
