package vn.motcua.dossier.workflow;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.core.Lifecycle;

/**
 * Each unit's share of a dossier's processing time, read from its history: the receiving unit holds it from
 * intake, each transfer (TRANSFER, RETURN_TO_RECEIVER) starts the next unit's period, and the last period ends when
 * the dossier reaches a final state (else it is still running). Working days as the due date counts them.
 */
public final class UnitTimes {

    /** Who is holding the dossier in a period, compared with the dossier's receiving unit. */
    public enum Role {
        RECEIVING, RESOLVING
    }

    @Schema(name = "DossierUnitTime")
    public record Period(
            @Schema(examples = "000.00.63.H26") String unitCode,
            @Schema(examples = "UBND xã Bát Tràng") String unitName,
            @Schema(description = "RECEIVING: the unit that received the dossier; RESOLVING: a unit resolving it")
            Role role,
            @Schema(examples = "2026-07-15T09:12:30+07:00") OffsetDateTime from,
            @Schema(description = "Absent while the unit still holds the dossier", examples = "2026-07-15T10:05:00+07:00")
            OffsetDateTime to,
            @Schema(description = "Working days the unit held it (until now while it still does)", examples = "0")
            int workingDays) {
    }

    private UnitTimes() {
    }

    /** The periods of {@code dossier} from its history {@code entries} (oldest first), counted up to {@code now}. */
    public static List<Period> of(Dossier dossier, List<HistoryEntry> entries, OffsetDateTime now,
            WorkingCalendar calendar) {
        List<Period> periods = new ArrayList<>();
        String unit = dossier.unitCode;
        String name = dossier.unitName;
        OffsetDateTime from = dossier.receivedAt;
        for (HistoryEntry entry : entries) {
            if (entry.action.transfers() && entry.details != null) {
                periods.add(period(dossier, unit, name, from, entry.at, calendar));
                unit = (String) entry.details.get("toUnitCode");
                name = (String) entry.details.get("toUnitName");
                from = entry.at;
            } else if (Lifecycle.isFinal(entry.toStatus)) {
                periods.add(period(dossier, unit, name, from, entry.at, calendar));
                return periods;
            }
        }
        Period open = period(dossier, unit, name, from, now, calendar);
        periods.add(new Period(open.unitCode(), open.unitName(), open.role(), open.from(), null, open.workingDays()));
        return periods;
    }

    private static Period period(Dossier dossier, String unit, String name, OffsetDateTime from, OffsetDateTime to,
            WorkingCalendar calendar) {
        return new Period(unit, name, unit.equals(dossier.unitCode) ? Role.RECEIVING : Role.RESOLVING,
                Dossier.inBusinessZone(from), Dossier.inBusinessZone(to), calendar.workingDaysBetween(from, to));
    }
}
