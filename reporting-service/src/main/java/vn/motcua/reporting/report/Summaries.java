package vn.motcua.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import vn.motcua.events.UnitLevel;
import vn.motcua.reporting.kpi.Grouping;
import vn.motcua.reporting.kpi.KpiFilter;
import vn.motcua.reporting.kpi.KpiQuery;
import vn.motcua.reporting.kpi.KpiRow;
import vn.motcua.reporting.kpi.Kpis;

/** Builds a unit's summary report from its KPI table by level. */
@ApplicationScoped
public class Summaries {

    private final Kpis kpis;

    public Summaries(Kpis kpis) {
        this.kpis = kpis;
    }

    public SummaryReport summary(KpiFilter filter, KpiQuery.KnownUnit unit, Language language) {
        var table = kpis.table(filter, Grouping.LEVEL);
        Map<UnitLevel, Long> byLevel = new EnumMap<>(UnitLevel.class);
        for (KpiRow row : table.rows()) {
            long received = row.figures().received().total();
            if (row.key() != null && received > 0) {
                byLevel.put(UnitLevel.valueOf(row.key()), received);
            }
        }
        String name = unit.name() == null ? unit.code() : unit.name();
        String text = SummaryText.render(language, filter.period(), name, table.overall(), byLevel);
        return new SummaryReport(unit.code(), name, filter.includeSubUnits(), filter.period().from(),
                filter.period().to(), language, table.overall(), byLevel, text);
    }
}
