package vn.motcua.dossier.core;

import static vn.motcua.dossier.core.Dossier.inBusinessZone;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.DossierTransferredV1;
import vn.motcua.events.TransferDirection;
import vn.motcua.events.UnitRef;
import vn.motcua.events.Timeliness;

/** The payloads the dossier's events carry, the same for live processing and historical import. */
@ApplicationScoped
public class DossierEvents {

    private final WorkingCalendar calendar;

    public DossierEvents(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * What the events say about a dossier's component files and electronic result: counts and a flag, never the
     * files. A null value is not known, and the event leaves the field out (consumers read 0 or false).
     */
    public record Files(Integer files, Integer digitisedComponents, Integer reusedComponents,
            Boolean electronicResultIssued) {

        /**
         * Counts not known: dossier-received leaves them out (files are attached after intake, so the resolution's
         * counts are the ones that matter), and so does a historical import.
         */
        public static final Files UNKNOWN = new Files(null, null, null, null);
    }

    /** The payload of dossier-received without file counts. */
    public static DossierReceivedV1 received(Dossier d, String surveyToken) {
        return received(d, surveyToken, Files.UNKNOWN);
    }

    /** The payload of dossier-received: what consumers need, no personal data; the files as counted at intake. */
    public static DossierReceivedV1 received(Dossier d, String surveyToken, Files files) {
        return new DossierReceivedV1(d.id, d.receiptCode, d.procedureCode, d.procedureName, d.fieldCode, d.fieldName,
                d.unitCode, d.unitName, d.unitLevel, d.channel, d.onlineLevel, d.receivedAt, d.dueAt, d.processingDays,
                surveyToken, d.unitAncestorCodes, files.files(), files.digitisedComponents(), files.reusedComponents())
                .withResolvingUnit(resolvingUnit(d));
    }

    /** The resolving unit as the events name it (they leave it out when it is the receiving unit). */
    public static UnitRef resolvingUnit(Dossier d) {
        return new UnitRef(d.resolvingUnitCode, d.resolvingUnitName, d.resolvingUnitLevel, d.resolvingUnitAncestorCodes);
    }

    /** The receiving unit as an event names it besides {@code unitCode}. */
    public static UnitRef receivingUnit(Dossier d) {
        return new UnitRef(d.unitCode, d.unitName, d.unitLevel, d.unitAncestorCodes);
    }

    /** The unit holding the dossier now: its receiving or its resolving unit. */
    public static UnitRef holder(Dossier d) {
        return d.heldByUnitCode.equals(d.unitCode) ? receivingUnit(d) : resolvingUnit(d);
    }

    /**
     * The payload of dossier-transferred: the dossier handed from one of its units to the other (or to another unit
     * now resolving it), at {@code at}, after {@code workingDaysHeld} working days with the unit handing it over.
     */
    public static DossierTransferredV1 transferred(Dossier d, UnitRef from, UnitRef to, TransferDirection direction,
            OffsetDateTime at, int workingDaysHeld) {
        return new DossierTransferredV1(d.id, d.receiptCode, d.procedureCode, d.unitCode, from, to, direction,
                d.status.name(), inBusinessZone(at), workingDaysHeld);
    }

    /** The payload of dossier-resolved without file counts or electronic result. */
    public DossierResolvedV1 resolved(Dossier d) {
        return resolved(d, Files.UNKNOWN);
    }

    /**
     * The payload of dossier-resolved: the identifying fields of dossier-received, the outcome and timeliness (against
     * the due date before an extension, which is the {@code dueAt} it carries), the files as counted at resolution,
     * whether an electronic result was issued, the supplement requests and whether processing was stopped.
     */
    public DossierResolvedV1 resolved(Dossier d, Files files) {
        OffsetDateTime due = d.punctualityDueAt();
        Timeliness timeliness = Punctuality.of(d.resolvedAt, due);
        return new DossierResolvedV1(d.id, d.receiptCode, d.procedureCode, d.procedureName, d.fieldCode, d.fieldName,
                d.unitCode, d.unitName, d.unitLevel, d.channel, d.onlineLevel, inBusinessZone(d.receivedAt),
                inBusinessZone(due), d.outcome, inBusinessZone(d.resolvedAt), timeliness,
                timeliness != Timeliness.LATE, calendar.workingDaysBetween(d.receivedAt, d.resolvedAt), d.unitAncestorCodes,
                files.files(), files.digitisedComponents(), files.reusedComponents(), files.electronicResultIssued())
                .withResolution(resolvingUnit(d), d.supplementRequestCount, d.status == DossierStatus.STOPPED);
    }
}
