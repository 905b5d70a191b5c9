package vn.motcua.dossier.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DueDate", description = "When a procedure with a processing time in working days, received at a given "
        + "time, is due: the intake day does not count, day 1 is the first working day after it")
public record DueDate(
        @Schema(description = "The intake time, as given", examples = "2025-01-24T10:30:00+07:00")
        OffsetDateTime receivedAt,
        @Schema(description = "The processing time in working days", minimum = "0", maximum = "365", examples = "5")
        int workingDays,
        @Schema(description = "The working day on which processing ends (business date in Vietnam)",
                examples = "2025-02-07")
        LocalDate dueDate,
        @Schema(description = "The end of office hours (17:00 Asia/Ho_Chi_Minh) on the due date",
                examples = "2025-02-07T17:00:00+07:00")
        OffsetDateTime dueAt) {
}
