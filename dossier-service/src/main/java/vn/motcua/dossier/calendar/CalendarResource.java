package vn.motcua.dossier.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.Roles;

@Path("/api/v1/calendar/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "The working-day calendar that due dates are counted on")
public class CalendarResource {

    private static final String YEAR_DOC = "The year, " + ScheduleRules.FIRST_YEAR + "–" + ScheduleRules.LAST_YEAR;

    private final CalendarSchedules schedules;
    private final CalendarMapper mapper;
    private final JsonWebToken caller;

    public CalendarResource(CalendarSchedules schedules, CalendarMapper mapper, JsonWebToken caller) {
        this.schedules = schedules;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getCalendar",
            summary = "A year's calendar",
            description = "The dates of the year that differ from the Monday–Friday rule: holidays, compensatory "
                    + "days off, swapped working Saturdays. `official: true` when a catalog administrator set the "
                    + "year (2019–2026 are seeded with the government's announced schedules); otherwise the computed "
                    + "default: 1 Jan, Tết (last day of the lunar year and the first 4 days of the new one, "
                    + "Vietnamese lunar calendar at UTC+7), Hùng Kings day (10/3 lunar), 30 Apr, 1 May, 2 Sep plus "
                    + "an adjacent day, and a compensatory day off on the next free weekday for each holiday on a "
                    + "weekend. Due dates are counted on exactly this calendar. Public.")
    public YearSchedule get(@Parameter(description = YEAR_DOC, example = "2026") @PathParam("year") int year) {
        CalendarSchedules.checkYear(year);
        return schedules.official(year)
                .map(official -> view(official.year, true, official.days))
                .orElseGet(() -> new YearSchedule(year, false, schedules.computed(year)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "replaceCalendar",
            summary = "Set a year's official schedule",
            description = "Role catalog-admin. Replaces the year's listed dates as a whole; every date must be in "
                    + "that year, a WORKING_DAY on a weekend, a COMPENSATORY_DAY_OFF on a weekday. Concurrent "
                    + "replacements of one year are applied one after the other; the last one stands, whole.")
    public YearSchedule set(@Parameter(description = YEAR_DOC, example = "2027") @PathParam("year") int year,
            @Valid @NotNull YearSchedule schedule) {
        CalendarYear saved = schedules.setOfficial(year, schedule.days(), caller.getName());
        return view(saved.year, true, saved.days);
    }

    private YearSchedule view(int year, boolean official, List<CalendarDay> days) {
        return new YearSchedule(year, official, days.stream().map(mapper::toView)
                .sorted(java.util.Comparator.comparing(ScheduleDay::date)).toList());
    }
}
