package vn.motcua.catalog.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import vn.motcua.catalog.common.BusinessDates;
import vn.motcua.catalog.common.Page;
import vn.motcua.catalog.field.ProcedureField;
import vn.motcua.catalog.procedure.Procedure;
import vn.motcua.catalog.procedure.ProcedureLevel;
import vn.motcua.catalog.procedure.ProcedureMapper;
import vn.motcua.catalog.procedure.ProcedureView;
import vn.motcua.catalog.unit.AdministrativeUnit;
import vn.motcua.catalog.unit.UnitCatalog;
import vn.motcua.problem.ProblemException;

/** Runs procedure searches: text relevance plus filters, one page at a time; recent results are cached. */
@ApplicationScoped
public class ProcedureSearch {

    private final EntityManager em;
    private final UnitCatalog units;
    private final ProcedureMapper mapper;
    private final SearchCache cache;

    public ProcedureSearch(EntityManager em, UnitCatalog units, ProcedureMapper mapper, SearchCache cache) {
        this.em = em;
        this.units = units;
        this.mapper = mapper;
        this.cache = cache;
    }

    /** The cache key: what was asked, which day "today" was, and whether the unit came from the path. */
    private record Key(SearchCriteria criteria, LocalDate at, boolean unitFromPath) {
    }

    /** A public search; an unknown {@code field} or {@code unit} filter is a 400 naming it. */
    public Page<ProcedureView> search(SearchCriteria criteria) {
        return cached(criteria, false);
    }

    /**
     * What a unit offers: procedures implemented at its level (an agency: the level of the unit above it),
     * effective at the date; nothing on a date the unit did not exist. 404 when the unit is unknown.
     */
    public Page<ProcedureView> offeredBy(String unitCode, SearchCriteria criteria) {
        return cached(criteria.withUnit(unitCode), true);
    }

    private Page<ProcedureView> cached(SearchCriteria criteria, boolean unitFromPath) {
        LocalDate at = criteria.at() == null ? BusinessDates.today() : criteria.at();
        return cache.get(new Key(criteria, at, unitFromPath),
                () -> QuarkusTransaction.joiningExisting().call(() -> run(criteria, at, unitFromPath)));
    }

    private Page<ProcedureView> run(SearchCriteria c, LocalDate at, boolean unitFromPath) {
        if (c.field() != null && ProcedureField.findById(c.field()) == null) {
            throw ProblemException.invalidField("field", "no field " + c.field());
        }
        ProcedureLevel level = c.level();
        if (c.unit() != null) {
            Optional<AdministrativeUnit> unit = units.find(c.unit());
            if (unit.isEmpty()) {
                throw unitFromPath ? ProblemException.notFound("no unit " + c.unit())
                        : ProblemException.invalidField("unit", "no unit " + c.unit());
            }
            Optional<ProcedureLevel> unitLevel = unit.get().validAt(at)
                    ? units.implementingLevel(unit.get()).flatMap(ProcedureLevel::of)
                    : Optional.empty();
            if (unitLevel.isEmpty() || (level != null && level != unitLevel.get())) {
                return new Page<>(List.of(), c.page().page(), c.page().size(), 0);
            }
            level = unitLevel.get();
        }
        if (c.q() != null && c.q().codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Page<>(List.of(), c.page().page(), c.page().size(), 0); // nothing to look for
        }
        if (c.q() != null) {
            // With a few thousand rows the planner prices the trigram tests like cheap comparisons and prefers a
            // sequential scan, which evaluates them on every procedure (~20 ms for word_similarity at 2,000);
            // the GIN index narrows them to the candidates first (~0.2 ms for words, ~2 ms for similarity).
            // Only for this transaction.
            em.createNativeQuery("select set_config('enable_seqscan', 'off', true)").getSingleResult();
        }
        SearchSql.Filters words = new SearchSql.Filters(c.q(), SearchSql.Mode.WORDS, c.field(), level,
                c.onlineLevel(), c.essential(), c.delegated(), at, c.at() == null);
        Page<ProcedureView> found = page(words, c);
        if (c.q() == null || found.total() > 0) {
            return found;
        }
        return page(new SearchSql.Filters(c.q(), SearchSql.Mode.SIMILAR, c.field(), level, c.onlineLevel(),
                c.essential(), c.delegated(), at, c.at() == null), c);
    }

    private Page<ProcedureView> page(SearchSql.Filters filters, SearchCriteria c) {
        SearchSql.Statement statement = SearchSql.page(filters, c.page().size(), c.page().offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(statement.sql()), statement).getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[1]).longValue();
        } else if (c.page().offset() == 0) {
            total = 0;
        } else {
            SearchSql.Statement count = SearchSql.count(filters);
            total = ((Number) bind(em.createNativeQuery(count.sql()), count).getSingleResult()).longValue();
        }
        List<String> codes = rows.stream().map(r -> (String) r[0]).toList();
        return new Page<>(load(codes), c.page().page(), c.page().size(), total);
    }

    /** The procedures with their fields, in the order of {@code codes}. */
    private List<ProcedureView> load(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            order.put(codes.get(i), i);
        }
        // read-only: no snapshots of the JSON columns for dirty checking
        return Procedure.<Procedure>find("from Procedure p join fetch p.field where p.code in ?1", codes)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list().stream()
                .sorted(Comparator.comparing(p -> order.get(p.code)))
                .map(mapper::toView)
                .toList();
    }

    private static Query bind(Query query, SearchSql.Statement statement) {
        statement.parameters().forEach(query::setParameter);
        return query;
    }
}
