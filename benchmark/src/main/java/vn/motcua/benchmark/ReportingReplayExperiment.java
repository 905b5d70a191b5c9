package vn.motcua.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * Preloads the three topics with a realistic mix (every dossier received, 3 in 5 resolved, 3 in 20 answered
 * a survey), waits until the live consumers have counted them, then asks reporting-service to rebuild its
 * read models and measures records replayed per second from the rebuild's start to its switch.
 */
final class ReportingReplayExperiment implements Experiment {

    @Override
    public String name() {
        return "reporting-replay";
    }

    @Override
    public String summary() {
        return "preload N events, POST /api/v1/read-models/rebuild, events/s from start to switch";
    }

    @Override
    public Set<String> flags() {
        Set<String> flags = new HashSet<>(ReportingEvents.FLAGS);
        flags.addAll(Set.of("events", "settle", "kpi-path", "count-field"));
        return flags;
    }

    @Override
    public String help() {
        return ReportingEvents.HELP + """
                  --events N               events to publish first (default 200000; 0 replays what the topics hold)
                  --kpi-path P, --count-field F   the received-dossier count the live consumers must reach before
                                           the rebuild starts (default /api/v1/kpis/received?unit={unit}, total)
                  --settle D               how long to wait for that, and for the rebuild (default 10m)
                  --duration D             unused (the run lasts as long as the rebuild)
                """;
    }

    @Override
    public Report run(Args args, PrintStream progress) throws Exception {
        ReportingEvents reporting = new ReportingEvents(args);
        long events = args.longValue("events", 200_000, 0, LoadEngine.MAX_REQUESTS);
        Duration settle = args.duration("settle", Duration.ofMinutes(10));
        String kpiPath = args.get("kpi-path", "/api/v1/kpis/received?unit={unit}").replace("{unit}", reporting.unitCode);
        String countField = args.get("count-field", "total");
        String pointer = countField.startsWith("/") ? countField : "/" + countField;

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("preloadedEvents", events);
        settings.put("unitCode", reporting.unitCode);
        settings.put("kafkaBootstrap", reporting.bootstrap);
        if (events > 0) {
            long preloadStart = System.nanoTime();
            long dossiers = preload(reporting, events);
            double preloadSeconds = (System.nanoTime() - preloadStart) / 1e9;
            progress.printf("published %d events (%d dossiers) in %.1f s; waiting for the live consumers%n", events,
                    dossiers, preloadSeconds);
            settings.put("preloadSeconds", Report.round(preloadSeconds, 3));
            long deadline = System.nanoTime() + settle.toNanos();
            while (reporting.kpiCount(kpiPath, pointer) < dossiers) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the live consumers did not count " + dossiers + " dossiers within "
                            + settle);
                }
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
            settings.put("liveCatchUpSeconds", Report.round((System.nanoTime() - preloadStart) / 1e9 - preloadSeconds, 3));
        }

        OffsetDateTime started = Report.now();
        long start = System.nanoTime();
        HttpResponse<String> accepted = reporting.post("/api/v1/read-models/rebuild");
        if (accepted.statusCode() != 202) {
            throw new IOException("rebuild refused with " + accepted.statusCode() + ": " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("202 without Location"));
        String statusPath = reporting.baseUrl.relativize(java.net.URI.create(location)).toString();
        progress.println("rebuild started: " + location);
        JsonNode status = ReportingEvents.parse(accepted.body());
        long deadline = System.nanoTime() + settle.toNanos();
        while ("RUNNING".equals(status.path("state").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not finish within " + settle);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            status = reporting.get("/" + statusPath);
        }
        long clientNanos = System.nanoTime() - start;
        return report(reporting, started, clientNanos, status, settings);
    }

    /** Publishes {@code events} records; returns how many dossiers they describe. */
    private static long preload(ReportingEvents reporting, long events) {
        long sent = 0;
        long dossier = 0;
        OffsetDateTime base = OffsetDateTime.now(ReportingEvents.VIETNAM).minusDays(1);
        try (KafkaProducer<String, String> producer = reporting.producer(true)) {
            while (sent < events) {
                DossierReceivedV1 received = reporting.received(dossier, base.plus(dossier % 80_000, ChronoUnit.SECONDS)
                        .truncatedTo(ChronoUnit.SECONDS));
                producer.send(ReportingEvents.record(received));
                sent++;
                if (sent < events && dossier % 5 < 3) {
                    producer.send(ReportingEvents.record(ReportingEvents.resolved(received, dossier)));
                    sent++;
                }
                if (sent < events && dossier % 20 < 3) {
                    producer.send(ReportingEvents.record(ReportingEvents.response(received, dossier)));
                    sent++;
                }
                dossier++;
            }
            producer.flush();
        }
        return dossier;
    }

    private Report report(ReportingEvents reporting, OffsetDateTime started, long clientNanos, JsonNode status,
            Map<String, Object> settings) {
        long read = status.path("eventsRead").asLong();
        long invalid = status.path("eventsInvalid").asLong();
        double serverSeconds = Duration.between(OffsetDateTime.parse(status.path("startedAt").asText()),
                OffsetDateTime.parse(status.path("finishedAt").asText())).toNanos() / 1e9;
        double clientSeconds = clientNanos / 1e9;
        boolean switched = "SWITCHED".equals(status.path("state").asText());
        settings.put("rebuild", status);
        settings.put("serverSecondsStartToSwitch", Report.round(serverSeconds, 3));
        settings.put("serverEventsPerSecond", Report.round(serverSeconds > 0 ? read / serverSeconds : 0, 1));
        settings.put("measured", "records read by the rebuild / time from POST to the first status showing SWITCHED");
        double millis = Report.round(clientSeconds * 1000, 3);
        Map<String, Long> statuses = new LinkedHashMap<>(Map.of(status.path("state").asText(), 1L));
        return new Report("motcua-benchmark", name(), "POST " + reporting.baseUrl.resolve("/api/v1/read-models/rebuild"),
                started.truncatedTo(ChronoUnit.MILLIS).toString(), 1, null, null, null, 0, Report.round(clientSeconds, 3),
                read, read - invalid, invalid, Report.round(read / clientSeconds, 1),
                Report.round((read - invalid) / clientSeconds, 1),
                new Report.Latency(millis, millis, 0, millis, millis, millis, millis, millis, millis), statuses,
                switched ? Map.of() : statuses, 0, settings, Report.Environment.current());
    }
}
