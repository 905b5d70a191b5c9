package vn.motcua.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.reporting.Roles;

/**
 * Which units a caller's figures may cover. An analyst sees any unit. An officer sees their own unit (the token's
 * {@code unit} claim) and its sub-units: without {@code unit} the filter becomes their own unit; a unit outside
 * that tree is a 403 naming {@code unit}. A unit never seen in any event is a 404 naming {@code unit}.
 */
@ApplicationScoped
public class UnitScope {

    private final KpiQuery query;

    public UnitScope(KpiQuery query) {
        this.query = query;
    }

    public KpiFilter restrict(KpiFilter filter, JsonWebToken caller) {
        if (caller.getGroups().contains(Roles.ANALYST)) {
            if (filter.unit() != null) {
                known(filter.unit());
            }
            return filter;
        }
        String own = caller.getClaim("unit");
        if (own == null || !KpiParams.UNIT_CODE.matcher(own).matches()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "an officer token needs the officer's unit");
        }
        if (filter.unit() == null) {
            return filter.withUnit(own);
        }
        KpiQuery.KnownUnit unit = known(filter.unit());
        if (!unit.code().equals(own) && !unit.ancestors().contains(own)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "unit: " + filter.unit() + " is neither your unit nor one of its sub-units",
                    List.of(new FieldError("unit", "outside your unit " + own + " and its sub-units")));
        }
        return filter;
    }

    /** The unit named by {@code code}, or a 404 naming {@code unit}. */
    public KpiQuery.KnownUnit known(String code) {
        return query.unit(code).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "unit: no event has named unit " + code,
                List.of(new FieldError("unit", "no dossier or survey event has named this unit"))));
    }
}
