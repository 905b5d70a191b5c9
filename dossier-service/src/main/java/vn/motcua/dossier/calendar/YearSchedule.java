package vn.motcua.dossier.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearSchedule", description = "A year's holidays, compensatory days off and swapped working days")
public record YearSchedule(
        @Schema(readOnly = true, examples = "2026") Integer year,
        @Schema(readOnly = true, examples = "true", description = "true when an administrator set this year's "
                + "official schedule (2019–2026 are seeded); false for the computed default of a year not set")
        Boolean official,
        @Schema(description = "The listed dates, sorted; every other Monday–Friday is a working day")
        @NotNull @Size(max = 100) List<@Valid @NotNull ScheduleDay> days) {
}
