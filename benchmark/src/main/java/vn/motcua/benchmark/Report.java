package vn.motcua.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The figures of one run, as printed and as written to the JSON file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        String tool,
        String scenario,
        String target,
        String startedAt,
        int concurrency,
        Double ratePerSecond,
        Double durationLimitSeconds,
        Long requestLimit,
        double warmupSeconds,
        double elapsedSeconds,
        long requests,
        long successes,
        long errors,
        double throughputPerSecond,
        double successThroughputPerSecond,
        Latency latencyMs,
        Map<String, Long> statusCounts,
        Map<String, Long> errorsByStatus,
        long bytesReceived,
        Map<String, Object> settings,
        Environment environment) {

    public record Latency(double min, double mean, double stdDev, double p50, double p90, double p95, double p99,
                          double p999, double max) {
        static Latency of(LatencyStats s) {
            return new Latency(LatencyStats.toMillis(s.minNanos()), LatencyStats.toMillis(s.meanNanos()),
                    LatencyStats.toMillis(s.stdDevNanos()), LatencyStats.toMillis(s.p50Nanos()),
                    LatencyStats.toMillis(s.p90Nanos()), LatencyStats.toMillis(s.p95Nanos()),
                    LatencyStats.toMillis(s.p99Nanos()), LatencyStats.toMillis(s.p999Nanos()),
                    LatencyStats.toMillis(s.maxNanos()));
        }
    }

    public record Environment(int availableProcessors, String javaVersion, String osName, long maxHeapMb) {
        static Environment current() {
            Runtime rt = Runtime.getRuntime();
            return new Environment(rt.availableProcessors(), System.getProperty("java.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), rt.maxMemory() / (1024 * 1024));
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Report of(String scenario, String target, OffsetDateTime startedAt, LoadEngine.Plan plan,
                     boolean durationGiven, LoadEngine.Measurement m, Map<String, Object> settings) {
        LatencyStats stats = LatencyStats.of(m.merged().latencies());
        long requests = stats.count();
        long errors = m.merged().errorCount();
        double seconds = m.elapsedNanos() / 1e9;
        return new Report("motcua-benchmark", scenario, target, startedAt.truncatedTo(ChronoUnit.MILLIS).toString(),
                plan.concurrency(), plan.rate() > 0 ? plan.rate() : null, durationGiven ? plan.duration().toMillis() / 1000.0 : null,
                plan.requests() > 0 ? plan.requests() : null, plan.warmup().toMillis() / 1000.0,
                round(seconds, 3), requests, requests - errors, errors,
                round(seconds > 0 ? requests / seconds : 0, 1), round(seconds > 0 ? (requests - errors) / seconds : 0, 1),
                Latency.of(stats), m.merged().outcomes(), m.merged().errors(), m.merged().bytes(),
                new LinkedHashMap<>(settings), Environment.current());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    void print(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "scenario      %s%n", scenario);
        out.printf(Locale.ROOT, "target        %s%n", target);
        out.printf(Locale.ROOT, "concurrency   %d%s%n", concurrency,
                ratePerSecond == null ? " (closed loop)" : String.format(Locale.ROOT, ", paced at %.0f requests/s",
                        ratePerSecond));
        out.printf(Locale.ROOT, "elapsed       %.3f s (warm-up %.1f s not counted)%n", elapsedSeconds, warmupSeconds);
        out.printf(Locale.ROOT, "requests      %d (%d ok, %d errors)%n", requests, successes, errors);
        out.printf(Locale.ROOT, "throughput    %.1f req/s (%.1f ok/s)%n", throughputPerSecond, successThroughputPerSecond);
        out.printf(Locale.ROOT, "latency ms    p50 %.3f | p90 %.3f | p95 %.3f | p99 %.3f | max %.3f%n",
                latencyMs.p50(), latencyMs.p90(), latencyMs.p95(), latencyMs.p99(), latencyMs.max());
        out.printf(Locale.ROOT, "              min %.3f | mean %.3f | stddev %.3f | p99.9 %.3f%n",
                latencyMs.min(), latencyMs.mean(), latencyMs.stdDev(), latencyMs.p999());
        out.printf(Locale.ROOT, "statuses      %s%n", statusCounts);
        out.printf(Locale.ROOT, "errors        %s%n", errorsByStatus.isEmpty() ? "none" : errorsByStatus.toString());
    }

    void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), this);
    }

    static Report read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Report.class);
    }
}
