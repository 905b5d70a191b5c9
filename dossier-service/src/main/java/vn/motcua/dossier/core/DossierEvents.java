package vn.motcua.dossier.core;

import static vn.motcua.dossier.core.Dossier.inBusinessZone;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.Timeliness;

/** The payloads the dossier's events carry, the same for live processing and historical import. */
@ApplicationScoped
public class DossierEvents {

    private final WorkingCalendar calendar;

    public DossierEvents(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The payload of dossier-received: what consumers need, no personal data. */
    public static DossierReceivedV1 received(Dossier d, String surveyToken) {
        return new DossierReceivedV1(d.id, d.receiptCode, d.procedureCode, d.procedureName, d.fieldCode, d.fieldName,
                d.unitCode, d.unitName, d.unitLevel, d.channel, d.onlineLevel, d.receivedAt, d.dueAt, d.processingDays,
                surveyToken, d.unitAncestorCodes);
    }

    /** The payload of dossier-resolved: the identifying fields of dossier-received, the outcome and timeliness. */
    public DossierResolvedV1 resolved(Dossier d) {
        Timeliness timeliness = Punctuality.of(d.resolvedAt, d.dueAt);
        return new DossierResolvedV1(d.id, d.receiptCode, d.procedureCode, d.procedureName, d.fieldCode, d.fieldName,
                d.unitCode, d.unitName, d.unitLevel, d.channel, d.onlineLevel, inBusinessZone(d.receivedAt),
                inBusinessZone(d.dueAt), d.outcome, inBusinessZone(d.resolvedAt), timeliness,
                timeliness != Timeliness.LATE, calendar.workingDaysBetween(d.receivedAt, d.resolvedAt), d.unitAncestorCodes);
    }
}
