package vn.motcua.catalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalog.common.BusinessDates;
import vn.motcua.catalog.common.Page;
import vn.motcua.catalog.procedure.ProcedureFinder;
import vn.motcua.catalog.procedure.ProcedureLevel;
import vn.motcua.catalog.procedure.ProcedureView;
import vn.motcua.catalog.procedure.SearchCriteria;
import vn.motcua.catalog.unit.AdministrativeUnit;
import vn.motcua.catalog.unit.UnitCatalog;
import vn.motcua.catalog.unit.UnitLevel;
import vn.motcua.problem.ProblemException;

/** Runs procedure searches (text relevance plus filters, one page at a time) on the in-memory {@link SearchIndex}. */
@ApplicationScoped
public class ProcedureSearch implements ProcedureFinder {

    private final SearchIndex index;

    public ProcedureSearch(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Page<ProcedureView> search(SearchCriteria criteria) {
        return run(criteria, false);
    }

    @Override
    public Page<ProcedureView> offeredBy(String unitCode, SearchCriteria criteria) {
        return run(criteria.withUnit(unitCode), true);
    }

    private Page<ProcedureView> run(SearchCriteria c, boolean unitFromPath) {
        CatalogSnapshot catalog = index.current();
        LocalDate at = c.at() == null ? BusinessDates.today() : c.at();
        if (c.field() != null && !catalog.hasField(c.field())) {
            throw ProblemException.invalidField("field", "no field " + c.field());
        }
        ProcedureLevel level = c.level();
        if (c.unit() != null) {
            Optional<AdministrativeUnit> unit = catalog.unit(c.unit());
            if (unit.isEmpty()) {
                throw unitFromPath ? ProblemException.notFound("no unit " + c.unit())
                        : ProblemException.invalidField("unit", "no unit " + c.unit());
            }
            Optional<ProcedureLevel> unitLevel = unit.get().validAt(at)
                    ? UnitCatalog.implementingLevel(unit.get(), code -> catalog.unit(code).orElse(null))
                            .flatMap(ProcedureSearch::procedureLevel)
                    : Optional.empty();
            if (unitLevel.isEmpty() || (level != null && level != unitLevel.get())) {
                return empty(c);
            }
            level = unitLevel.get();
        }
        if (c.q() != null && c.q().codePoints().noneMatch(Character::isLetterOrDigit)) {
            return empty(c); // nothing to look for
        }
        List<ProcedureView> found = catalog.search(new CatalogSnapshot.Filters(c.q(), c.field(), level,
                c.onlineLevel(), c.essential(), c.delegated(), at, c.at() == null));
        int from = Math.min(c.page().offset(), found.size());
        int to = Math.min(from + c.page().size(), found.size());
        return new Page<>(found.subList(from, to), c.page().page(), c.page().size(), found.size());
    }

    private static Page<ProcedureView> empty(SearchCriteria c) {
        return new Page<>(List.of(), c.page().page(), c.page().size(), 0);
    }

    /** The procedure level matching a unit level; none for an agency. */
    private static Optional<ProcedureLevel> procedureLevel(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> Optional.of(ProcedureLevel.PROVINCE);
            case DISTRICT -> Optional.of(ProcedureLevel.DISTRICT);
            case COMMUNE -> Optional.of(ProcedureLevel.COMMUNE);
            case AGENCY -> Optional.empty();
        };
    }
}
