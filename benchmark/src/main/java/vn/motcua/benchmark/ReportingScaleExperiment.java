package vn.motcua.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.postgresql.ds.PGSimpleDataSource;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Outcome;
import vn.motcua.events.SurveyResponseSubmittedV1;
import vn.motcua.events.Timeliness;
import vn.motcua.events.UnitLevel;
import vn.motcua.events.UnitRef;
import vn.motcua.reporting.kpi.Bucket;
import vn.motcua.reporting.kpi.Grouping;
import vn.motcua.reporting.kpi.Interval;
import vn.motcua.reporting.kpi.KpiFilter;
import vn.motcua.reporting.kpi.KpiQuery;
import vn.motcua.reporting.kpi.Period;
import vn.motcua.reporting.kpi.RowFigures;
import vn.motcua.reporting.kpi.UnitRole;

/**
 * Issue 17 item 2: a province's five years. {@code --dossiers} (10,000,000) dossiers over {@code --units} (130: the
 * province, departments and communes) are published to the topics (dossier-received, dossier-resolved for all but the
 * recent open ones, a survey response for one in ten) and consumed by the live consumers (events/s until their lag is
 * 0), then by a rebuild of the read model alone (records/s as the rebuild counts them). Then each figure a
 * province asks for, for a commune and for the province: KPIs of the last twelve months, the same by unit, the monthly
 * series over five years, the summary and the scorecard; each through the API ({@code --queries} times, p50/p95) and,
 * side by side on the same data, computed in-process over JDBC from the aggregates ({@link KpiQuery}) and by today's
 * query straight from the rows ({@link RowFigures}, {@code --baseline-runs} times, each cut off after
 * {@code --baseline-timeout}). Last, the disk each part of the read model takes. Freshness at 200 events/s is the
 * {@code reporting-freshness} experiment, run on the same data afterwards.
 */
final class ReportingScaleExperiment implements Experiment {

    private static final String PROVINCE = "000.00.00.SCALE";
    private static final String CONSUMER_GROUP = "reporting-read-model";

    @Override
    public String name() {
        return "reporting-scale";
    }

    @Override
    public String summary() {
        return "a province's five years into the topics, a rebuild, then KPI/series/summary/scorecard latency beside "
                + "today's query, and the read model's disk";
    }

    @Override
    public Set<String> flags() {
        Set<String> flags = new HashSet<>(ReportingEvents.FLAGS);
        flags.addAll(Set.of("dossiers", "units", "years", "queries", "baseline-runs", "baseline-timeout",
                "jdbc-url", "jdbc-user", "jdbc-password", "jdbc-password-file", "skip-load", "settle"));
        return flags;
    }

    @Override
    public String help() {
        return ReportingEvents.HELP + """
                  --dossiers N              dossiers to publish (default 10,000,000)
                  --units N                 units: the province, a fifth departments, the rest communes (default 130)
                  --years N                 years of history, ending yesterday (default 5)
                  --skip-load               publish nothing and rebuild nothing: measure the figures of what is there
                  --queries N               requests per figure through the API (default 40, after 3 discarded)
                  --baseline-runs N         runs per figure of today's query and of the aggregates in-process (default 3)
                  --baseline-timeout D      a run of today's query is cut off after this (default 120s)
                  --jdbc-url URL --jdbc-user U --jdbc-password P | --jdbc-password-file F   reporting's database
                  --settle D                how long the rebuild and the live catch-up may take (default 3h)
                --token is an admin's (rebuild), --kpi-token an analyst's (figures).
                """;
    }

    @Override
    public Report run(Args args, PrintStream progress) throws Exception {
        ReportingEvents reporting = new ReportingEvents(args);
        long dossiers = args.longValue("dossiers", 10_000_000, 1, 100_000_000);
        int units = args.intValue("units", 130, 3, 10_000);
        int years = args.intValue("years", 5, 1, Period.MAX_YEARS);
        int queries = args.intValue("queries", 40, 1, 100_000);
        int baselineRuns = args.intValue("baseline-runs", 3, 1, 1_000);
        Duration baselineTimeout = args.duration("baseline-timeout", Duration.ofSeconds(120));
        Duration settle = args.duration("settle", Duration.ofHours(3));
        PGSimpleDataSource database = dataSource(args);
        Province province = new Province(units);
        LocalDate today = LocalDate.now(Period.BUSINESS_ZONE);
        LocalDate first = today.minusYears(years).plusDays(1);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("dossiers", dossiers);
        settings.put("units", units);
        settings.put("history", first + " .. " + today.minusDays(1));
        OffsetDateTime started = Report.now();
        long startNanos = System.nanoTime();

        if (!args.flag("skip-load")) {
            long publishStart = System.nanoTime();
            long events = publish(reporting, province, dossiers, first, today, progress);
            double publishSeconds = (System.nanoTime() - publishStart) / 1e9;
            settings.put("eventsPublished", events);
            settings.put("publishSeconds", Report.round(publishSeconds, 1));
            progress.printf("published %,d events in %.0f s%n", events, publishSeconds);
            // the live consumers first, alone, then a rebuild alone: each one's speed without the other
            settings.put("liveCatchUp", liveCatchUp(reporting, events, publishStart, settle, progress));
            settings.put("rebuild", rebuild(reporting, settle, progress));
        }

        LocalDate yearAgo = today.minusYears(1);
        String commune = province.code(units - 1);
        List<Figure> figures = List.of(
                new Figure("KPIs, a commune, 12 months", "/api/v1/kpis?unit=" + commune + "&from=" + yearAgo
                        + "&to=" + today, filter(commune, yearAgo, today), FigureKind.OVERALL),
                new Figure("KPIs, the province, 12 months", "/api/v1/kpis?unit=" + PROVINCE + "&from=" + yearAgo
                        + "&to=" + today, filter(PROVINCE, yearAgo, today), FigureKind.OVERALL),
                new Figure("KPIs by unit, the province, 12 months", "/api/v1/kpis?unit=" + PROVINCE + "&groupBy=UNIT"
                        + "&from=" + yearAgo + "&to=" + today, filter(PROVINCE, yearAgo, today), FigureKind.BY_UNIT),
                new Figure("monthly series, a commune, " + years + " years", "/api/v1/kpis/series?unit=" + commune
                        + "&interval=MONTH&from=" + first + "&to=" + today, filter(commune, first, today),
                        FigureKind.MONTHLY),
                new Figure("monthly series, the province, " + years + " years", "/api/v1/kpis/series?unit="
                        + PROVINCE + "&interval=MONTH&from=" + first + "&to=" + today,
                        filter(PROVINCE, first, today), FigureKind.MONTHLY),
                new Figure("summary, the province, 12 months", "/api/v1/reports/summary?unit=" + PROVINCE + "&from="
                        + yearAgo + "&to=" + today, filter(PROVINCE, yearAgo, today), FigureKind.SUMMARY),
                new Figure("scorecard, a commune, 12 months", "/api/v1/scorecards?unit=" + commune + "&from="
                        + yearAgo + "&to=" + today, filter(commune, yearAgo, today), FigureKind.OVERALL),
                new Figure("scorecard, the province, 12 months", "/api/v1/scorecards?unit=" + PROVINCE + "&from="
                        + yearAgo + "&to=" + today, filter(PROVINCE, yearAgo, today), FigureKind.OVERALL));

        // in-process, both on one connection kept open, as the service's pool keeps its own (a fresh backend would
        // load its catalog caches on each figure)
        java.sql.Connection shared = database.getConnection();
        javax.sql.DataSource one = sharedConnection(shared);
        RowFigures rows = new RowFigures(one);
        KpiQuery aggregates = new KpiQuery(one, rows);
        List<Map<String, Object>> measured = new ArrayList<>();
        for (Figure figure : figures) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("figure", figure.name());
            result.put("request", "GET " + figure.path());
            result.put("api", Timings.of(times(queries, 3, () -> status(reporting.getWithKpiToken(figure.path())))));
            result.put("aggregatesInProcess", Timings.of(times(baselineRuns, 1,
                    () -> figure.kind().compute(aggregates::figures, figure.filter()))));
            result.put("todaysQuery", baseline(shared, baselineRuns, baselineTimeout,
                    () -> figure.kind().compute(rows::figures, figure.filter())));
            progress.println(result);
            measured.add(result);
        }
        settings.put("figures", measured);
        settings.put("readModelDisk", disk(database));

        double seconds = (System.nanoTime() - startNanos) / 1e9;
        settings.put("measured", "API: p50/p95 of --queries requests each; in-process: the same figures over JDBC, "
                + "from the aggregates and by today's query from the rows; disk: pg_total_relation_size");
        return new Report("motcua-benchmark", name(), reporting.baseUrl.toString(),
                started.truncatedTo(ChronoUnit.MILLIS).toString(), 1, null, null, null, 0, Report.round(seconds, 3),
                figures.size(), figures.size(), 0, 0, 0, new Report.Latency(0, 0, 0, 0, 0, 0, 0, 0, 0), Map.of(),
                Map.of(), 0, settings, Report.Environment.current());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void print(Report report, PrintStream out) {
        Map<String, Object> s = report.settings();
        out.printf("reporting-scale: %s dossiers over %s units, %s%n", s.get("dossiers"), s.get("units"),
                s.get("history"));
        if (s.containsKey("rebuild")) {
            out.printf("published %s events in %s s; rebuild %s; live consumers %s%n", s.get("eventsPublished"),
                    s.get("publishSeconds"), s.get("rebuild"), s.get("liveCatchUp"));
        }
        out.printf("%-44s %12s %12s %16s %16s%n", "figure", "API p50 ms", "API p95 ms", "aggregates ms", "today's ms");
        for (Map<String, Object> figure : (List<Map<String, Object>>) s.get("figures")) {
            Timings api = (Timings) figure.get("api");
            Timings aggregates = (Timings) figure.get("aggregatesInProcess");
            Object today = figure.get("todaysQuery");
            out.printf("%-44s %12.1f %12.1f %16.1f %16s%n", figure.get("figure"), api.p50(), api.p95(),
                    aggregates.p50(), today instanceof Timings t ? String.format("%.1f", t.p50()) : today);
        }
        out.println("read model on disk: " + s.get("readModelDisk"));
    }

    private static PGSimpleDataSource dataSource(Args args) throws IOException {
        PGSimpleDataSource database = new PGSimpleDataSource();
        String url = args.require("jdbc-url");
        LoopbackGuard.checkHost(url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("[:/].*$", ""));
        database.setUrl(url);
        database.setUser(args.require("jdbc-user"));
        database.setPassword(args.has("jdbc-password-file")
                ? Files.readString(Path.of(args.require("jdbc-password-file")), StandardCharsets.UTF_8).trim()
                : args.get("jdbc-password", ""));
        return database;
    }

    private static KpiFilter filter(String unit, LocalDate from, LocalDate to) {
        return new KpiFilter(new Period(from, to), unit, true, null, null, null, null, UnitRole.RECEIVING);
    }

    /** The units: 0 the province, then departments (a fifth), then communes. */
    private record Province(int units) {

        String code(int unit) {
            if (unit == 0) {
                return PROVINCE;
            }
            return unit <= departments() ? String.format("000.%02d.00.SCALE", unit) : String.format("000.00.%03d.SCALE", unit);
        }

        int departments() {
            return Math.max(1, (units - 1) / 5);
        }

        UnitLevel level(int unit) {
            return unit == 0 ? UnitLevel.PROVINCE : unit <= departments() ? UnitLevel.AGENCY : UnitLevel.COMMUNE;
        }

        String name(int unit) {
            return switch (level(unit)) {
                case PROVINCE -> "UBND tỉnh benchmark";
                case AGENCY -> "Sở benchmark " + unit;
                default -> "UBND xã benchmark " + unit;
            };
        }

        UnitRef ref(int unit) {
            return new UnitRef(code(unit), name(unit), level(unit), unit == 0 ? List.of() : List.of(PROVINCE));
        }
    }

    /**
     * Publishes the dossiers' events in the order of their receipt, each dossier drawn from a generator seeded by its
     * number (the same run gives the same history): received in working hours, due in 3 to 15 days; resolved 0 to 20 days
     * later unless that is after yesterday (open); 85 % approved, 10 % rejected, 5 % withdrawn; one in twenty received
     * at a commune and resolved by a department; one in ten resolved with a survey response.
     */
    private static long publish(ReportingEvents reporting, Province province, long dossiers, LocalDate first,
            LocalDate today, PrintStream progress) {
        int days = (int) ChronoUnit.DAYS.between(first, today);
        OffsetDateTime now = OffsetDateTime.now(ReportingEvents.VIETNAM);
        long events = 0;
        long reportEvery = Math.max(1, dossiers / 20);
        try (KafkaProducer<String, String> producer = reporting.producer(true)) {
            for (long n = 0; n < dossiers; n++) {
                SplittableRandom random = new SplittableRandom(17L * n + 3);
                int unit = random.nextInt(province.units()); // the province's own centre too, now and then
                int procedure = random.nextInt(40);
                // in the order of time, as desks receive them: dossier n on day n × days ÷ dossiers
                OffsetDateTime receivedAt = first.plusDays(n * days / dossiers).atTime(7 + random.nextInt(10),
                        random.nextInt(60)).atOffset(ReportingEvents.VIETNAM);
                OffsetDateTime dueAt = receivedAt.plusDays(3 + random.nextInt(13)).withHour(17).withMinute(0);
                UnitRef resolving = province.level(unit) == UnitLevel.COMMUNE && random.nextInt(20) == 0
                        ? province.ref(1 + random.nextInt(province.departments())) : null;
                UnitRef receiving = province.ref(unit);
                DossierReceivedV1 received = new DossierReceivedV1(new UUID(random.nextLong(), random.nextLong()), receiving.code() + "-"
                        + receivedAt.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-"
                        + String.format("%07d", n % 10_000_000), String.format("1.%06d", procedure),
                        "Thủ tục benchmark " + procedure, "F" + procedure % 10, "Lĩnh vực benchmark " + procedure % 10,
                        receiving.code(), receiving.name(), receiving.level(), Channel.values()[random.nextInt(3)],
                        OnlineLevel.values()[random.nextInt(3)], receivedAt, dueAt, 5,
                        UUID.randomUUID().toString().replace("-", ""), receiving.ancestorCodes(), 1 + random.nextInt(4),
                        random.nextInt(3), random.nextInt(2), resolving);
                producer.send(ReportingEvents.record(received));
                events++;
                OffsetDateTime resolvedAt = receivedAt.plusDays(random.nextInt(21)).plusHours(random.nextInt(6));
                if (resolvedAt.isBefore(now.truncatedTo(ChronoUnit.DAYS))) {
                    producer.send(ReportingEvents.record(resolution(received, resolvedAt, random)));
                    events++;
                    if (random.nextInt(10) == 0) {
                        producer.send(ReportingEvents.record(ReportingEvents.response(received, n)));
                        events++;
                    }
                }
                if ((n + 1) % reportEvery == 0) {
                    progress.printf("published %,d of %,d dossiers%n", n + 1, dossiers);
                }
            }
            producer.flush();
        }
        return events;
    }

    private static DossierResolvedV1 resolution(DossierReceivedV1 d, OffsetDateTime resolvedAt, SplittableRandom random) {
        int draw = random.nextInt(100);
        Outcome outcome = draw < 85 ? Outcome.APPROVED : draw < 95 ? Outcome.REJECTED : Outcome.WITHDRAWN;
        LocalDate resolvedDay = resolvedAt.toLocalDate();
        LocalDate dueDay = d.dueAt().toLocalDate();
        Timeliness timeliness = resolvedDay.isAfter(dueDay) ? Timeliness.LATE
                : resolvedDay.isEqual(dueDay) ? Timeliness.ON_TIME : Timeliness.EARLY;
        int workingDays = (int) (ChronoUnit.DAYS.between(d.receivedAt().toLocalDate(), resolvedDay) * 5 / 7);
        return new DossierResolvedV1(d.dossierId(), d.receiptCode(), d.procedureCode(), d.procedureName(),
                d.fieldCode(), d.fieldName(), d.unitCode(), d.unitName(), d.unitLevel(), d.channel(), d.onlineLevel(),
                d.receivedAt(), d.dueAt(), outcome, resolvedAt, timeliness, timeliness != Timeliness.LATE, workingDays,
                d.unitAncestorCodes(), d.fileCount(), d.digitisedComponentCount(), d.reusedComponentCount(),
                outcome == Outcome.APPROVED && random.nextInt(4) > 0, d.resolvingUnit(), random.nextInt(3),
                outcome == Outcome.REJECTED && random.nextInt(5) == 0 ? Boolean.TRUE : null);
    }

    /** A rebuild of the read model: its records/s and seconds as it reports them. */
    private static Map<String, Object> rebuild(ReportingEvents reporting, Duration settle, PrintStream progress)
            throws IOException, InterruptedException {
        HttpResponse<String> accepted = reporting.post("/api/v1/read-models/rebuild");
        if (accepted.statusCode() != 202) {
            throw new IOException("rebuild refused with " + accepted.statusCode() + ": " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location").orElseThrow(() -> new IOException("no Location"));
        String statusPath = "/" + reporting.baseUrl.relativize(java.net.URI.create(location));
        JsonNode status = ReportingEvents.parse(accepted.body());
        long deadline = System.nanoTime() + settle.toNanos();
        long lastReport = System.nanoTime();
        while ("RUNNING".equals(status.path("state").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not finish within " + settle);
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            status = reporting.get(statusPath);
            if (System.nanoTime() - lastReport > Duration.ofSeconds(30).toNanos()) {
                progress.println("rebuild: " + status);
                lastReport = System.nanoTime();
            }
        }
        double seconds = Duration.between(OffsetDateTime.parse(status.path("startedAt").asText()),
                OffsetDateTime.parse(status.path("finishedAt").asText())).toNanos() / 1e9;
        long read = status.path("eventsRead").asLong();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("state", status.path("state").asText());
        result.put("eventsRead", read);
        result.put("seconds", Report.round(seconds, 1));
        result.put("eventsPerSecond", Report.round(read / seconds, 0));
        if (status.hasNonNull("replayedAt")) {
            double replay = Duration.between(OffsetDateTime.parse(status.path("startedAt").asText()),
                    OffsetDateTime.parse(status.path("replayedAt").asText())).toNanos() / 1e9;
            result.put("firstPassWithAggregatesSeconds", Report.round(replay, 1));
        }
        progress.println("rebuild: " + result);
        return result;
    }

    /** Until the live consumers' group has read every record of the three topics: seconds from the first published. */
    private static Map<String, Object> liveCatchUp(ReportingEvents reporting, long events, long publishStart,
            Duration settle, PrintStream progress) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", reporting.bootstrap))) {
            long lag;
            do {
                LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
                lag = lag(admin);
                if (System.nanoTime() - publishStart > settle.toNanos()) {
                    throw new IllegalStateException("the live consumers are " + lag + " records behind after " + settle);
                }
            } while (lag > 0);
        }
        double seconds = (System.nanoTime() - publishStart) / 1e9;
        progress.printf("live consumers caught up %.0f s after the first event%n", seconds);
        return Map.of("secondsFromFirstEvent", Report.round(seconds, 1), "eventsPerSecond",
                Report.round(events / seconds, 0));
    }

    private static long lag(org.apache.kafka.clients.admin.Admin admin) throws Exception {
        var committed = admin.listConsumerGroupOffsets(CONSUMER_GROUP).partitionsToOffsetAndMetadata().get();
        var latest = new LinkedHashMap<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>();
        committed.keySet().forEach(partition -> latest.put(partition, org.apache.kafka.clients.admin.OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (var entry : committed.entrySet()) {
            lag += ends.get(entry.getKey()).offset() - (entry.getValue() == null ? 0 : entry.getValue().offset());
        }
        return committed.isEmpty() ? Long.MAX_VALUE : lag;
    }

    private static int status(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
        }
        return response.statusCode();
    }

    /** Milliseconds of {@code runs} calls, after {@code warmups} discarded ones. */
    private static List<Double> times(int runs, int warmups, Callable<?> call) throws Exception {
        for (int i = 0; i < warmups; i++) {
            call.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    /** Today's query, cut off by a statement timeout on the connection it runs on; "over ..." when it is. */
    private static Object baseline(Connection connection, int runs, Duration timeout, Callable<?> call)
            throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute("set statement_timeout = " + timeout.toMillis());
        }
        try {
            return Timings.of(times(runs, 0, call));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return "over " + timeout.toSeconds() + " s";
            }
            throw e;
        } finally {
            try (var statement = connection.createStatement()) {
                statement.execute("reset statement_timeout");
            }
        }
    }

    /** A data source lending {@code connection} again and again; closing what it lends keeps it open. */
    private static javax.sql.DataSource sharedConnection(Connection connection) {
        Connection lent = (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        PGSimpleDataSource wrapper = new PGSimpleDataSource() {
            @Override
            public Connection getConnection() {
                return lent;
            }
        };
        return wrapper;
    }

    private static Map<String, String> disk(PGSimpleDataSource database) throws SQLException {
        Map<String, String> sizes = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select case when c.relname like 'kpi_%' then 'aggregates (kpi_*)' else c.relname end as part,
                               pg_size_pretty(sum(pg_total_relation_size(c.oid))) as size
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'read_model_' || (select generation from public.read_model_generation)
                          and c.relkind = 'r'
                        group by 1 order by sum(pg_total_relation_size(c.oid)) desc""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sizes.put(rows.getString(1), rows.getString(2));
            }
        }
        return sizes;
    }

    /** The figures an endpoint computes, as calls of a figures function. */
    private enum FigureKind {
        OVERALL, BY_UNIT, MONTHLY, SUMMARY;

        Object compute(FiguresFunction figures, KpiFilter filter) {
            Bucket whole = new Bucket(filter.period().from(), filter.period().to(), null);
            return switch (this) {
                case OVERALL -> figures.figures(filter, List.of(whole), null);
                case BY_UNIT -> List.of(figures.figures(filter, List.of(whole), null),
                        figures.figures(filter, List.of(whole), Grouping.UNIT));
                case MONTHLY -> figures.figures(filter, Interval.MONTH.buckets(filter.period()), null);
                case SUMMARY -> List.of(figures.figures(filter, List.of(whole), null),
                        figures.figures(filter, List.of(whole), Grouping.LEVEL));
            };
        }
    }

    private interface FiguresFunction {
        List<KpiQuery.GroupedFigures> figures(KpiFilter filter, List<Bucket> buckets, Grouping grouping);
    }

    private record Figure(String name, String path, KpiFilter filter, FigureKind kind) {
    }

    /** p50 and p95 of some durations, in milliseconds. */
    record Timings(int runs, double p50, double p95, double max) {

        static Timings of(List<Double> millis) {
            List<Double> sorted = millis.stream().sorted().toList();
            return new Timings(sorted.size(), Report.round(at(sorted, 0.50), 1), Report.round(at(sorted, 0.95), 1),
                    Report.round(sorted.get(sorted.size() - 1), 1));
        }

        private static double at(List<Double> sorted, double quantile) {
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
        }
    }
}
