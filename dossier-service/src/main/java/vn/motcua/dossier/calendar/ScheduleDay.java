package vn.motcua.dossier.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDay", description = "A date that differs from the Monday–Friday rule")
public record ScheduleDay(
        @NotNull @Schema(examples = "2026-02-17") LocalDate date,
        @NotNull @Schema(examples = "HOLIDAY") DayKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "Tết Nguyên đán") String name) {
}
