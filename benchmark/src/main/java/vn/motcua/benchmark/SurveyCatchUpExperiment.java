package vn.motcua.benchmark;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import vn.motcua.events.DossierReceivedV1;

/**
 * How far survey-service falls behind reporting-service on a bulk load, such as a district's import of half a
 * year (issue 17 item 3): publishes N dossiers, each received then resolved (APPROVED or REJECTED, so each opens a
 * survey), as fast as the broker takes them, then polls both services until reporting counts N dossiers resolved
 * and survey-service N surveys opened. Prints each one's catch-up time from the first event, its events/s, and the
 * lag of surveys behind reporting's figures.
 */
final class SurveyCatchUpExperiment implements Experiment {

    @Override
    public String name() {
        return "survey-catch-up";
    }

    @Override
    public String summary() {
        return "publish N received+resolved dossiers; seconds until reporting and survey-service count them all";
    }

    @Override
    public Set<String> flags() {
        Set<String> flags = new HashSet<>(ReportingEvents.FLAGS);
        flags.addAll(Set.of("dossiers", "survey-url", "settle"));
        return flags;
    }

    @Override
    public String help() {
        return ReportingEvents.HELP + """
                  --dossiers N             dossiers to publish, two events each (default 47928: a district's half year)
                  --survey-url URL         survey-service (default http://127.0.0.1:8083)
                  --settle D               how long to wait for both services (default 10m)
                  --token T | --token-file F   an analyst token (read by both services)
                  --duration D             unused (the run lasts until both have caught up)
                """;
    }

    @Override
    public Report run(Args args, PrintStream progress) throws Exception {
        ReportingEvents events = new ReportingEvents(args);
        URI survey = LoopbackGuard.checkHttp(args.get("survey-url", "http://127.0.0.1:8083"));
        long dossiers = args.longValue("dossiers", 47_928, 1, LoadEngine.MAX_REQUESTS / 2);
        Duration settle = args.duration("settle", Duration.ofMinutes(10));
        OffsetDateTime base = OffsetDateTime.now(ReportingEvents.VIETNAM).minusDays(1).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = base.toLocalDate().plusDays(1);
        String period = "unit=" + events.unitCode + "&from=" + today.minusDays(3) + "&to=" + today.plusDays(3);
        String reportingPath = "/api/v1/kpis?" + period;
        String surveyPath = "/api/v1/survey-results?" + period;

        OffsetDateTime started = Report.now();
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = events.producer(true)) {
            for (long seq = 0; seq < dossiers; seq++) {
                DossierReceivedV1 received = events.received(seq, base.plusSeconds(seq % 80_000));
                producer.send(ReportingEvents.record(received));
                producer.send(ReportingEvents.record(ReportingEvents.resolved(received, seq)));
            }
            producer.flush();
        }
        double publishSeconds = (System.nanoTime() - start) / 1e9;
        progress.printf("published %d events (%d dossiers) in %.1f s; waiting for reporting and surveys%n",
                2 * dossiers, dossiers, publishSeconds);

        long deadline = System.nanoTime() + settle.toNanos();
        long reportingDone = -1;
        long surveyDone = -1;
        long reportingCount = 0;
        long surveyCount = 0;
        while (reportingDone < 0 || surveyDone < 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("after " + settle + " reporting counts " + reportingCount
                        + " resolved and survey-service " + surveyCount + " surveys opened of " + dossiers);
            }
            if (reportingDone < 0) {
                reportingCount = events.countAt(events.baseUrl, reportingPath, "/overall/resolved/total");
                reportingDone = reportingCount >= dossiers ? System.nanoTime() - start : -1;
            }
            if (surveyDone < 0) {
                surveyCount = events.countAt(survey, surveyPath, "/surveysOpened");
                surveyDone = surveyCount >= dossiers ? System.nanoTime() - start : -1;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        double reportingSeconds = reportingDone / 1e9;
        double surveySeconds = surveyDone / 1e9;
        progress.printf("reporting %.1f s, surveys %.1f s after the first event: surveys %.1f s behind%n",
                reportingSeconds, surveySeconds, surveySeconds - reportingSeconds);

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("dossiers", dossiers);
        settings.put("unitCode", events.unitCode);
        settings.put("publishSeconds", Report.round(publishSeconds, 3));
        settings.put("reportingCatchUpSeconds", Report.round(reportingSeconds, 3));
        settings.put("surveyCatchUpSeconds", Report.round(surveySeconds, 3));
        settings.put("surveysBehindReportingSeconds", Report.round(surveySeconds - reportingSeconds, 3));
        settings.put("reportingEventsPerSecond", Report.round(2 * dossiers / reportingSeconds, 1));
        settings.put("surveyEventsPerSecond", Report.round(2 * dossiers / surveySeconds, 1));
        settings.put("measured", "from the first event published until GET " + reportingPath
                + " /overall/resolved/total and GET " + surveyPath + " /surveysOpened reach the dossiers published");
        double millis = Report.round(surveySeconds * 1000, 3);
        return new Report("motcua-benchmark", name(), "GET " + survey.resolve(surveyPath),
                started.truncatedTo(ChronoUnit.MILLIS).toString(), 1, null, null, null, 0, Report.round(surveySeconds, 3),
                2 * dossiers, 2 * dossiers, 0, Report.round(2 * dossiers / surveySeconds, 1),
                Report.round(2 * dossiers / surveySeconds, 1),
                new Report.Latency(millis, millis, 0, millis, millis, millis, millis, millis, millis),
                Map.of("CAUGHT_UP", 1L), Map.of(), 0, settings, Report.Environment.current());
    }
}
