package vn.motcua.dossier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contract stub of <b>procedure-catalog</b>, another service: it serves the exact JSON shapes that service
 * publishes for {@code GET /api/v1/procedures/{code}} and {@code GET /api/v1/units/{code}} (404 problem+json for
 * an unknown code), for a few fixed procedures and units plus generated ones, so that dossier tests control the
 * catalog's availability: {@link #down()} (connections refused), {@link #up()}, {@link #slow(Duration)}. It
 * stands in for the published contract only; the integration with the real catalog is covered by system-tests.
 *
 * <p>Generated entries, so tests can use codes nobody has cached yet: procedure {@code 1.9xxxxx} (a commune
 * procedure offered in every channel, 3 working days, one required component "Đơn đề nghị"); unit
 * {@code 9xx.xx.xx.Xnn} (a commune of {@link #DISTRICT}), {@code 8xx.xx.xx.Xnn} (a district of {@link #PROVINCE})
 * and {@code 8xx.xx.xx.Xnn.Cnn} (a commune of the district its code starts with), so a test can build a
 * hierarchy of its own: commune → district → province.
 *
 * <p>The two-level government since 2025-07-01 ({@link #LAND}, {@link #DEATH} and the units from
 * {@link #PROVINCE_CENTRE} to {@link #FOREIGN_COMMUNE}) is answered with the catalog's {@code kind},
 * {@code receiving} and {@code resolvingAgencyCode}; the older fixtures leave them out, as catalogs before them did.
 *
 * <p>Quarkus may load this class in more than one class loader, so the stub is started once per JVM (its ports
 * published in system properties) and tests steer it through a small control server of its own.
 */
public class CatalogStub implements QuarkusTestResourceLifecycleManager {

    private static final String PORT = "motcua.test.catalog-stub.port";
    private static final String CONTROL_PORT = "motcua.test.catalog-stub.control-port";
    private static final String SEQUENCE = "motcua.test.catalog-stub.sequence";

    public static final String BIRTH = "1.001193";
    public static final String BIRTH_FORM = "Tờ khai đăng ký khai sinh";
    public static final String BIRTH_CERTIFICATE = "Giấy chứng sinh";
    public static final String BIRTH_PROXY = "Văn bản ủy quyền";
    public static final String HOUSEHOLD_BUSINESS = "2.000635";
    public static final String HOUSEHOLD_BUSINESS_FORM = "Giấy đề nghị đăng ký hộ kinh doanh";
    public static final String SUSPENDED = "1.000894";
    public static final String NOT_YET_IN_FORCE = "1.004227";
    public static final String CERTIFIED_COPY = "1.003005";
    public static final String GENERATED_FORM = "Đơn đề nghị";

    /** A land procedure of the province, received at any centre or commune of it, resolved by {@link #DEPARTMENT}. */
    public static final String LAND = "2.001711";
    public static final String LAND_FORM = "Đơn đăng ký biến động đất đai";
    /** A civil-status procedure of the communes, received at any commune of the province (resolved by one of them). */
    public static final String DEATH = "1.000656";
    public static final String DEATH_FORM = "Tờ khai đăng ký khai tử";

    // the two-level government (since 2025-07-01) of PROVINCE: its centre, a department, two communes, one centre
    public static final String PROVINCE_CENTRE = "000.01.00.H26";
    public static final String DEPARTMENT = "000.03.00.H26";
    public static final String NEW_COMMUNE = "000.00.63.H26";
    public static final String NEW_COMMUNE_CENTRE = "000.01.63.H26";
    public static final String OTHER_NEW_COMMUNE = "000.00.64.H26";
    /** A commune of another province. */
    public static final String FOREIGN_COMMUNE = "000.00.01.H01";
    public static final String FOREIGN_PROVINCE = "000.00.00.H01";

    public static final String COMMUNE = "000.20.20.H26";
    public static final String DISTRICT = "000.00.20.H26";
    public static final String PROVINCE = "000.00.00.H26";
    public static final String DISSOLVED_COMMUNE = "000.30.20.H26";

    // state of the stub in the class loader that started it; other loaders reach it through the control server
    private static HttpServer server;
    private static int port;
    private static volatile long delayMs;
    private static final ConcurrentMap<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        int catalogPort = ensureStarted();
        return Map.of(
                "quarkus.rest-client.catalog.url", "http://127.0.0.1:" + catalogPort,
                "quarkus.rest-client.catalog.connect-timeout", "500",
                "quarkus.rest-client.catalog.read-timeout", "700",
                "motcua.catalog.retry-after", "PT7S");
    }

    @Override
    public void stop() {
        // lives for the whole JVM, like the database and the broker
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public static void down() {
        control("POST", "/down");
    }

    /** Listens again on the same port, answering at once. */
    public static void up() {
        control("POST", "/up");
    }

    /** Answers every request only after {@code delay}. */
    public static void slow(Duration delay) {
        control("POST", "/slow?ms=" + delay.toMillis());
    }

    /** Requests served so far for {@code path}, e.g. {@code /api/v1/procedures/1.001193}. */
    public static int hits(String path) {
        return Integer.parseInt(control("GET", "/hits?path=" + path).trim());
    }

    /** A procedure code the stub generates and nobody has asked for yet. */
    public static String freshProcedure() {
        return "1.9" + String.format("%05d", next() % 100000);
    }

    /** A commune code the stub generates and nobody has used yet (fresh receipt numbering). */
    public static String freshCommune() {
        return generatedUnit('9');
    }

    public static String freshDistrict() {
        return generatedUnit('8');
    }

    /**
     * A commune nobody has used yet, under {@code district} (one from {@link #freshDistrict()}): C01, C02, … in the
     * order asked, so the communes of one district sort as they were made whatever other tests drew before.
     */
    public static String freshCommuneOf(String district) {
        synchronized (System.getProperties()) {
            String key = SEQUENCE + "." + district;
            int next = Integer.parseInt(System.getProperty(key, "0")) + 1;
            System.setProperty(key, Integer.toString(next));
            return district + ".C" + String.format("%02d", next);
        }
    }

    private static String generatedUnit(char first) {
        String digits = String.format("%05d", next() % 100000);
        return first + "0" + digits.charAt(0) + "." + digits.substring(1, 3) + "." + digits.substring(3, 5) + ".T01";
    }

    private static int next() {
        synchronized (System.getProperties()) {
            int next = Integer.parseInt(System.getProperty(SEQUENCE, "0")) + 1;
            System.setProperty(SEQUENCE, Integer.toString(next));
            return next;
        }
    }

    private static String control(String method, String pathAndQuery) {
        ensureStarted();
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + System.getProperty(CONTROL_PORT) + pathAndQuery))
                    .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("catalog stub control " + pathAndQuery + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int ensureStarted() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PORT) == null) {
                port = listen(0);
                HttpServer control = create(0);
                control.createContext("/", CatalogStub::handleControl);
                control.start();
                System.setProperty(PORT, Integer.toString(port));
                System.setProperty(CONTROL_PORT, Integer.toString(control.getAddress().getPort()));
            }
            return Integer.parseInt(System.getProperty(PORT));
        }
    }

    private static synchronized void handleControl(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            String answer = "";
            switch (path) {
                case "/down" -> {
                    if (server != null) {
                        server.stop(0);
                        server = null;
                    }
                }
                case "/up" -> {
                    delayMs = 0;
                    if (server == null) {
                        listen(port);
                    }
                }
                case "/slow" -> delayMs = Long.parseLong(query.substring("ms=".length()));
                case "/hits" -> {
                    AtomicInteger count = HITS.get(query.substring("path=".length()));
                    answer = Integer.toString(count == null ? 0 : count.get());
                }
                default -> {
                    respond(exchange, 404, "");
                    return;
                }
            }
            exchange.sendResponseHeaders(200, answer.isEmpty() ? -1 : answer.length());
            if (!answer.isEmpty()) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }

    private static int listen(int wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            try {
                HttpServer http = create(wanted);
                http.createContext("/", CatalogStub::handle);
                http.start();
                server = http;
                return http.getAddress().getPort();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof BindException) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
    }

    private static HttpServer create(int wanted) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 64);
            http.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "catalog-stub");
                thread.setDaemon(true);
                return thread;
            }));
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern PROCEDURE = Pattern.compile("/api/v1/procedures/([^/]+)");
    private static final Pattern UNIT = Pattern.compile("/api/v1/units/([^/]+)");

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            HITS.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            long delay = delayMs;
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String body = null;
            Matcher procedure = PROCEDURE.matcher(path);
            Matcher unit = UNIT.matcher(path);
            if (!"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, problem(405, "Method not allowed", path));
                return;
            }
            if (procedure.matches()) {
                body = procedure(procedure.group(1));
            } else if (unit.matches()) {
                body = unit(unit.group(1));
            }
            if (body == null) {
                respond(exchange, 404, problem(404, "Not found", path));
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                respond(exchange, 200, body);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (status != 200) {
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String problem(int status, String title, String path) {
        return "{\"type\":\"https://motcua.vn/problems/" + (status == 404 ? "not-found" : "method-not-allowed")
                + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"instance\":\"" + path + "\"}";
    }

    private static String procedure(String code) {
        return switch (code) {
            case BIRTH -> procedureJson(code, "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", "[\"COMMUNE\"]",
                    "{\"IN_PERSON\":1,\"ONLINE\":1}",
                    "[" + component(BIRTH_FORM, true) + "," + component(BIRTH_CERTIFICATE, true) + ","
                            + component(BIRTH_PROXY, false) + "]", "FULL", "ACTIVE", "2023-01-01", null, 3);
            case HOUSEHOLD_BUSINESS -> procedureJson(code, "Đăng ký thành lập hộ kinh doanh", "KD",
                    "Thành lập và hoạt động của hộ kinh doanh", "[\"DISTRICT\"]",
                    "{\"IN_PERSON\":3,\"ONLINE\":3,\"POSTAL\":3}",
                    "[" + component(HOUSEHOLD_BUSINESS_FORM, true) + "]", "PARTIAL", "ACTIVE", "2021-04-01", null, 2);
            case SUSPENDED -> procedureJson(code, "Thủ tục đăng ký kết hôn", "HT", "Hộ tịch", "[\"COMMUNE\"]",
                    "{\"IN_PERSON\":3}", "[]", "PARTIAL", "INACTIVE", "2020-01-01", null, 5);
            case NOT_YET_IN_FORCE -> procedureJson(code, "Thủ tục chưa có hiệu lực", "HT", "Hộ tịch", "[\"COMMUNE\"]",
                    "{\"IN_PERSON\":3}", "[]", "NONE", "ACTIVE", "2099-01-01", null, 1);
            case CERTIFIED_COPY -> procedureJson(code, "Chứng thực bản sao từ bản chính", "CT", "Chứng thực",
                    "[\"COMMUNE\",\"DISTRICT\"]", "{\"IN_PERSON\":2,\"POSTAL\":5}", "[]", "NONE", "ACTIVE", "2015-02-16",
                    null, 1);
            case LAND -> procedureJson(code, "Đăng ký biến động quyền sử dụng đất", "DD", "Đất đai", "[\"PROVINCE\"]",
                    "{\"IN_PERSON\":10,\"ONLINE\":10}", "[" + component(LAND_FORM, true) + "]", "PARTIAL", "ACTIVE",
                    "2025-07-01", null, 1, "ANY_CENTRE_OF_PROVINCE", DEPARTMENT);
            case DEATH -> procedureJson(code, "Thủ tục đăng ký khai tử", "HT", "Hộ tịch", "[\"COMMUNE\"]",
                    "{\"IN_PERSON\":1,\"ONLINE\":1}", "[" + component(DEATH_FORM, true) + "]", "FULL", "ACTIVE",
                    "2025-07-01", null, 1, "ANY_COMMUNE_OF_PROVINCE", null);
            default -> code.matches("1\\.9\\d{5}")
                    ? procedureJson(code, "Thủ tục thử nghiệm " + code, "TN", "Thử nghiệm", "[\"COMMUNE\"]",
                            "{\"IN_PERSON\":3,\"ONLINE\":3,\"POSTAL\":3}", "[" + component(GENERATED_FORM, true) + "]",
                            "FULL", "ACTIVE", "2024-01-01", null, 1)
                    : null;
        };
    }

    private static String unit(String code) {
        return switch (code) {
            case COMMUNE -> unitJson(code, "UBND xã Thử Nghiệm", "COMMUNE", DISTRICT, "2008-08-01", null);
            case DISTRICT -> unitJson(code, "UBND huyện Thử Nghiệm", "DISTRICT", PROVINCE, "2008-08-01", null);
            case PROVINCE -> unitJson(code, "UBND Thành phố Thử Nghiệm", "PROVINCE", null, "2008-08-01", null);
            case DISSOLVED_COMMUNE -> unitJson(code, "UBND xã Đã Sáp Nhập", "COMMUNE", DISTRICT, "2008-08-01",
                    "2025-06-30");
            case PROVINCE_CENTRE -> unitJson(code, "Trung tâm Phục vụ hành chính công Thành phố Thử Nghiệm", "AGENCY",
                    "SERVICE_CENTRE", PROVINCE, "2025-07-01", null);
            case DEPARTMENT -> unitJson(code, "Sở Nông nghiệp và Môi trường Thành phố Thử Nghiệm", "AGENCY",
                    "DEPARTMENT", PROVINCE, "2025-03-01", null);
            case NEW_COMMUNE -> unitJson(code, "UBND xã Bát Tràng", "COMMUNE", "GOVERNMENT", PROVINCE, "2025-07-01",
                    null);
            case NEW_COMMUNE_CENTRE -> unitJson(code, "Trung tâm Phục vụ hành chính công xã Bát Tràng", "AGENCY",
                    "SERVICE_CENTRE", NEW_COMMUNE, "2025-07-01", null);
            case OTHER_NEW_COMMUNE -> unitJson(code, "UBND xã Phù Đổng", "COMMUNE", "GOVERNMENT", PROVINCE,
                    "2025-07-01", null);
            case FOREIGN_PROVINCE -> unitJson(code, "UBND Tỉnh Khác", "PROVINCE", "GOVERNMENT", null, "2025-07-01",
                    null);
            case FOREIGN_COMMUNE -> unitJson(code, "UBND xã Tỉnh Khác", "COMMUNE", "GOVERNMENT", FOREIGN_PROVINCE,
                    "2025-07-01", null);
            default -> {
                if (code.matches("9\\d{2}\\.\\d{2}\\.\\d{2}\\.T\\d{2}")) {
                    yield unitJson(code, "UBND xã Thử Nghiệm " + code, "COMMUNE", DISTRICT, "2020-01-01", null);
                }
                if (code.matches("8\\d{2}\\.\\d{2}\\.\\d{2}\\.T\\d{2}")) {
                    yield unitJson(code, "UBND huyện Thử Nghiệm " + code, "DISTRICT", PROVINCE, "2020-01-01", null);
                }
                if (code.matches("8\\d{2}\\.\\d{2}\\.\\d{2}\\.T\\d{2}\\.C\\d{2}")) {
                    yield unitJson(code, "UBND xã Thử Nghiệm " + code, "COMMUNE", code.substring(0, 13), "2020-01-01",
                            null);
                }
                yield null;
            }
        };
    }

    private static String component(String name, boolean required) {
        return "{\"name\":\"" + name + "\",\"originals\":1,\"copies\":0,\"formUrl\":null,\"required\":" + required + "}";
    }

    private static String procedureJson(String code, String name, String fieldCode, String fieldName, String levels,
            String processingDays, String components, String onlineLevel, String status, String effectiveFrom,
            String effectiveTo, int version) {
        return procedureJson(code, name, fieldCode, fieldName, levels, processingDays, components, onlineLevel, status,
                effectiveFrom, effectiveTo, version, null, null);
    }

    /** With the two-level fields; both null: a procedure as catalogs before them answer (no such fields). */
    private static String procedureJson(String code, String name, String fieldCode, String fieldName, String levels,
            String processingDays, String components, String onlineLevel, String status, String effectiveFrom,
            String effectiveTo, int version, String receiving, String resolvingAgencyCode) {
        String twoLevel = receiving == null ? "" : ",\"receiving\":\"" + receiving + "\",\"resolvingAgencyCode\":"
                + (resolvingAgencyCode == null ? "null" : "\"" + resolvingAgencyCode + "\"");
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"field\":{\"code\":\"" + fieldCode
                + "\",\"name\":\"" + fieldName + "\"},\"levels\":" + levels + ",\"processingDays\":" + processingDays
                + ",\"fees\":[{\"description\":\"Lệ phí\",\"amount\":0}],\"components\":" + components
                + ",\"applicants\":[\"CITIZEN\",\"ORGANIZATION\"],\"onlineLevel\":\"" + onlineLevel
                + "\",\"essential\":true,\"delegated\":false,\"status\":\"" + status + "\",\"effectiveFrom\":\""
                + effectiveFrom + "\",\"effectiveTo\":" + (effectiveTo == null ? "null" : "\"" + effectiveTo + "\"")
                + ",\"version\":" + version + twoLevel + ",\"legalBasis\":\"Luật Hộ tịch 2014\"}";
    }

    /** A unit as catalogs before unit kinds answer (no {@code kind}: the client defaults it by level). */
    private static String unitJson(String code, String name, String level, String parent, String validFrom,
            String validTo) {
        return unitJson(code, name, level, null, parent, validFrom, validTo);
    }

    private static String unitJson(String code, String name, String level, String kind, String parent,
            String validFrom, String validTo) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\"" + level + "\","
                + (kind == null ? "" : "\"kind\":\"" + kind + "\",") + "\"parentCode\":"
                + (parent == null ? "null" : "\"" + parent + "\"") + ",\"validFrom\":\"" + validFrom + "\",\"validTo\":"
                + (validTo == null ? "null" : "\"" + validTo + "\"") + "}";
    }
}
