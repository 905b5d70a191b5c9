package vn.motcua.reporting.kpi;

/** The KPI definitions, written once and shown in the OpenAPI description of every endpoint that uses them. */
public final class KpiDefinitions {

    public static final String TEXT = """
            Definitions (business dates in Asia/Ho_Chi_Minh; a period runs from the start of 'from' to the end of \
            'to'; all figures are built only from the dossier-received, dossier-resolved and \
            survey-response-submitted events):
            - received: dossiers whose intake time lies in the period; per channel IN_PERSON, ONLINE, POSTAL; \
            online = the ONLINE channel; online share = online / received.
            - offeredOnline: received dossiers of procedures offered online (online level FULL or PARTIAL).
            - resolved: dossiers resolved in the period with outcome APPROVED or REJECTED (the dossiers that were \
            due and were dealt with); early / on time / late is the timeliness the dossier service reported against \
            the due date in force (a supplement request restarts the clock there); on-time rate = (early + on time) \
            / resolved. A late dossier stays late even after an apology letter.
            - rejected: resolved with outcome REJECTED. withdrawn: withdrawn by the applicant in the period, counted \
            apart from resolved.
            - pendingAtEnd: received before the period's end and not resolved or withdrawn by then. overdue: of \
            those, the ones whose due date had passed at the period's end (or now, if the period ends in the \
            future).
            - processingWorkingDays: working days taken by the dossiers resolved in the period: mean, median and \
            90th percentile (continuous percentile).
            - digitisation (from the optional file counts of dossier-received and dossier-resolved; a dossier's \
            counts are the latest known: at resolution, else at intake; events without them count 0 and false): \
            files = files attached to the components of the dossiers received in the period; \
            receivedWithDigitisedComponents = received dossiers with at least one component scanned at the desk \
            (digitised), digitised share = that / received; reusedComponents = components of the received dossiers \
            taken from an earlier result or the citizen's data store instead of asked again; \
            receivedWithReusedComponents = received dossiers with at least one of them, reuse share = that / \
            received; electronicResults = resolved dossiers (APPROVED or REJECTED) with an electronic result issued, \
            electronic result rate = that / resolved; resolvedDigitisedWithElectronicResult = resolved dossiers with \
            at least one digitised component and an electronic result, its share = that / resolved.
            - satisfaction index: share of answers scored 4 or 5 among all questions answered in the survey \
            responses submitted in the period (SIPAS); responses = their number. Level filters and groups of \
            responses use the unit's latest known level; kiosk responses have no procedure or field.
            - a unit with its sub-units: the dossiers filed at the unit or at a unit whose parents at intake \
            include it.
            - unitRole: RECEIVING (default) counts a dossier for the unit that received it; RESOLVING for the unit \
            that resolved it or is to resolve it (the events' resolvingUnit: another commune or a provincial \
            department of an inter-linked dossier; the receiving unit when they name none). unit, includeSubUnits \
            (the resolving unit's parents), level and the UNIT and LEVEL groupings follow it; a dossier counts once \
            per role, never twice in one figure. Survey responses count for the unit they name under both roles.
            Counts are exact. Rates are percentages with one decimal, rounded half up (2/3 = 66.7, 1/8 = 12.5), \
            absent when their denominator is 0.
            Access: role analyst for any unit; role officer for their own unit (token claim 'unit') and its \
            sub-units only: without 'unit' an officer gets their own unit; another unit is a 403 problem naming \
            'unit'. A unit that no event has named is a 404 problem naming 'unit'. Missing, malformed or inverted \
            dates, a period longer than 5 years, unknown groupings or filter values are 400 problems naming the \
            parameter.""";

    private KpiDefinitions() {
    }
}
