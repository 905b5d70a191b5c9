package vn.motcua.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Publishes dossier-received events at a fixed rate (open loop, as intake would) and measures, for each, the
 * time from its publication until the KPI endpoint counts it. The endpoint is polled; the k-th event counted
 * is matched with the k-th event published (order statistics), and its visibility time is when the response
 * that first showed it arrived, so polling and HTTP time are included: an upper bound, never flattering.
 */
final class ReportingFreshnessExperiment implements Experiment {

    @Override
    public String name() {
        return "reporting-freshness";
    }

    @Override
    public String summary() {
        return "dossier-received to Kafka at --rate/s; latency from publication to being counted by a KPI";
    }

    @Override
    public Set<String> flags() {
        Set<String> flags = new HashSet<>(ReportingEvents.FLAGS);
        flags.addAll(Set.of("rate", "kpi-path", "count-field", "poll-interval", "settle"));
        return flags;
    }

    @Override
    public String help() {
        return ReportingEvents.HELP + """
                  --rate N                 events published per second (default 200, max 5000)
                  --kpi-path P             KPI to poll, {unit} replaced (default /api/v1/kpis/received?unit={unit})
                  --count-field F          JSON field (or /pointer) of the count in its body (default total)
                  --poll-interval D        pause between polls (default 10ms)
                  --settle D               after publishing stops, wait this long for the rest (default 30s);
                                           events never counted are errors ("not-visible")
                """;
    }

    @Override
    public Report run(Args args, PrintStream progress) throws Exception {
        ReportingEvents reporting = new ReportingEvents(args);
        int rate = args.intValue("rate", 200, 1, 5000);
        Duration duration = args.duration("duration", Main.DEFAULT_DURATION);
        String kpiPath = args.get("kpi-path", "/api/v1/kpis/received?unit={unit}").replace("{unit}", reporting.unitCode);
        String countField = args.get("count-field", "total");
        String pointer = countField.startsWith("/") ? countField : "/" + countField;
        Duration pollInterval = args.duration("poll-interval", Duration.ofMillis(10));
        Duration settle = args.duration("settle", Duration.ofSeconds(30));
        LoadEngine.Plan plan = new LoadEngine.Plan(1, duration, 0, Duration.ZERO);
        int total = (int) Math.min(Integer.MAX_VALUE - 8, (long) rate * duration.toMillis() / 1000);

        long baseline = reporting.kpiCount(kpiPath, pointer);
        if (baseline < 0) {
            throw new IllegalStateException(kpiPath + " is unavailable (503)");
        }
        progress.printf("publishing %d dossier-received events at %d/s for unit %s; KPI %s counts %d before%n",
                total, rate, reporting.unitCode, kpiPath, baseline);
        AtomicLongArray publishedAt = new AtomicLongArray(total);
        AtomicLong published = new AtomicLong();
        AtomicLong sendErrors = new AtomicLong();
        OffsetDateTime started = Report.now();
        long start = System.nanoTime();
        Thread publisher = new Thread(() -> publish(reporting, rate, total, start, publishedAt, published, sendErrors),
                "freshness-publisher");
        publisher.start();

        Recorder recorder = new Recorder();
        long counted = 0;
        long settledBy = Long.MAX_VALUE;
        while (counted < total && System.nanoTime() < settledBy) {
            if (settledBy == Long.MAX_VALUE && !publisher.isAlive()) {
                settledBy = System.nanoTime() + settle.toNanos();
            }
            long count = reporting.kpiCount(kpiPath, pointer);
            long seenAt = System.nanoTime();
            long visible = count < 0 ? counted : count - baseline; // 503: nothing learnt from this poll
            for (; counted < Math.min(visible, published.get()); counted++) {
                recorder.record(seenAt - publishedAt.get((int) counted), "visible", true, 0);
            }
            LockSupport.parkNanos(pollInterval.toNanos());
        }
        publisher.join();
        long elapsed = System.nanoTime() - start;
        for (long missing = counted; missing < published.get(); missing++) {
            recorder.record(System.nanoTime() - publishedAt.get((int) missing), "not-visible", false, 0);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("rate", rate);
        settings.put("published", published.get());
        settings.put("sendErrors", sendErrors.get());
        settings.put("unitCode", reporting.unitCode);
        settings.put("kafkaBootstrap", reporting.bootstrap);
        settings.put("kpi", kpiPath);
        settings.put("countField", countField);
        settings.put("pollIntervalMs", pollInterval.toMillis());
        settings.put("latency", "publication (producer send) to the first KPI response counting the event");
        return Report.of(name(), "kafka " + reporting.bootstrap + " -> " + reporting.baseUrl.resolve(kpiPath), started,
                plan, true, new LoadEngine.Measurement(elapsed, Recorder.merge(List.of(recorder))), settings);
    }

    private static void publish(ReportingEvents reporting, int rate, int total, long start, AtomicLongArray publishedAt,
            AtomicLong published, AtomicLong sendErrors) {
        try (KafkaProducer<String, String> producer = reporting.producer(false)) {
            for (int i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                var record = ReportingEvents.record(reporting.received(i, OffsetDateTime.now(ReportingEvents.VIETNAM)));
                publishedAt.set(i, System.nanoTime());
                producer.send(record, (metadata, error) -> {
                    if (error != null) {
                        sendErrors.incrementAndGet();
                    }
                });
                published.incrementAndGet();
            }
        }
    }
}
