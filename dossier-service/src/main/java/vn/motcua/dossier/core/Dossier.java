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

    /** The new appointment date of the apology letter (it does not change the due date). */
    @Column(name = "appointment_date")
    public LocalDate appointmentDate;

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
        return new Lifecycle.Facts(Punctuality.late(resolvedAt, dueAt, now), apologyAt != null);
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
        details.put("timeliness", Punctuality.of(now, dueAt).name());
        return details;
    }

    public Map<String, Object> refuse(String reason) {
        outcomeReason = reason;
        return Map.of("reason", reason);
    }

    public Map<String, Object> requestSupplement(List<String> missingItems) {
        return Map.of("missingItems", missingItems);
    }

    /** The processing clock restarts: due the procedure's working days from now. */
    public Map<String, Object> receiveSupplement(OffsetDateTime now, WorkingCalendar calendar) {
        OffsetDateTime previous = dueAt;
        dueAt = calendar.dueAt(now, processingDays);
        overdueAt = null; // the new due date is in the future: overdue again only once it passes
        return Map.of("previousDueAt", inBusinessZone(previous).toString(), "dueAt", inBusinessZone(dueAt).toString());
    }

    /** An apology letter's new appointment: a working day after today; the due date stays. */
    public Map<String, Object> apologize(LocalDate appointment, OffsetDateTime now, WorkingCalendar calendar) {
        LocalDate today = WorkingCalendar.businessDate(now);
        FieldErrors errors = new FieldErrors();
        if (!appointment.isAfter(today)) {
            errors.add("appointmentDate", "must be after today (" + today + ")");
        } else if (!calendar.isWorkingDay(appointment)) {
            errors.add("appointmentDate", "must be a working day");
        }
        errors.throwIfAny(ProblemType.UNPROCESSABLE);
        apologyAt = now;
        appointmentDate = appointment;
        return Map.of("appointmentDate", appointment.toString());
    }

    public Map<String, Object> withdraw(OffsetDateTime now) {
        outcome = Outcome.WITHDRAWN;
        resolvedAt = now;
        return Map.of("timeliness", Punctuality.of(now, dueAt).name());
    }

    /** A time in Vietnam's offset, as the dossier's history and events show it. */
    public static OffsetDateTime inBusinessZone(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime();
    }
}
