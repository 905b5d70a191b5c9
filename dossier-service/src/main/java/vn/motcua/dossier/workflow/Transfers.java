package vn.motcua.dossier.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.catalog.Catalog;
import vn.motcua.dossier.catalog.CatalogProcedure;
import vn.motcua.dossier.catalog.CatalogUnit;
import vn.motcua.dossier.catalog.Jurisdiction;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.events.UnitLevel;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * The changes of the two transfers of an inter-linked dossier (một cửa liên thông): the unit holding it hands it to
 * the unit that resolves it, or on to another unit competent to resolve its procedure (which then resolves it), and
 * the resolving unit returns it to the receiving unit. Each records both units and the working days the handing
 * unit held it.
 */
@ApplicationScoped
public class Transfers {

    private final Catalog catalog;
    private final WorkingCalendar calendar;

    public Transfers(Catalog catalog, WorkingCalendar calendar) {
        this.catalog = catalog;
        this.calendar = calendar;
    }

    /**
     * To {@code unitCode}, or to the dossier's resolving unit when null. Another unit than the resolving one must be
     * competent for the procedure ({@link Jurisdiction#resolverProblem}), else 422 naming {@code unitCode}.
     */
    public Workflow.Change transfer(String unitCode) {
        return (d, now) -> {
            String target = unitCode == null ? d.resolvingUnitCode : unitCode;
            if (target.equals(d.heldByUnitCode)) {
                throw invalid(unitCode == null
                        ? "the dossier is already at its resolving unit " + target + ": name the competent unit to "
                                + "transfer it to"
                        : "the dossier is already at " + target);
            }
            if (!target.equals(d.resolvingUnitCode)) {
                reassign(d, target, WorkingCalendar.businessDate(now));
            }
            return d.handOver(target, d.resolvingUnitName, calendar.workingDaysBetween(d.heldSince, now), now);
        };
    }

    /** Back to the unit that received it, with its result or for the applicant to be told. */
    public Workflow.Change returnToReceiver() {
        return (d, now) -> d.handOver(d.unitCode, d.unitName, calendar.workingDaysBetween(d.heldSince, now), now);
    }

    /** Makes {@code code} the dossier's resolving unit, if the catalog says it may resolve the procedure. */
    private void reassign(Dossier d, String code, java.time.LocalDate today) {
        CatalogUnit unit = catalog.unit(code).orElseThrow(() -> invalid("no unit " + code + " in the catalog"));
        CatalogProcedure procedure = catalog.procedure(d.procedureCode).orElseThrow(() -> invalid(
                "procedure " + d.procedureCode + " is no longer in the catalog: no other unit can take it over"));
        String problem = Jurisdiction.resolverProblem(procedure, unit, today);
        UnitLevel level = unit.level() == null ? null : UnitLevel.valueOf(unit.level());
        if (problem != null) {
            throw invalid(problem);
        }
        d.assignResolvingUnit(unit.code(), unit.name(), level, catalog.ancestors(unit));
    }

    private static ProblemException invalid(String message) {
        return FieldErrors.problem(ProblemType.UNPROCESSABLE, List.of(new FieldError("unitCode", message)));
    }
}
