package vn.motcua.dossier.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.SupportedDates;

@Path("/api/v1/calendar/due-date")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "The working-day calendar that due dates are counted on")
public class DueDateResource {

    static final int MAX_WORKING_DAYS = 365;

    private final WorkingCalendar calendar;

    public DueDateResource(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @PermitAll
    @Operation(operationId = "computeDueDate",
            summary = "Compute a due date",
            description = "The due date of a procedure with a processing time of `workingDays` working days received "
                    + "at `receivedAt`, on the working-day calendar of `GET /api/v1/calendar/{year}` (weekends, "
                    + "holidays and compensatory days off do not count; swapped working Saturdays do). The intake day "
                    + "(its date in Asia/Ho_Chi_Minh) does not count: day 1 is the first working day after it "
                    + "(Civil Code 2015 art. 147), and 0 working days is the intake day itself. The dossier is due "
                    + "at the end of office hours, 17:00 Vietnam time, of that day. Public.")
    @APIResponse(responseCode = "200", description = "The due date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DueDate.class)))
    @APIResponse(responseCode = "400", description = "receivedAt or workingDays missing or invalid; `errors[]` names "
            + "the field", content = @Content(mediaType = "application/problem+json"))
    public DueDate compute(
            @Parameter(description = "The intake time, ISO-8601 with an offset (in a URL, write `+` as `%2B`)",
                    required = true, example = "2025-01-24T10:30:00+07:00",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("receivedAt") String receivedAt,
            @Parameter(description = "The processing time in working days, 0–365", required = true, example = "5",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "365"))
            @QueryParam("workingDays") String workingDays) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime received = parseReceivedAt(receivedAt, errors);
        Integer days = parseWorkingDays(workingDays, errors);
        FieldErrors.of(errors).throwIfAny();
        return new DueDate(received, days, calendar.dueDate(received, days), calendar.dueAt(received, days));
    }

    private static OffsetDateTime parseReceivedAt(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("receivedAt", "is required: an ISO-8601 date-time with an offset, "
                    + "e.g. 2025-01-24T10:30:00+07:00"));
            return null;
        }
        // An unencoded '+' in a query string arrives as a space: "2025-01-24T10:30:00 07:00".
        String text = value.strip().replace(' ', '+');
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(text);
            // the supported range first: the business date of +999999999-12-31T23:00-12:00 cannot be computed
            int year = SupportedDates.contains(parsed) ? WorkingCalendar.businessDate(parsed).getYear() : 0;
            if (year < ScheduleRules.FIRST_YEAR || year >= ScheduleRules.LAST_YEAR) {
                errors.add(new FieldError("receivedAt", "must be in the years " + ScheduleRules.FIRST_YEAR + "–"
                        + (ScheduleRules.LAST_YEAR - 1)));
                return null;
            }
            return parsed;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("receivedAt", "must be an ISO-8601 date-time with an offset, "
                    + "e.g. 2025-01-24T10:30:00+07:00"));
            return null;
        }
    }

    private static Integer parseWorkingDays(String value, List<FieldError> errors) {
        String message = "must be a whole number of working days from 0 to " + MAX_WORKING_DAYS;
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("workingDays", "is required: " + message));
            return null;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days < 0 || days > MAX_WORKING_DAYS) {
                errors.add(new FieldError("workingDays", message));
                return null;
            }
            return days;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("workingDays", message));
            return null;
        }
    }
}
