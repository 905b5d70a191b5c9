package vn.motcua.catalog.importing;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.catalog.history.ChangeAction;
import vn.motcua.catalog.history.ChangeLog;
import vn.motcua.catalog.history.ChangeSource;
import vn.motcua.catalog.unit.AdministrativeUnit;
import vn.motcua.catalog.unit.UnitCatalog;
import vn.motcua.catalog.unit.UnitKind;
import vn.motcua.catalog.unit.UnitMapper;
import vn.motcua.catalog.unit.UnitView;

/**
 * Imports units from a sheet, all or nothing like procedures. A parent may come later in the file; it must
 * exist in the file or the catalog, and no unit may end up above itself.
 */
@ApplicationScoped
public class UnitImport {

    private final UnitCatalog units;
    private final UnitMapper mapper;
    private final ChangeLog changes;

    public UnitImport(UnitCatalog units, UnitMapper mapper, ChangeLog changes) {
        this.units = units;
        this.mapper = mapper;
        this.changes = changes;
    }

    private record Valid(int row, UnitView unit) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ImportReport run(Table table, boolean dryRun, String actor) {
        if (!dryRun) {
            Imports.oneAtATime();
        }
        int rows = table.rows().size();
        List<RowError> errors = new ArrayList<>(UnitColumns.headerErrors(table));
        if (!errors.isEmpty()) {
            return Imports.finish(new ImportReport(rows, 0, errors, dryRun, 0, 0, 0));
        }
        Map<String, AdministrativeUnit> stored = new HashMap<>();
        (dryRun ? AdministrativeUnit.<AdministrativeUnit>findAll()
                : AdministrativeUnit.<AdministrativeUnit>findAll().withLock(LockModeType.PESSIMISTIC_WRITE))
                .list().forEach(u -> stored.put(u.code, u));
        Function<String, UnitKind> storedKind = code -> stored.containsKey(code) ? stored.get(code).kind : null;

        Map<String, Integer> columns = table.columns();
        List<Valid> candidates = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        for (Table.Row row : table.rows()) {
            UnitColumns.Parsed parsed = UnitColumns.parse(row, columns, storedKind);
            if (!parsed.valid()) {
                errors.addAll(parsed.errors());
                continue;
            }
            Integer first = rowOfCode.putIfAbsent(parsed.unit().code(), row.number());
            if (first != null) {
                errors.add(new RowError(row.number(), UnitColumns.CODE,
                        "unit " + parsed.unit().code() + " is already in row " + first));
                continue;
            }
            candidates.add(new Valid(row.number(), parsed.unit()));
        }

        // the parent of every unit after the import: the catalog's, replaced by the file's
        Map<String, String> parents = new HashMap<>();
        stored.values().forEach(u -> parents.put(u.code, u.parentCode));
        candidates.forEach(v -> parents.put(v.unit().code(), v.unit().parentCode()));

        List<Valid> accepted = new ArrayList<>();
        for (Valid valid : candidates) {
            String parent = valid.unit().parentCode();
            // a stored unit only: no procedure can name a unit that does not exist yet
            AdministrativeUnit current = stored.get(valid.unit().code());
            String agencyProblem = current == null ? null : units.resolvingAgencyChangeProblem(current, valid.unit());
            if (parent != null && !parents.containsKey(parent)) {
                errors.add(new RowError(valid.row(), UnitColumns.PARENT,
                        "no unit " + parent + " in the file or the catalog"));
            } else if (parent != null && aboveItself(valid.unit().code(), parents)) {
                errors.add(new RowError(valid.row(), UnitColumns.PARENT,
                        "unit " + parent + " is under " + valid.unit().code() + ": that would make a cycle"));
            } else if (agencyProblem != null) {
                errors.add(new RowError(valid.row(), UnitColumns.KIND, agencyProblem));
            } else {
                accepted.add(valid);
            }
        }
        errors.sort(Comparator.comparingInt(RowError::row));

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Valid valid : accepted) {
            AdministrativeUnit current = stored.get(valid.unit().code());
            if (current == null) {
                created++;
            } else if (changes.diff(mapper.toView(current), valid.unit()).isEmpty()) {
                unchanged++;
            } else {
                updated++;
            }
        }
        ImportReport report = new ImportReport(rows, accepted.size(), errors, dryRun, created, updated, unchanged);
        if (dryRun || !errors.isEmpty()) {
            return Imports.finish(report);
        }
        for (Valid valid : accepted) {
            AdministrativeUnit current = stored.get(valid.unit().code());
            if (current == null) {
                units.persistNew(valid.unit(), ChangeSource.IMPORT, actor);
            } else {
                ChangeAction action = current.validTo == null && valid.unit().validTo() != null
                        ? ChangeAction.RETIRED : ChangeAction.UPDATED;
                units.applyLocked(current, valid.unit(), action, ChangeSource.IMPORT, actor);
            }
        }
        return report;
    }

    private static boolean aboveItself(String code, Map<String, String> parents) {
        Set<String> seen = new HashSet<>();
        String current = parents.get(code);
        while (current != null && seen.add(current)) {
            if (current.equals(code)) {
                return true;
            }
            current = parents.get(current);
        }
        return current != null && current.equals(code);
    }
}
