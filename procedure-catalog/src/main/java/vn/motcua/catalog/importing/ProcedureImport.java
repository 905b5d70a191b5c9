package vn.motcua.catalog.importing;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.catalog.common.CatalogStatus;
import vn.motcua.catalog.field.FieldCatalog;
import vn.motcua.catalog.field.ProcedureField;
import vn.motcua.catalog.history.ChangeAction;
import vn.motcua.catalog.history.ChangeLog;
import vn.motcua.catalog.history.ChangeSource;
import vn.motcua.catalog.procedure.Procedure;
import vn.motcua.catalog.procedure.ProcedureCatalog;
import vn.motcua.catalog.procedure.ProcedureDraft;

/**
 * Imports procedures from a sheet: every row is checked (cells, rules, duplicates within the file, fields),
 * then either reported (dry run) or written all together in one transaction, nothing at all when any row is
 * bad. A row equal to the stored procedure changes nothing. Fields named in the file are created when missing
 * and renamed when the file names them differently (the file is the authority).
 */
@ApplicationScoped
public class ProcedureImport {

    private final ProcedureCatalog procedures;
    private final FieldCatalog fields;
    private final ChangeLog changes;

    public ProcedureImport(ProcedureCatalog procedures, FieldCatalog fields, ChangeLog changes) {
        this.procedures = procedures;
        this.fields = fields;
        this.changes = changes;
    }

    private record Valid(int row, ProcedureDraft draft, String fieldName) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ImportReport run(Table table, boolean dryRun, String actor) {
        if (!dryRun) {
            Imports.oneAtATime();
        }
        int rows = table.rows().size();
        List<RowError> errors = new ArrayList<>(ProcedureColumns.headerErrors(table));
        if (!errors.isEmpty()) {
            return Imports.finish(new ImportReport(rows, 0, errors, dryRun, 0, 0, 0));
        }

        Map<String, Integer> columns = table.columns();
        List<Valid> candidates = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        Map<String, Valid> fieldNaming = new HashMap<>();
        for (Table.Row row : table.rows()) {
            ProcedureColumns.Parsed parsed = ProcedureColumns.parse(row, columns);
            if (!parsed.valid()) {
                errors.addAll(parsed.errors());
                continue;
            }
            ProcedureDraft draft = parsed.draft();
            Integer first = rowOfCode.putIfAbsent(draft.code(), row.number());
            if (first != null) {
                errors.add(new RowError(row.number(), ProcedureColumns.CODE,
                        "procedure " + draft.code() + " is already in row " + first));
                continue;
            }
            Valid valid = new Valid(row.number(), draft, parsed.fieldName());
            Valid naming = fieldNaming.putIfAbsent(draft.field(), valid);
            if (naming != null && !naming.fieldName().equals(parsed.fieldName())) {
                errors.add(new RowError(row.number(), ProcedureColumns.FIELD_NAME, "field " + draft.field()
                        + " is named '" + naming.fieldName() + "' in row " + naming.row()));
                continue;
            }
            candidates.add(valid);
        }

        List<String> codes = candidates.stream().map(v -> v.draft().code()).toList();
        Map<String, Procedure> existing = load(codes, !dryRun);
        Map<String, ProcedureField> storedFields = ProcedureField.<ProcedureField>list("code in ?1",
                        fieldNaming.keySet().isEmpty() ? List.of("") : List.copyOf(fieldNaming.keySet())).stream()
                .collect(Collectors.toMap(f -> f.code, Function.identity()));

        List<Valid> accepted = new ArrayList<>();
        for (Valid valid : candidates) {
            ProcedureField field = storedFields.get(valid.draft().field());
            Procedure current = existing.get(valid.draft().code());
            boolean keepsField = current != null && current.field.code.equals(valid.draft().field());
            if (field != null && field.status == CatalogStatus.RETIRED && !keepsField) {
                errors.add(new RowError(valid.row(), ProcedureColumns.FIELD_CODE,
                        "field " + field.code + " is retired"));
                continue;
            }
            String agencyProblem = procedures.resolvingAgencyProblem(valid.draft(), current);
            if (agencyProblem != null) {
                errors.add(new RowError(valid.row(), ProcedureColumns.RESOLVING_AGENCY, agencyProblem));
                continue;
            }
            accepted.add(valid);
        }
        errors.sort(Comparator.comparingInt(RowError::row));

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Valid valid : accepted) {
            Procedure current = existing.get(valid.draft().code());
            if (current == null) {
                created++;
            } else if (changes.diff(procedures.draftOf(current), valid.draft()).isEmpty()) {
                unchanged++;
            } else {
                updated++;
            }
        }
        ImportReport report = new ImportReport(rows, accepted.size(), errors, dryRun, created, updated, unchanged);
        if (dryRun || !errors.isEmpty()) {
            return Imports.finish(report);
        }

        // fields first, so that new procedures can refer to them
        for (Valid naming : fieldNaming.values()) {
            ProcedureField field = storedFields.get(naming.draft().field());
            if (field == null) {
                fields.persistNew(naming.draft().field(), naming.fieldName(), ChangeSource.IMPORT, actor);
            } else if (!field.name.equals(naming.fieldName())) {
                fields.renameLocked(fields.lock(field.code), naming.fieldName(), ChangeSource.IMPORT, actor);
            }
        }
        for (Valid valid : accepted) {
            Procedure current = existing.get(valid.draft().code());
            if (current == null) {
                procedures.persistNew(valid.draft(), ChangeSource.IMPORT, actor);
            } else {
                ChangeAction action = current.status == CatalogStatus.ACTIVE
                        && valid.draft().status() == CatalogStatus.RETIRED ? ChangeAction.RETIRED : ChangeAction.UPDATED;
                procedures.applyLocked(current, valid.draft(), action, ChangeSource.IMPORT, actor);
            }
        }
        return report;
    }

    /** The stored procedures with these codes, locked for update when the import will write. */
    private static Map<String, Procedure> load(List<String> codes, boolean lock) {
        Map<String, Procedure> found = new LinkedHashMap<>();
        for (int from = 0; from < codes.size(); from += 1000) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 1000));
            var query = Procedure.<Procedure>find("code in ?1", chunk);
            if (lock) {
                query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
            }
            query.list().forEach(p -> found.put(p.code, p));
        }
        return found;
    }
}
