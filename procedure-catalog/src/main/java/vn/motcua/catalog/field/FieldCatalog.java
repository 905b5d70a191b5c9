package vn.motcua.catalog.field;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.common.CatalogStatus;
import vn.motcua.catalog.common.TextRules;
import vn.motcua.catalog.history.Change;
import vn.motcua.catalog.history.ChangeAction;
import vn.motcua.catalog.history.ChangeLog;
import vn.motcua.catalog.history.ChangeSource;
import vn.motcua.catalog.history.RecordKind;
import vn.motcua.problem.IfMatch;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/** Reads, creates, renames and retires fields; a field code is unique; every change is recorded. */
@ApplicationScoped
public class FieldCatalog {

    private final ChangeLog changes;

    public FieldCatalog(ChangeLog changes) {
        this.changes = changes;
    }

    public List<ProcedureField> all() {
        return ProcedureField.listAll(Sort.by("code"));
    }

    public Optional<ProcedureField> find(String code) {
        return ProcedureField.findByIdOptional(code);
    }

    public ProcedureField get(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("no field " + code));
    }

    @Transactional
    public ProcedureField create(ProcedureField field, String actor) {
        if (ProcedureField.findById(field.code) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "field " + field.code + " already exists")
                    .with("field", "code");
        }
        return persistNew(field.code, field.name, ChangeSource.API, actor);
    }

    /** Creates a field in the caller's transaction (API or import). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProcedureField persistNew(String code, String name, ChangeSource source, String actor) {
        ProcedureField field = new ProcedureField();
        field.code = code;
        field.name = TextRules.clean(name);
        field.status = CatalogStatus.ACTIVE;
        field.version = 1;
        field.updatedAt = OffsetDateTime.now();
        field.persist();
        changes.record(RecordKind.FIELD, code, field.version, ChangeAction.CREATED, source, actor,
                changes.diff(null, state(field)));
        return field;
    }

    @Transactional
    public ProcedureField rename(String code, FieldUpdate update, String ifMatch, String actor) {
        ProcedureField field = lock(code);
        IfMatch.requireMatch(ifMatch, field.version, "field " + code);
        renameLocked(field, update.name(), ChangeSource.API, actor);
        return field;
    }

    /** Renames a locked or newly read field in the caller's transaction; an unchanged name changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void renameLocked(ProcedureField field, String name, ChangeSource source, String actor) {
        Map<String, Object> before = state(field);
        String cleaned = TextRules.clean(name);
        if (cleaned.equals(field.name)) {
            return;
        }
        field.name = cleaned;
        touched(field, before, ChangeAction.UPDATED, source, actor);
    }

    @Transactional
    public ProcedureField retire(String code, String ifMatch, String actor) {
        ProcedureField field = lock(code);
        IfMatch.requireMatch(ifMatch, field.version, "field " + code);
        if (field.status == CatalogStatus.RETIRED) {
            throw new ProblemException(ProblemType.CONFLICT, "field " + code + " is already retired");
        }
        Map<String, Object> before = state(field);
        field.status = CatalogStatus.RETIRED;
        touched(field, before, ChangeAction.RETIRED, ChangeSource.API, actor);
        return field;
    }

    /** The field, locked for update in the caller's transaction; 404 when unknown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProcedureField lock(String code) {
        ProcedureField field = ProcedureField.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (field == null) {
            throw ProblemException.notFound("no field " + code);
        }
        return field;
    }

    private void touched(ProcedureField field, Map<String, Object> before, ChangeAction action, ChangeSource source,
            String actor) {
        List<Change> diff = changes.diff(before, state(field));
        field.version++;
        field.updatedAt = OffsetDateTime.now();
        changes.record(RecordKind.FIELD, field.code, field.version, action, source, actor, diff);
    }

    private static Map<String, Object> state(ProcedureField field) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", field.code);
        state.put("name", field.name);
        state.put("status", field.status);
        return state;
    }
}
