package vn.motcua.reporting.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.events.Channel;

/** The figures of one KPI row, series point or report; see the definitions in the API description. */
@Schema(name = "KpiFigures", description = "Dossier and satisfaction figures of a period and filter")
public record KpiFigures(
        Received received,
        Resolved resolved,
        @Schema(description = "Dossiers withdrawn by the applicant in the period (outcome WITHDRAWN)", examples = "4")
        long withdrawn,
        @Schema(description = "Dossiers received before the period's end and not resolved or withdrawn by then",
                examples = "36") long pendingAtEnd,
        @Schema(description = "Of pendingAtEnd, those whose due date had passed at the period's end (or now, when "
                + "the period ends in the future)", examples = "2") long overdue,
        ProcessingTime processingWorkingDays,
        Decision766OnTime decision766OnTime,
        Digitisation digitisation,
        Satisfaction satisfaction) {

    /** The received figures of the examples: 370 dossiers, 170 of them online (45.9 %). */
    static final String BY_CHANNEL_EXAMPLE = "{\"IN_PERSON\": 200, \"ONLINE\": 170, \"POSTAL\": 0}";

    @Schema(name = "ReceivedFigures")
    public record Received(
            @Schema(description = "Dossiers received in the period", examples = "370") long total,
            @Schema(description = "Received per channel; every channel listed, 0 included",
                    example = BY_CHANNEL_EXAMPLE) Map<Channel, Long> byChannel,
            @Schema(description = "Received through the ONLINE channel", examples = "170") long online,
            @Schema(description = "online / total, percent, one decimal rounded half up; absent when total is 0",
                    examples = "45.9") BigDecimal onlineSharePercent,
            @Schema(description = "Received for procedures offered online (online level FULL or PARTIAL)",
                    examples = "310") long offeredOnline) {
    }

    @Schema(name = "ResolvedFigures")
    public record Resolved(
            @Schema(description = "Dossiers resolved in the period (outcome APPROVED or REJECTED)", examples = "330")
            long total,
            @Schema(description = "Resolved before the due date's working day", examples = "120") long early,
            @Schema(description = "Resolved on the due date's working day", examples = "205") long onTime,
            @Schema(description = "Resolved after the due date", examples = "5") long late,
            @Schema(description = "(early + onTime) / total, percent, one decimal rounded half up; absent when total "
                    + "is 0", examples = "98.5") BigDecimal onTimeRatePercent,
            @Schema(description = "Resolved with outcome APPROVED", examples = "322") long approved,
            @Schema(description = "Resolved with outcome REJECTED", examples = "8") long rejected) {
    }

    @Schema(name = "ProcessingTime", description = "Working days taken by the dossiers resolved in the period; "
            + "one decimal rounded half up; absent when none was resolved")
    public record ProcessingTime(
            @Schema(examples = "3.2") BigDecimal mean,
            @Schema(examples = "3.0") BigDecimal median,
            @Schema(description = "90th percentile", examples = "6.0") BigDecimal p90) {
    }

    @Schema(name = "Decision766OnTimeFigures", description = "The on-time criterion of Decision 766/QĐ-TTg, apart "
            + "from resolved.onTimeRatePercent: dossiers processed on time plus those in progress within their time, "
            + "over all processed in the period and in progress at its end")
    public record Decision766OnTime(
            @Schema(description = "Dossiers processed in the period: resolved (APPROVED or REJECTED, processing "
                    + "stopped included) or withdrawn", examples = "334") long processed,
            @Schema(description = "Of those, processed by their due date (early or on time) with at most one "
                    + "supplement request", examples = "327") long processedOnTime,
            @Schema(description = "Processed by their due date but counted late: more than one supplement request",
                    examples = "2") long lateForSupplementRequests,
            @Schema(description = "In progress at the period's end (pendingAtEnd)", examples = "36") long inProgress,
            @Schema(description = "Of those, not overdue at the period's end", examples = "34")
            long inProgressWithinTime,
            @Schema(description = "(processedOnTime + inProgressWithinTime) / (processed + inProgress), percent, one "
                    + "decimal rounded half up; absent when both are 0", examples = "97.8")
            BigDecimal onTimeRatePercent) {
    }

    @Schema(name = "DigitisationFigures", description = "From the optional file counts of the dossier events: a "
            + "dossier's latest known counts (at resolution, else at intake); events without them count 0 and false")
    public record Digitisation(
            @Schema(description = "Files attached to the components of the dossiers received in the period",
                    examples = "512") long files,
            @Schema(description = "Dossiers received in the period with at least one component scanned at the desk "
                    + "(digitised)", examples = "148") long receivedWithDigitisedComponents,
            @Schema(description = "receivedWithDigitisedComponents / received, percent, one decimal rounded half up; "
                    + "absent when nothing was received", examples = "40.0") BigDecimal digitisedSharePercent,
            @Schema(description = "Components reused (from an earlier result or the citizen's data store instead of "
                    + "asked again) in the dossiers received in the period", examples = "95") long reusedComponents,
            @Schema(description = "Dossiers received in the period with at least one reused component",
                    examples = "74") long receivedWithReusedComponents,
            @Schema(description = "receivedWithReusedComponents / received, percent, one decimal rounded half up; "
                    + "absent when nothing was received", examples = "20.0") BigDecimal reuseSharePercent,
            @Schema(description = "Dossiers resolved in the period (APPROVED or REJECTED) with an electronic result "
                    + "issued", examples = "264") long electronicResults,
            @Schema(description = "electronicResults / resolved, percent, one decimal rounded half up; absent when "
                    + "nothing was resolved", examples = "80.0") BigDecimal electronicResultRatePercent,
            @Schema(description = "Dossiers resolved in the period with at least one digitised component and an "
                    + "electronic result", examples = "132") long resolvedDigitisedWithElectronicResult,
            @Schema(description = "resolvedDigitisedWithElectronicResult / resolved, percent, one decimal rounded half "
                    + "up; absent when nothing was resolved", examples = "40.0")
            BigDecimal digitisedWithElectronicResultSharePercent) {
    }

    @Schema(name = "SatisfactionFigures")
    public record Satisfaction(
            @Schema(description = "Share of answers scored 4 or 5 among all answered questions of the responses "
                    + "submitted in the period, percent, one decimal rounded half up; absent without answers",
                    examples = "92.3") BigDecimal indexPercent,
            @Schema(description = "Survey responses submitted in the period", examples = "52") long responses,
            @Schema(description = "Questions answered in those responses", examples = "936") long answers,
            @Schema(description = "Of those, answers scored 4 or 5", examples = "864") long satisfiedAnswers) {
    }

    /** Dossier tallies of one row as the read-model query returns them. */
    public record DossierCounts(long received, long inPerson, long online, long postal, long offeredOnline,
            long early, long onTime, long late, long approved, long rejected, long withdrawn, long pendingAtEnd,
            long overdue, BigDecimal meanDays, Double medianDays, Double p90Days, long processedOnTime766,
            long lateForSupplementRequests) {

        public static final DossierCounts NONE = new DossierCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null,
                null, null, 0, 0);
    }

    /** Digitisation tallies of one row as the read-model query returns them. */
    public record DigitisationCounts(long files, long receivedWithDigitised, long reusedComponents,
            long receivedWithReused, long electronicResults, long digitisedWithElectronicResult) {

        public static final DigitisationCounts NONE = new DigitisationCounts(0, 0, 0, 0, 0, 0);
    }

    /** Survey tallies of one row. */
    public record SurveyCounts(long responses, long answers, long satisfied) {

        public static final SurveyCounts NONE = new SurveyCounts(0, 0, 0);
    }

    public static KpiFigures of(DossierCounts d, DigitisationCounts g, SurveyCounts s) {
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        byChannel.put(Channel.IN_PERSON, d.inPerson());
        byChannel.put(Channel.ONLINE, d.online());
        byChannel.put(Channel.POSTAL, d.postal());
        long resolved = d.approved() + d.rejected();
        return new KpiFigures(
                new Received(d.received(), byChannel, d.online(), Percentages.of(d.online(), d.received()),
                        d.offeredOnline()),
                new Resolved(resolved, d.early(), d.onTime(), d.late(),
                        Percentages.of(d.early() + d.onTime(), resolved), d.approved(), d.rejected()),
                d.withdrawn(), d.pendingAtEnd(), d.overdue(),
                resolved == 0 ? null : new ProcessingTime(oneDecimal(d.meanDays()), oneDecimal(d.medianDays()),
                        oneDecimal(d.p90Days())),
                decision766(d, resolved),
                new Digitisation(g.files(), g.receivedWithDigitised(), Percentages.of(g.receivedWithDigitised(),
                        d.received()), g.reusedComponents(), g.receivedWithReused(),
                        Percentages.of(g.receivedWithReused(), d.received()), g.electronicResults(),
                        Percentages.of(g.electronicResults(), resolved), g.digitisedWithElectronicResult(),
                        Percentages.of(g.digitisedWithElectronicResult(), resolved)),
                new Satisfaction(Percentages.of(s.satisfied(), s.answers()), s.responses(), s.answers(),
                        s.satisfied()));
    }

    /**
     * Decision 766/QĐ-TTg's on-time rate as its published description reads (second-hand: the annex itself could not
     * be consulted): a dossier's end time is its resolution or withdrawal, else the period's end; the applicant's
     * supplement time does not count (the dossier service's due date already leaves it out); more than one
     * supplement request makes a dossier late.
     */
    private static Decision766OnTime decision766(DossierCounts d, long resolved) {
        long processed = resolved + d.withdrawn();
        long withinTime = d.pendingAtEnd() - d.overdue();
        return new Decision766OnTime(processed, d.processedOnTime766(), d.lateForSupplementRequests(),
                d.pendingAtEnd(), withinTime,
                Percentages.of(d.processedOnTime766() + withinTime, processed + d.pendingAtEnd()));
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal oneDecimal(Double value) {
        return value == null ? null : oneDecimal(BigDecimal.valueOf(value));
    }
}
