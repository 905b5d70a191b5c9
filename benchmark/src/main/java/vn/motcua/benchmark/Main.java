package vn.motcua.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar motcua-benchmark.jar <scenario> [flags]}: drives bounded load against a
 * loopback target and reports throughput and latency percentiles on the console and as JSON.
 */
public final class Main {

    /** Scenarios by name; add one by implementing {@link Workload.Scenario} and listing it here. */
    static final Map<String, Workload.Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        for (Workload.Scenario s : List.of(new GenericHttpScenario(), new CatalogSearchScenario(),
                new DossierIntakeScenario(), new JdbcBaselineScenario())) {
            SCENARIOS.put(s.name(), s);
        }
    }

    /** Experiments by name: scenarios that drive the system their own way (see {@link Experiment}). */
    static final Map<String, Experiment> EXPERIMENTS = new LinkedHashMap<>();

    static {
        for (Experiment e : List.of(new ReportingFreshnessExperiment(), new ReportingReplayExperiment(),
                new SurveyCatchUpExperiment(), new DossierFilesExperiment(), new ReportingScaleExperiment())) {
            EXPERIMENTS.put(e.name(), e);
        }
    }

    /** The common flags an experiment accepts. */
    static final Set<String> EXPERIMENT_FLAGS = Set.of("duration", "out", "quiet", "help");

    static final Set<String> COMMON_FLAGS = Set.of("concurrency", "rate", "duration", "requests", "warmup", "max-duration",
            "out", "quiet", "fail-on-error", "help");

    static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);
    static final Duration DEFAULT_MAX_DURATION = Duration.ofMinutes(5);

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        try {
            if (argv.length == 0 || Set.of("--help", "-h", "help").contains(argv[0])) {
                out.print(usage());
                return argv.length == 0 ? 2 : 0;
            }
            String command = argv[0];
            Args args = Args.parse(Arrays.asList(argv).subList(1, argv.length));
            if (command.equals("compare")) {
                return Compare.run(args, out);
            }
            if (command.equals("list")) {
                SCENARIOS.values().forEach(s -> out.printf("%-20s %s%n", s.name(), s.summary()));
                EXPERIMENTS.values().forEach(e -> out.printf("%-20s %s%n", e.name(), e.summary()));
                return 0;
            }
            Experiment experiment = EXPERIMENTS.get(command);
            if (experiment != null) {
                return experiment(experiment, args, out, err);
            }
            Workload.Scenario scenario = SCENARIOS.get(command);
            if (scenario == null) {
                err.println("unknown scenario '" + command + "'; known: " + String.join(", ", SCENARIOS.keySet())
                        + ", " + String.join(", ", EXPERIMENTS.keySet()) + ", compare (see --help)");
                return 2;
            }
            if (args.flag("help")) {
                out.print(scenarioHelp(scenario));
                return 0;
            }
            Set<String> known = new HashSet<>(COMMON_FLAGS);
            known.addAll(scenario.flags());
            args.requireOnly(known);
            if (!args.positional().isEmpty()) {
                throw new Args.UsageException("unexpected argument(s): " + args.positional());
            }
            return measure(scenario, args, out, err);
        } catch (Args.UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (LoopbackGuard.RefusedTarget e) {
            err.println("refused: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return 3;
        } catch (Exception e) {
            err.println("failed: " + e);
            return 3;
        }
    }

    static int measure(Workload.Scenario scenario, Args args, PrintStream out, PrintStream err) throws Exception {
        int concurrency = args.intValue("concurrency", 8, 1, LoadEngine.MAX_CONCURRENCY);
        long requests = args.longValue("requests", 0, 0, LoadEngine.MAX_REQUESTS);
        boolean durationGiven = args.has("duration");
        Duration duration = durationGiven ? args.duration("duration", DEFAULT_DURATION)
                : requests > 0 ? args.duration("max-duration", DEFAULT_MAX_DURATION) : DEFAULT_DURATION;
        Duration warmup = args.duration("warmup", Duration.ZERO);
        double rate = args.intValue("rate", 0, 0, (int) LoadEngine.MAX_RATE);
        LoadEngine.Plan plan = new LoadEngine.Plan(concurrency, duration, requests, warmup, rate);
        boolean quiet = args.flag("quiet");
        OffsetDateTime started = Report.now();
        Path outFile = Path.of(args.get("out", "target/benchmark/" + scenario.name() + "-"
                + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + ".json"));

        Workload workload = scenario.create(args, concurrency);
        LoadEngine.Measurement m;
        try {
            if (!quiet) {
                err.println("target " + workload.target());
            }
            m = LoadEngine.run(plan, workload.operation(), quiet);
        } finally {
            workload.cleanup().close();
        }
        Report report = Report.of(scenario.name(), workload.target(), started, plan, durationGiven || requests == 0, m,
                workload.settings());
        report.print(out);
        report.write(outFile);
        out.println("json          " + outFile.toAbsolutePath());
        return args.flag("fail-on-error") && report.errors() > 0 ? 1 : 0;
    }

    static int experiment(Experiment experiment, Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.flag("help")) {
            out.print("usage: java -jar motcua-benchmark.jar " + experiment.name() + " [flags]\n\n"
                    + experiment.summary() + "\n\nflags:\n" + experiment.help()
                    + "  --duration D, --out FILE, --quiet: as for every scenario\n");
            return 0;
        }
        Set<String> known = new HashSet<>(EXPERIMENT_FLAGS);
        known.addAll(experiment.flags());
        args.requireOnly(known);
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("unexpected argument(s): " + args.positional());
        }
        OffsetDateTime started = Report.now();
        Path outFile = Path.of(args.get("out", "target/benchmark/" + experiment.name() + "-"
                + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + ".json"));
        PrintStream progress = args.flag("quiet") ? new PrintStream(java.io.OutputStream.nullOutputStream()) : err;
        Report report = experiment.run(args, progress);
        experiment.print(report, out);
        report.write(outFile);
        out.println("json          " + outFile.toAbsolutePath());
        return 0;
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                motcua-benchmark: bounded load against a service on this machine, with latency percentiles.

                usage: java -jar motcua-benchmark.jar <scenario> [flags]
                       java -jar motcua-benchmark.jar <scenario> --help
                       java -jar motcua-benchmark.jar compare A.json B.json

                scenarios:
                """);
        SCENARIOS.values().forEach(s -> sb.append(String.format("  %-20s %s%n", s.name(), s.summary())));
        EXPERIMENTS.values().forEach(e -> sb.append(String.format("  %-20s %s%n", e.name(), e.summary())));
        sb.append("""

                common flags:
                  --concurrency N          parallel workers, each with one request in flight (default 8, max 1024)
                  --rate N                 paced: N requests per second in all, each to the next free worker,
                                           latency counted from when the request was due (default: closed loop)
                  --duration D             measure for D (e.g. 500ms, 30s, 2m; default 10s, max 30m)
                  --requests N             stop after N requests (whichever of --duration/--requests comes first);
                                           without --duration a requests-only run still stops after --max-duration
                  --max-duration D         safety bound for requests-only runs (default 5m)
                  --warmup D               run (and discard) load for D before measuring (default 0)
                  --out FILE               JSON result (default target/benchmark/<scenario>-<time>.json)
                  --quiet                  no progress lines on stderr
                  --fail-on-error          exit 1 when any request failed

                Only loopback targets (127.0.0.0/8, ::1, localhost) are accepted; anything else is refused.
                Latency is per request, from send to the last byte of the response; percentiles are nearest-rank.
                compare prints the ratios between two results (e.g. dossier-intake vs jdbc-baseline).
                Exit codes: 0 done, 1 errors with --fail-on-error, 2 bad flags or refused target, 3 run failed.
                """);
        return sb.toString();
    }

    static String scenarioHelp(Workload.Scenario s) {
        return "usage: java -jar motcua-benchmark.jar " + s.name() + " [flags]\n\n" + s.summary()
                + "\n\nscenario flags:\n" + s.help() + "\ncommon flags: see --help without a scenario.\n";
    }
}
