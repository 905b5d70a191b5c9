package vn.motcua.reporting.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.Roles;

@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Figures of the one-stop desks, built only from events")
@SecurityRequirement(name = "SecurityScheme")
public class KpiResource {

    private final ReceivedKpis received;
    private final JsonWebToken caller;

    public KpiResource(ReceivedKpis received, JsonWebToken caller) {
        this.received = received;
        this.caller = caller;
    }

    @GET
    @Path("/received")
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER})
    @Operation(summary = "Dossiers received",
            description = "Dossiers received in a period (business dates in Asia/Ho_Chi_Minh, both ends included), "
                    + "total, per channel and the online share. 'Online' means the ONLINE channel. Role analyst for "
                    + "any unit; role officer only for the unit in their token, whatever 'unit' says.")
    public ReceivedSummary received(
            @Parameter(description = "First day, default 1 January of the current year") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day, default today") @QueryParam("to") LocalDate to,
            @Parameter(description = "Electronic identifier code of a unit") @QueryParam("unit")
            @Pattern(regexp = "[0-9A-Z.]{1,35}", message = "an electronic identifier code like 000.00.20.H26")
            String unit) {
        LocalDate today = LocalDate.now(Period.BUSINESS_ZONE);
        Period period = new Period(from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
        return received.summary(period, caller.getGroups().contains(Roles.ANALYST) ? unit : officerUnit());
    }

    private String officerUnit() {
        return caller.<String>claim("unit").orElse("-"); // an officer without a unit sees nothing
    }
}
