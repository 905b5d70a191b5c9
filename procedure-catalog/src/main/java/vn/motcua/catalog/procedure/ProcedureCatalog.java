package vn.motcua.catalog.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernateHints;
import vn.motcua.catalog.common.BusinessDates;
import vn.motcua.catalog.common.CatalogStatus;
import vn.motcua.catalog.field.ProcedureField;
import vn.motcua.catalog.history.Change;
import vn.motcua.catalog.history.ChangeAction;
import vn.motcua.catalog.history.ChangeLog;
import vn.motcua.catalog.history.ChangeSource;
import vn.motcua.catalog.history.RecordKind;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.IfMatch;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.problem.SupportedDates;

/** Procedures: lookups and validated, versioned, recorded changes (API and import). */
@ApplicationScoped
public class ProcedureCatalog {

    private final ChangeLog changes;
    private final ProcedureMapper mapper;
    private final ResolvingAgencies agencies;

    public ProcedureCatalog(ChangeLog changes, ProcedureMapper mapper, ResolvingAgencies agencies) {
        this.changes = changes;
        this.mapper = mapper;
        this.agencies = agencies;
    }

    public Optional<Procedure> find(String code) {
        return Procedure.<Procedure>find("from Procedure p join fetch p.field where p.code = ?1", code)
                .withHint(HibernateHints.HINT_READ_ONLY, true) // no snapshots of the JSON columns
                .firstResultOptional();
    }

    public Procedure get(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("no procedure " + code));
    }

    @Transactional
    public Procedure create(ProcedureInput input, String actor) {
        ProcedureRules.Checked checked = ProcedureRules.check(input, CatalogStatus.ACTIVE);
        List<FieldError> errors = new ArrayList<>(checked.errors());
        if (checked.valid()) {
            String fieldProblem = fieldProblem(checked.draft(), null);
            if (fieldProblem != null) {
                errors.add(new FieldError("field", fieldProblem));
            }
        }
        FieldErrors.of(errors).throwIfAny();
        requireResolvingAgency(checked.draft(), null);
        if (Procedure.findById(checked.draft().code()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "procedure " + checked.draft().code() + " already exists")
                    .with("field", "code");
        }
        return persistNew(checked.draft(), ChangeSource.API, actor);
    }

    @Transactional
    public Procedure update(String code, ProcedureInput input, String ifMatch, String actor) {
        Procedure procedure = lock(code);
        IfMatch.requireMatch(ifMatch, procedure.version, "procedure " + code);
        List<FieldError> errors = new ArrayList<>();
        if (input.code() != null && !input.code().strip().equals(code)) {
            errors.add(new FieldError("code", "cannot change (the path names " + code + ")"));
        }
        ProcedureRules.Checked checked = ProcedureRules.check(withCode(input, code), procedure.status);
        errors.addAll(checked.errors());
        if (checked.valid()) {
            String fieldProblem = fieldProblem(checked.draft(), procedure);
            if (fieldProblem != null) {
                errors.add(new FieldError("field", fieldProblem));
            }
        }
        FieldErrors.of(errors).throwIfAny();
        requireResolvingAgency(checked.draft(), procedure);
        applyLocked(procedure, checked.draft(), ChangeAction.UPDATED, ChangeSource.API, actor);
        return procedure;
    }

    /** Sets RETIRED and the last day it applies (default today, or the earlier effectiveTo). */
    @Transactional
    public Procedure retire(String code, Retirement retirement, String ifMatch, String actor) {
        Procedure procedure = lock(code);
        IfMatch.requireMatch(ifMatch, procedure.version, "procedure " + code);
        if (procedure.status == CatalogStatus.RETIRED) {
            throw new ProblemException(ProblemType.CONFLICT, "procedure " + code + " is already retired");
        }
        LocalDate end;
        if (retirement != null && retirement.effectiveTo() != null) {
            end = retirement.effectiveTo();
            if (!SupportedDates.contains(end)) {
                throw ProblemException.invalidField("effectiveTo", SupportedDates.MESSAGE);
            }
            if (end.isBefore(procedure.effectiveFrom)) {
                throw ProblemException.invalidField("effectiveTo",
                        "must not be before effectiveFrom " + procedure.effectiveFrom);
            }
        } else {
            LocalDate today = BusinessDates.today();
            end = procedure.effectiveTo != null && procedure.effectiveTo.isBefore(today) ? procedure.effectiveTo : today;
            if (end.isBefore(procedure.effectiveFrom)) {
                end = procedure.effectiveFrom;
            }
        }
        applyLocked(procedure, mapper.toDraft(procedure).withStatus(CatalogStatus.RETIRED, end), ChangeAction.RETIRED,
                ChangeSource.API, actor);
        return procedure;
    }

    /** The procedure, locked for update in the caller's transaction; 404 when unknown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Procedure lock(String code) {
        Procedure procedure = Procedure.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (procedure == null) {
            throw ProblemException.notFound("no procedure " + code);
        }
        Hibernate.initialize(procedure.field); // the view is written after the transaction
        return procedure;
    }

    /**
     * Why the draft's field cannot be used, or {@code null}: it must exist, and a retired field only stays
     * for procedures already filed under it.
     */
    public String fieldProblem(ProcedureDraft draft, Procedure existing) {
        ProcedureField field = ProcedureField.findById(draft.field());
        if (field == null) {
            return "no field " + draft.field();
        }
        boolean keeps = existing != null && existing.field.code.equals(field.code);
        if (field.status == CatalogStatus.RETIRED && !keeps) {
            return "field " + field.code + " is retired";
        }
        return null;
    }

    /**
     * Why the draft's resolving agency cannot be used, or {@code null} (also when it names none). An agency that has
     * ended stays for a procedure that already named it, as a retired field does.
     */
    public String resolvingAgencyProblem(ProcedureDraft draft, Procedure existing) {
        String code = draft.resolvingAgencyCode();
        if (code == null) {
            return null;
        }
        return agencies.resolvingAgencyProblem(code, existing != null && code.equals(existing.resolvingAgencyCode));
    }

    /** 422 naming {@code resolvingAgencyCode} when the draft's resolving agency cannot be used. */
    private void requireResolvingAgency(ProcedureDraft draft, Procedure existing) {
        String problem = resolvingAgencyProblem(draft, existing);
        if (problem != null) {
            new FieldErrors().add("resolvingAgencyCode", problem).throwIfAny(ProblemType.UNPROCESSABLE);
        }
    }

    /** Creates a valid procedure (its field exists) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Procedure persistNew(ProcedureDraft draft, ChangeSource source, String actor) {
        Procedure procedure = new Procedure();
        copy(draft, procedure);
        procedure.version = 1;
        procedure.updatedAt = OffsetDateTime.now();
        procedure.persist();
        changes.record(RecordKind.PROCEDURE, procedure.code, procedure.version, ChangeAction.CREATED, source, actor,
                changes.diff(null, draft));
        return procedure;
    }

    /** Applies a valid new state to a locked procedure; a state equal to the current one changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyLocked(Procedure procedure, ProcedureDraft next, ChangeAction action, ChangeSource source,
            String actor) {
        List<Change> diff = changes.diff(mapper.toDraft(procedure), next);
        if (diff.isEmpty()) {
            return false;
        }
        copy(next, procedure);
        procedure.version++;
        procedure.updatedAt = OffsetDateTime.now();
        changes.record(RecordKind.PROCEDURE, procedure.code, procedure.version, action, source, actor, diff);
        return true;
    }

    /** The current state in canonical form, to compare with a new one. */
    public ProcedureDraft draftOf(Procedure procedure) {
        return mapper.toDraft(procedure);
    }

    private static void copy(ProcedureDraft draft, Procedure procedure) {
        procedure.code = draft.code();
        procedure.name = draft.name();
        if (procedure.field == null || !procedure.field.code.equals(draft.field())) {
            procedure.field = ProcedureField.findById(draft.field());
        }
        procedure.levels = new ArrayList<>(draft.levels());
        procedure.daysInPerson = draft.processingDays().get(Channel.IN_PERSON);
        procedure.daysOnline = draft.processingDays().get(Channel.ONLINE);
        procedure.daysPostal = draft.processingDays().get(Channel.POSTAL);
        procedure.fees = new ArrayList<>(draft.fees());
        procedure.components = new ArrayList<>(draft.components());
        procedure.applicants = new ArrayList<>(draft.applicants());
        procedure.agency = draft.agency();
        procedure.receiving = draft.receiving();
        procedure.resolvingAgencyCode = draft.resolvingAgencyCode();
        procedure.result = draft.result();
        procedure.legalBases = new ArrayList<>(draft.legalBases());
        procedure.onlineLevel = draft.onlineLevel();
        procedure.essential = draft.essential();
        procedure.delegatedBy = draft.delegated() ? draft.delegatedBy() : null;
        procedure.effectiveFrom = draft.effectiveFrom();
        procedure.effectiveTo = draft.effectiveTo();
        procedure.status = draft.status();
    }

    private static ProcedureInput withCode(ProcedureInput in, String code) {
        return new ProcedureInput(code, in.name(), in.field(), in.levels(), in.processingDays(), in.fees(),
                in.components(), in.applicants(), in.agency(), in.receiving(), in.resolvingAgencyCode(), in.result(),
                in.legalBases(), in.onlineLevel(), in.essential(), in.delegated(), in.delegatedBy(), in.effectiveFrom(),
                in.effectiveTo(), in.status());
    }
}
