package vn.motcua.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** {@code compare A.json B.json}: A's figures as a ratio of B's (e.g. intake over the JDBC floor). */
final class Compare {

    private Compare() {
    }

    static int run(Args args, PrintStream out) throws Exception {
        if (args.positional().size() != 2) {
            throw new Args.UsageException("compare needs two result files: compare A.json B.json");
        }
        Report a = Report.read(Path.of(args.positional().get(0)));
        Report b = Report.read(Path.of(args.positional().get(1)));
        out.printf(Locale.ROOT, "%-14s %14s %14s %10s%n", "", a.scenario(), b.scenario(), "A / B");
        out.printf(Locale.ROOT, "%-14s %14d %14d%n", "concurrency", a.concurrency(), b.concurrency());
        out.printf(Locale.ROOT, "%-14s %14d %14d%n", "requests", a.requests(), b.requests());
        out.printf(Locale.ROOT, "%-14s %14d %14d%n", "errors", a.errors(), b.errors());
        row(out, "throughput/s", a.throughputPerSecond(), b.throughputPerSecond());
        row(out, "p50 ms", a.latencyMs().p50(), b.latencyMs().p50());
        row(out, "p90 ms", a.latencyMs().p90(), b.latencyMs().p90());
        row(out, "p95 ms", a.latencyMs().p95(), b.latencyMs().p95());
        row(out, "p99 ms", a.latencyMs().p99(), b.latencyMs().p99());
        row(out, "max ms", a.latencyMs().max(), b.latencyMs().max());
        if (a.concurrency() != b.concurrency()) {
            out.println("note: the two runs used different concurrency; the ratios are not like for like");
        }
        return 0;
    }

    static void row(PrintStream out, String name, double a, double b) {
        out.printf(Locale.ROOT, "%-14s %14.3f %14.3f %10s%n", name, a, b,
                b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", a / b));
    }
}
