package vn.motcua.reporting.kpi;

import vn.motcua.events.Channel;
import vn.motcua.events.UnitLevel;

/**
 * What a KPI request selects: the period, optionally one unit (with or without its sub-units) and any of level,
 * procedure, field and channel, the unit and level being the dossier's receiving or resolving one by
 * {@code unitRole}. A null filter value selects everything.
 */
public record KpiFilter(Period period, String unit, boolean includeSubUnits, UnitLevel level, String procedureCode,
        String fieldCode, Channel channel, UnitRole unitRole) {

    public KpiFilter withUnit(String unitCode) {
        return new KpiFilter(period, unitCode, includeSubUnits, level, procedureCode, fieldCode, channel, unitRole);
    }

    public KpiFilter withPeriod(Period other) {
        return new KpiFilter(other, unit, includeSubUnits, level, procedureCode, fieldCode, channel, unitRole);
    }
}
