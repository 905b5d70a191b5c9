package vn.motcua.reporting.report.scorecard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.Roles;
import vn.motcua.reporting.kpi.KpiDefinitions;
import vn.motcua.reporting.kpi.KpiFilter;
import vn.motcua.reporting.kpi.KpiParams;
import vn.motcua.reporting.kpi.Kpis;
import vn.motcua.reporting.kpi.UnitScope;

@Path("/api/v1/scorecards")
@Tag(name = "Scorecards", description = "Decision 766/QĐ-TTg service-quality criteria")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ANALYST, Roles.OFFICER})
public class ScorecardResource {

    private final Kpis kpis;
    private final UnitScope scope;
    private final JsonWebToken caller;

    public ScorecardResource(Kpis kpis, UnitScope scope, JsonWebToken caller) {
        this.kpis = kpis;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getScorecard",
            summary = "766 scorecard of a unit and period",
            description = "Every criterion of the Decision 766/QĐ-TTg index with its raw value, the points awarded "
                    + "and its maximum, or a note when the events cannot compute it. " + ScorecardRules.METHOD
                    + "\n\n" + KpiDefinitions.TEXT)
    public Scorecard scorecard(@BeanParam KpiParams params) {
        KpiFilter filter = scope.restrict(params.filter(), caller);
        List<Scorecard.Criterion> criteria = ScorecardRules.criteria(kpis.overall(filter));
        return new Scorecard(filter.unit(), filter.includeSubUnits(), filter.unitRole(), filter.period().from(), filter.period().to(),
                criteria, ScorecardRules.total(criteria), ScorecardRules.computableMaximum(criteria),
                BigDecimal.valueOf(100).setScale(2), ScorecardRules.METHOD);
    }
}
