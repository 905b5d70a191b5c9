package vn.motcua.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 15 item 8: files of {@code --file-size} (5 MiB) uploaded to and downloaded from dossier-service
 * ({@code uploadDossierFile}, {@code downloadDossierFile}) at {@code --concurrency} (8), and the same PUT and GET sent
 * straight to the S3 server the service stores them in, in the same run; then the two side by side with the ratio
 * service / direct, and the service's peak heap over the run (its {@code /q/metrics}).
 *
 * <p>Each of the four phases is a closed loop of {@code --files} requests (after {@code --warmup-files} discarded
 * ones): service upload, direct PUT, service download, direct GET. The uploads are spread over dossiers filed for the
 * run (intake with the officer's token), {@code --files-per-dossier} each, so no dossier reaches the service's limit
 * of a dossier's files. The files stay in those dossiers (the API deletes no file); the direct objects are deleted.
 */
final class DossierFilesExperiment implements Experiment {

    static final long MIB = 1024 * 1024;
    /** dossier-service's default limit of a dossier's files (FilesConfig.maxDossierBytes). */
    static final long SERVICE_DOSSIER_LIMIT = 200 * MIB;
    /** The goal of issue 15 item 8: service throughput at least this share of the direct one. */
    static final double GOAL = 0.8;

    /** The components the catalog requires for birth registration (1.001193), without which intake is 422. */
    static final List<String> BIRTH_REGISTRATION_DOCUMENTS = List.of("Tờ khai đăng ký khai sinh",
            "Giấy chứng sinh hoặc giấy tờ thay Giấy chứng sinh", "Giấy tờ tùy thân (Căn cước/CCCD hoặc Hộ chiếu) "
            + "hoặc khai thác qua tài khoản định danh điện tử");

    private static final String FILES_PATH = "/api/v1/dossiers/{id}/files";

    @Override
    public String name() {
        return "dossier-files";
    }

    @Override
    public String summary() {
        return "5 MiB files up/down through dossier-service vs straight to its S3 server, ratio and peak heap";
    }

    @Override
    public Set<String> flags() {
        return Set.of("base-url", "token", "token-file", "unit-code", "procedure-code",
                "component", "file-size", "files", "warmup-files", "files-per-dossier", "concurrency", "timeout",
                "metrics-path", "heap-poll", "s3-endpoint", "s3-credentials", "s3-access-key", "s3-secret-key-file",
                "s3-region", "s3-bucket", "connect-timeout", "http-version");
    }

    @Override
    public String help() {
        return """
                  --base-url URL           dossier-service (default http://127.0.0.1:8082)
                  --token JWT, --token-file FILE   an officer of --unit-code (files it intakes, uploads, downloads)
                  --unit-code C            the unit filed at (default 000.00.61.H26)
                  --procedure-code C       the procedure filed (default 1.001193)
                  --component NAME         a document each dossier is filed with (repeatable); the files are
                                           attached to the first. Default: the three required of 1.001193,
                                           'Tờ khai đăng ký khai sinh' first
                  --file-size N            bytes a file: 5242880, 5MiB, 5MB (default 5MiB); a PDF by its head
                  --files N                requests of each phase (default 160)
                  --warmup-files N         requests of each phase run first and not counted (default 16)
                  --files-per-dossier N    uploads a dossier takes (default: as many as fit 200 MiB, less one)
                  --concurrency N          workers of each phase, one request in flight each (default 8)
                  --timeout D              per request (default 60s)
                  --connect-timeout D      TCP connect timeout (default 5s)
                  --http-version V         HTTP_1_1 (default) or HTTP_2 (h2c upgrade)
                  --metrics-path P         the service's Prometheus metrics (default /q/metrics)
                  --heap-poll D            how often they are read (default 200ms)
                  --duration D             safety bound of each phase (default 5m)
                """ + DirectS3.HELP;
    }

    /** The run's parameters, checked before anything is sent. */
    record Settings(URI base, String token, String unitCode, String procedureCode, List<String> components,
            int fileSize,
            int files, int warmupFiles, int filesPerDossier, int concurrency, Duration timeout, Duration phaseLimit,
            URI metrics, Duration heapPoll, DirectS3.Target s3) {

        static Settings of(Args args) throws IOException {
            String base = CatalogSearchScenario.stripSlash(args.get("base-url", "http://127.0.0.1:8082"));
            URI baseUri = LoopbackGuard.checkHttp(base);
            String token = args.has("token-file") ? Files.readString(Path.of(args.get("token-file", ""))).strip()
                    : args.get("token", null);
            if (token == null || token.isBlank()) {
                throw new Args.UsageException("dossier-files needs --token or --token-file (an officer of the unit)");
            }
            int fileSize = (int) sizeOf("file-size", args.get("file-size", "5MiB"));
            if (fileSize < 1024) {
                throw new Args.UsageException("--file-size must be at least 1 KiB");
            }
            int perDossier = args.intValue("files-per-dossier", defaultFilesPerDossier(fileSize), 1, 100_000);
            return new Settings(baseUri, token, args.get("unit-code", "000.00.61.H26"),
                    args.get("procedure-code", "1.001193"),
                    args.all("component").isEmpty() ? BIRTH_REGISTRATION_DOCUMENTS : args.all("component"),
                    fileSize, args.intValue("files", 160, 1, 1_000_000), args.intValue("warmup-files", 16, 0, 1_000_000),
                    perDossier, args.intValue("concurrency", 8, 1, LoadEngine.MAX_CONCURRENCY),
                    args.duration("timeout", Duration.ofSeconds(60)), args.duration("duration", Duration.ofMinutes(5)),
                    LoopbackGuard.checkHttp(base + args.get("metrics-path", "/q/metrics")),
                    args.duration("heap-poll", Duration.ofMillis(200)), DirectS3.Target.of(args));
        }

        /** The component the files are attached to. */
        String component() {
            return components.get(0);
        }

        /** Dossiers to file for all the uploads of the run. */
        int dossiers() {
            return dossiersFor(warmupFiles + files, filesPerDossier);
        }
    }

    /** Parses {@code 5242880}, {@code 5MiB}, {@code 5MB} (10^6), {@code 64KiB}; at most 1 GiB. */
    static long sizeOf(String flag, String raw) {
        String v = raw.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        String[][] units = {{"kib", "1024"}, {"mib", Long.toString(MIB)}, {"gib", Long.toString(1024 * MIB)},
                {"kb", "1000"}, {"mb", "1000000"}, {"gb", "1000000000"}, {"b", "1"}};
        for (String[] u : units) {
            if (v.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                v = v.substring(0, v.length() - u[0].length()).trim();
                break;
            }
        }
        try {
            long bytes = Math.round(Double.parseDouble(v) * unit);
            if (bytes <= 0 || bytes > 1024 * MIB) {
                throw new Args.UsageException("--" + flag + " must be between 1 byte and 1 GiB, got '" + raw + "'");
            }
            return bytes;
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--" + flag + " must be a size like 5242880, 5MiB or 5MB; got '" + raw + "'");
        }
    }

    /** As many files as fit the service's default limit of a dossier, less one for uploads racing the check. */
    static int defaultFilesPerDossier(int fileSize) {
        return (int) Math.max(1, SERVICE_DOSSIER_LIMIT / fileSize - 1);
    }

    static int dossiersFor(int uploads, int perDossier) {
        return (uploads + perDossier - 1) / perDossier;
    }

    /** MiB moved per second by the successful requests of a phase. */
    static double mibPerSecond(Report phase, int fileSize) {
        return phase.elapsedSeconds() > 0 ? phase.successes() * (double) fileSize / MIB / phase.elapsedSeconds() : 0;
    }

    /** {@code service / direct}, or NaN when there is no direct figure to compare with. */
    static double ratio(double service, double direct) {
        return direct == 0 ? Double.NaN : service / direct;
    }

    /** A file {@code size} bytes long that any type detector takes for a PDF: its head, then seeded noise. */
    static byte[] pdfBody(int size, long seed) {
        byte[] body = new byte[size];
        new Random(seed).nextBytes(body);
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, body, 0, Math.min(head.length, size));
        return body;
    }

    /** The four phases side by side, and the heap: what {@link #print} shows and the JSON keeps. */
    record Comparison(int fileSize, Report serviceUpload, Report directUpload, Report serviceDownload,
            Report directDownload, HeapMonitor.Peak heap) {

        double uploadRatio() {
            return ratio(mibPerSecond(serviceUpload, fileSize), mibPerSecond(directUpload, fileSize));
        }

        double downloadRatio() {
            return ratio(mibPerSecond(serviceDownload, fileSize), mibPerSecond(directDownload, fileSize));
        }
    }

    @Override
    public Report run(Args args, PrintStream progress) throws Exception {
        Settings s = Settings.of(args);
        // HTTP/1.1 unless --http-version says otherwise: one connection a worker, as the direct S3 client has
        HttpClient http = HttpSupport.client(args, s.concurrency());
        byte[] body = pdfBody(s.fileSize(), 15);
        String run = "run-" + OffsetDateTime.now().format(java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + "-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime started = Report.now();

        List<String> dossiers = new ArrayList<>();
        for (int i = 0; i < s.dossiers(); i++) {
            dossiers.add(intake(http, s, i));
        }
        progress.printf("filed %d dossiers at %s for the uploads%n", dossiers.size(), s.unitCode());

        List<String> fileIds = Collections.synchronizedList(new ArrayList<>());
        List<String> keys = Collections.synchronizedList(new ArrayList<>());
        AtomicLong uploads = new AtomicLong();
        AtomicLong puts = new AtomicLong();
        String component = URLEncoder.encode(s.component(), StandardCharsets.UTF_8);
        Operation serviceUpload = (worker, seq) -> {
            long n = uploads.getAndIncrement();
            String dossier = dossiers.get((int) (n % dossiers.size()));
            HttpResponse<String> response = http.send(request(s, s.base().resolve("/api/v1/dossiers/" + dossier
                    + "/files?component=" + component + "&fileName=bench-" + n + ".pdf"))
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                fileIds.add(dossier + "/files/" + DossierIntakeScenario.JSON.readTree(response.body()).path("id")
                        .asText());
            }
            return new Operation.Outcome(Integer.toString(response.statusCode()), response.statusCode() == 201,
                    response.body().length());
        };
        DirectS3 s3 = new DirectS3(s.s3(), s.timeout());
        Operation directPut = (worker, seq) -> {
            String key = run + "/" + puts.getAndIncrement();
            Operation.Outcome outcome = s3.put(key, body, "application/pdf");
            if (outcome.success()) {
                keys.add(key);
            }
            return outcome;
        };
        Operation serviceDownload = (worker, seq) -> {
            String file = fileIds.get((int) (seq % fileIds.size()));
            HttpResponse<InputStream> response = http.send(request(s, s.base().resolve("/api/v1/dossiers/" + file
                    + "/content")).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long read;
            try (InputStream in = response.body()) {
                read = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            boolean whole = response.statusCode() == 200 && read == s.fileSize();
            return new Operation.Outcome(response.statusCode() == 200 && !whole ? "short-body"
                    : Integer.toString(response.statusCode()), whole, read);
        };
        Operation directGet = (worker, seq) -> s3.get(keys.get((int) (seq % keys.size())), s.fileSize());

        String serviceTarget = "POST " + s.base() + FILES_PATH + ", GET …/files/{fileId}/content";
        try (HeapMonitor heap = new HeapMonitor(http, s.metrics(), s.heapPoll()).start()) {
            s3.ensureBucket();
            Phase up = phase("service-upload", "POST " + s.base() + FILES_PATH, serviceUpload, s, progress);
            Phase put = phase("direct-put", "PUT " + s3.describe(run + "/{n}"), directPut, s, progress);
            requireSome(fileIds, "the service stored no file");
            requireSome(keys, "the S3 server stored no object");
            Phase down = phase("service-download", "GET " + s.base() + FILES_PATH + "/{fileId}/content",
                    serviceDownload, s, progress);
            Phase get = phase("direct-get", "GET " + s3.describe(run + "/{n}"), directGet, s, progress);
            Comparison comparison = new Comparison(s.fileSize(), up.report(), put.report(), down.report(),
                    get.report(), heap.peak());
            return summary(s, started, serviceTarget + " vs " + s3.describe(run), up, down, comparison,
                    dossiers.size());
        } finally {
            try {
                s3.delete(List.copyOf(keys));
            } finally {
                s3.close();
            }
        }
    }

    private static void requireSome(List<String> stored, String what) {
        if (stored.isEmpty()) {
            throw new IllegalStateException(what + " in the upload phase: nothing to download");
        }
    }

    private static HttpRequest.Builder request(Settings s, URI uri) {
        return HttpRequest.newBuilder(uri).timeout(s.timeout()).header("Authorization", "Bearer " + s.token());
    }

    /** Files one dossier at the unit with the component the files go to; returns its id. */
    private static String intake(HttpClient http, Settings s, long seq) throws Exception {
        String template = DossierIntakeScenario.resource(DossierIntakeScenario.DEFAULT_TEMPLATE);
        String json = DossierIntakeScenario.render(template, DossierIntakeScenario.values(seq, new Random(seq),
                List.of(s.procedureCode()), s.unitCode(), "IN_PERSON", s.components()));
        HttpResponse<String> response = http.send(request(s, s.base().resolve("/api/v1/dossiers"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("intake refused with " + response.statusCode() + ": " + response.body());
        }
        JsonNode created = DossierIntakeScenario.JSON.readTree(response.body());
        return created.path("id").asText();
    }

    private static Phase phase(String name, String target, Operation op, Settings s, PrintStream progress)
            throws InterruptedException {
        if (s.warmupFiles() > 0) {
            progress.printf("%s: warm-up, %d requests%n", name, s.warmupFiles());
            LoadEngine.run(new LoadEngine.Plan(s.concurrency(), s.phaseLimit(), s.warmupFiles(), Duration.ZERO), op,
                    true);
        }
        progress.printf("%s: %d requests at concurrency %d%n", name, s.files(), s.concurrency());
        LoadEngine.Plan plan = new LoadEngine.Plan(s.concurrency(), s.phaseLimit(), s.files(), Duration.ZERO);
        OffsetDateTime started = Report.now();
        LoadEngine.Measurement m = LoadEngine.run(plan, op, true);
        Report report = Report.of(name, target, started, plan, false, m, Map.of("fileBytes", s.fileSize()));
        report.settings().put("mibPerSecond", Report.round(mibPerSecond(report, s.fileSize()), 1));
        return new Phase(report, m);
    }

    /** A measured phase: its report and the raw measurement. */
    private record Phase(Report report, LoadEngine.Measurement measurement) {
    }

    /** The run as one report: the service's two phases together as its figures, every phase in {@code settings}. */
    private static Report summary(Settings s, OffsetDateTime started, String target, Phase up, Phase down,
            Comparison c, int dossiers) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("measured", "top-level figures: the service's upload and download phases together; "
                + "comparison: each phase, direct = the same request straight to the S3 server");
        settings.put("fileBytes", s.fileSize());
        settings.put("warmupFilesPerPhase", s.warmupFiles());
        settings.put("dossiers", dossiers);
        settings.put("unitCode", s.unitCode());
        settings.put("uploadThroughputRatio", Report.round(c.uploadRatio(), 3));
        settings.put("downloadThroughputRatio", Report.round(c.downloadRatio(), 3));
        settings.put("comparison", c);
        LoadEngine.Plan plan = new LoadEngine.Plan(s.concurrency(), s.phaseLimit(), 2L * s.files(), Duration.ZERO);
        LoadEngine.Measurement both = new LoadEngine.Measurement(up.measurement().elapsedNanos()
                + down.measurement().elapsedNanos(), up.measurement().merged().plus(down.measurement().merged()));
        return Report.of("dossier-files", target, started, plan, false, both, settings);
    }

    @Override
    public void print(Report report, PrintStream out) {
        Comparison c = (Comparison) report.settings().get("comparison");
        int size = c.fileSize();
        out.println();
        out.printf(Locale.ROOT, "scenario       dossier-files: %d requests each phase (+%d warm-up), files of %.2f MiB, "
                + "concurrency %d, closed loop%n", c.serviceUpload().requests(),
                report.settings().get("warmupFilesPerPhase"), size / (double) MIB, report.concurrency());
        out.printf(Locale.ROOT, "service        %s%n", c.serviceUpload().target());
        out.printf(Locale.ROOT, "direct         %s%n", c.directUpload().target());
        out.printf(Locale.ROOT, "%-14s %14s %14s %10s%n", "", "service", "direct", "svc/direct");
        side(out, "upload", c.serviceUpload(), c.directUpload(), size);
        side(out, "download", c.serviceDownload(), c.directDownload(), size);
        out.printf(Locale.ROOT, "goal           throughput service/direct ≥ %.1f: upload %.3f (%s), download %.3f (%s)%n",
                GOAL, c.uploadRatio(), c.uploadRatio() >= GOAL ? "met" : "NOT met", c.downloadRatio(),
                c.downloadRatio() >= GOAL ? "met" : "NOT met");
        HeapMonitor.Peak heap = c.heap();
        if (heap.samples() > 0) {
            out.printf(Locale.ROOT, "service heap   peak %.1f MiB in use (garbage included) of %.1f MiB max heap "
                    + "(-Xmx); %.1f MiB at the start; %d samples%s%n", heap.peakUsedMiB(), heap.maxMiB(),
                    heap.firstUsedMiB(), heap.samples(), heap.failures() > 0 ? ", " + heap.failures() + " unanswered"
                    : "");
            if (heap.peakLiveBytes() >= 0) {
                out.printf(Locale.ROOT, "               kept after a full GC: %.1f MiB at the start, at most %.1f MiB%n",
                        heap.firstLiveMiB(), heap.peakLiveMiB());
            }
        } else {
            out.println("service heap   not measured: the metrics endpoint did not answer");
        }
    }

    private static void side(PrintStream out, String what, Report service, Report direct, int fileSize) {
        Compare.row(out, what + " MiB/s", mibPerSecond(service, fileSize), mibPerSecond(direct, fileSize));
        Compare.row(out, what + " p50 ms", service.latencyMs().p50(), direct.latencyMs().p50());
        Compare.row(out, what + " p95 ms", service.latencyMs().p95(), direct.latencyMs().p95());
        Compare.row(out, what + " p99 ms", service.latencyMs().p99(), direct.latencyMs().p99());
        out.printf(Locale.ROOT, "%-14s %14d %14d%n", what + " errors", service.errors(), direct.errors());
    }
}
