package vn.motcua.dossier.overdue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.OverdueRule;
import vn.motcua.dossier.core.Sql;
import vn.motcua.dossier.core.UnitScope;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.dossier.query.DossierSummary;
import vn.motcua.dossier.query.SummaryMapper;

/** The overdue dossiers within a viewer's reach, per unit (units by code). */
@ApplicationScoped
public class OverdueQueries {

    private final EntityManager entities;
    private final SummaryMapper summaries;

    public OverdueQueries(EntityManager entities, SummaryMapper summaries) {
        this.entities = entities;
        this.summaries = summaries;
    }

    public OverdueReport report(Viewer viewer, String unit, int page, int size, int perUnit) {
        Sql where = new Sql();
        viewer.restrict(where);
        where.and(OverdueRule.SQL);
        if (unit != null) {
            where.and(UnitScope.SQL_COVERS, UnitScope.coveringArgs(unit));
        }
        String clause = where.where();
        Object[] totals = (Object[]) where.bind(entities.createNativeQuery(
                "select count(*), count(distinct unit_code) from dossier" + clause)).getSingleResult();
        long totalDossiers = ((Number) totals[0]).longValue();
        long totalUnits = ((Number) totals[1]).longValue();
        if ((long) page * size >= totalUnits) {
            return new OverdueReport(totalDossiers, totalUnits, page, size, List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> groups = where.bind(entities.createNativeQuery("select unit_code, min(unit_name), count(*) "
                + "from dossier" + clause + " group by unit_code order by unit_code"))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        List<String> unitCodes = groups.stream().map(g -> (String) g[0]).toList();

        // the first perUnit dossiers of each unit on this page, earliest due first
        Sql ofUnits = new Sql();
        viewer.restrict(ofUnits);
        ofUnits.and(OverdueRule.SQL);
        ofUnits.and("unit_code in (" + String.join(", ", java.util.Collections.nCopies(unitCodes.size(), "?")) + ")",
                unitCodes.toArray());
        @SuppressWarnings("unchecked")
        List<UUID> ids = ofUnits.bind(entities.createNativeQuery("select id from (select id, row_number() over "
                + "(partition by unit_code order by due_at, id) as rank from dossier" + ofUnits.where()
                + ") ranked where rank <= " + perUnit)).getResultList();
        Map<String, List<DossierSummary>> byUnit = new LinkedHashMap<>();
        unitCodes.forEach(code -> byUnit.put(code, new ArrayList<>()));
        List<Dossier> dossiers = ids.isEmpty() ? List.of() : Dossier.list("id in ?1", ids);
        dossiers.stream().sorted(Comparator.comparing((Dossier d) -> d.dueAt).thenComparing(d -> d.id))
                .map(d -> summaries.toSummary(d, viewer))
                .forEach(s -> byUnit.get(s.unit().code()).add(s));

        List<OverdueReport.UnitOverdue> units = groups.stream().map(g -> new OverdueReport.UnitOverdue(
                (String) g[0], (String) g[1], ((Number) g[2]).longValue(), List.copyOf(byUnit.get((String) g[0]))))
                .toList();
        return new OverdueReport(totalDossiers, totalUnits, page, size, units);
    }
}
