package vn.motcua.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dossier-intake}: {@code POST /api/v1/dossiers} with a freshly generated applicant per request
 * and a bearer token passed in by flag. The JSON body comes from a template with {@code ${placeholders}}
 * (built-in default, in the fields of dossier-service's {@code IntakeRequest}, or {@code --body-template
 * FILE}), so if the intake contract changes only the template needs to follow it. Each request carries a new
 * {@code Idempotency-Key} unless {@code --no-idempotency-key}.
 */
final class DossierIntakeScenario implements Workload.Scenario {

    static final String DEFAULT_TEMPLATE = "/dossier-intake-template.json";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Xuân"};
    static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Linh",
            "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"};
    static final String[] VILLAGE = {"thôn Bát Tràng, xã Bát Tràng", "thôn Phù Đổng, xã Phù Đổng",
            "tổ dân phố 3, thị trấn Trâu Quỳ", "thôn Kim Quan, xã Đa Tốn", "thôn Dương Đá, xã Dương Xá",
            "thôn Đình, xã Kiêu Kỵ", "thôn Trung, xã Đông Dư"};
    static final String[] MOBILE_PREFIX = {"032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077",
            "078", "079", "081", "082", "083", "084", "085", "086", "088", "089", "090", "091", "093", "094", "096",
            "097", "098"};

    @Override
    public String name() {
        return "dossier-intake";
    }

    @Override
    public String summary() {
        return "POST /api/v1/dossiers with a generated applicant and a bearer token (dossier-service)";
    }

    @Override
    public Set<String> flags() {
        Set<String> f = new HashSet<>(HttpSupport.COMMON_FLAGS);
        f.addAll(Set.of("base-url", "path", "token", "token-file", "procedure-code", "unit-code", "channel",
                "component", "body-template", "no-idempotency-key", "unit"));
        return f;
    }

    @Override
    public String help() {
        return """
                  --base-url URL           dossier-service base URL (default http://127.0.0.1:8082)
                  --path P                 intake path (default /api/v1/dossiers)
                  --token JWT              bearer token of an officer or commune-system of the unit
                  --token-file FILE        ... or read it from a file (e.g. minted by the local stack)
                  --procedure-code C       procedure to file (repeatable: picked at random; default 1.001193)
                  --unit-code C            unit filed at (default 000.20.20.H26)
                  --unit CODE=TOKENFILE    spread the intakes evenly over several units, each with the token of
                                           its own officer or commune-system (repeatable; replaces --unit-code
                                           and --token), like the desks of a district's communes
                  --channel C              IN_PERSON (default), ONLINE or POSTAL
                  --component NAME         a submitted document (repeatable; default 'Tờ khai đăng ký khai sinh')
                  --body-template FILE     JSON template; placeholders (each replaced by a JSON value):
                                           ${procedureCode} ${unitCode} ${channel} ${name} ${citizenId}
                                           ${phone} ${email} ${address} ${documents} ${note} ${seq} ${uuid}
                  --no-idempotency-key     do not send a fresh Idempotency-Key per request
                  default --expect: 201
                """ + HttpSupport.COMMON_HELP;
    }

    @Override
    public Workload create(Args args, int concurrency) throws Exception {
        String base = CatalogSearchScenario.stripSlash(args.get("base-url", "http://127.0.0.1:8082"));
        LoopbackGuard.checkHttp(base);
        URI uri = URI.create(base + args.get("path", "/api/v1/dossiers"));
        List<String> procedures = args.all("procedure-code").isEmpty() ? List.of("1.001193") : args.all("procedure-code");
        List<Map.Entry<String, String>> desks = desks(args);
        String unit = desks.get(0).getKey();
        String channel = args.get("channel", "IN_PERSON");
        if (!Set.of("IN_PERSON", "ONLINE", "POSTAL").contains(channel)) {
            throw new Args.UsageException("--channel must be IN_PERSON, ONLINE or POSTAL");
        }
        List<String> components = args.all("component").isEmpty() ? List.of("Tờ khai đăng ký khai sinh")
                : args.all("component");
        String template = args.has("body-template") ? Files.readString(Path.of(args.get("body-template", "")))
                : resource(DEFAULT_TEMPLATE);
        boolean idempotency = !args.flag("no-idempotency-key");
        Map<String, String> headers = HttpSupport.headers(args);
        headers.putIfAbsent("Content-Type", "application/json");
        headers.putIfAbsent("Accept", "application/json");
        Duration timeout = args.duration("timeout", Duration.ofSeconds(10));
        HttpClient client = HttpSupport.client(args, 0);

        // Validate the template once, up front, so a typo fails before the run rather than as N errors.
        String sample = render(template, values(0, new Random(1), procedures, unit, channel, components));
        try {
            JSON.readTree(sample);
        } catch (IOException e) {
            throw new Args.UsageException("the body template does not render to valid JSON: " + e.getMessage());
        }

        Operation op = HttpSupport.operation(client, HttpSupport.expected(args, "201"), (w, seq) -> {
            Map.Entry<String, String> desk = desks.get((int) (seq % desks.size()));
            String body = render(template, values(seq, ThreadLocalRandom.current(), procedures, desk.getKey(), channel,
                    components));
            HttpRequest.Builder b = HttpSupport.builder(uri, timeout, headers)
                    .header("Authorization", "Bearer " + desk.getValue())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (idempotency) {
                b.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            return b.build();
        });
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("procedureCodes", procedures);
        settings.put("unitCodes", desks.stream().map(Map.Entry::getKey).toList());
        settings.put("channel", channel);
        settings.put("components", components);
        settings.put("bodyTemplate", args.has("body-template") ? args.get("body-template", "") : "built-in");
        settings.put("idempotencyKey", idempotency);
        settings.put("headers", HttpSupport.describeHeaders(headers));
        settings.put("timeoutMs", timeout.toMillis());
        settings.put("sampleBody", JSON.readTree(sample));
        return new Workload(op, "POST " + uri, settings, () -> { });
    }

    /** Each unit filed at with the bearer token of its desk: {@code --unit CODE=TOKENFILE}, or one unit and token. */
    static List<Map.Entry<String, String>> desks(Args args) throws IOException {
        List<Map.Entry<String, String>> desks = new ArrayList<>();
        for (String desk : args.all("unit")) {
            int eq = desk.indexOf('=');
            if (eq <= 0 || eq == desk.length() - 1) {
                throw new Args.UsageException("--unit must be CODE=TOKENFILE, got '" + desk + "'");
            }
            desks.add(Map.entry(desk.substring(0, eq), Files.readString(Path.of(desk.substring(eq + 1))).strip()));
        }
        if (!desks.isEmpty()) {
            return desks;
        }
        String token = args.has("token-file") ? Files.readString(Path.of(args.get("token-file", ""))).strip()
                : args.get("token", null);
        if (token == null || token.isBlank()) {
            throw new Args.UsageException("dossier-intake needs --token, --token-file or --unit CODE=TOKENFILE "
                    + "(intake requires the officer or commune-system role of the unit)");
        }
        return List.of(Map.entry(args.get("unit-code", "000.20.20.H26"), token));
    }

    /** The placeholder values of one request; every value is already a JSON literal. */
    static Map<String, String> values(long seq, Random rnd, List<String> procedures, String unit, String channel,
                                      List<String> components) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("procedureCode", quote(procedures.get(rnd.nextInt(procedures.size()))));
        v.put("unitCode", quote(unit));
        v.put("channel", quote(channel));
        v.put("name", quote(FAMILY[rnd.nextInt(FAMILY.length)] + " " + MIDDLE[rnd.nextInt(MIDDLE.length)] + " "
                + GIVEN[rnd.nextInt(GIVEN.length)]));
        v.put("citizenId", quote(citizenId(rnd)));
        v.put("phone", quote(MOBILE_PREFIX[rnd.nextInt(MOBILE_PREFIX.length)] + digits(rnd, 7)));
        v.put("email", quote("congdan" + seq + "@example.com"));
        v.put("address", quote("Số " + (1 + rnd.nextInt(200)) + ", " + VILLAGE[rnd.nextInt(VILLAGE.length)]
                + ", Thành phố Hà Nội"));
        ArrayNode docs = JSON.createArrayNode();
        for (String c : components) {
            ObjectNode d = docs.addObject();
            d.put("component", c);
            d.put("originals", 1);
            d.put("copies", 0);
        }
        v.put("documents", docs.toString());
        v.put("note", quote("motcua-benchmark #" + seq));
        v.put("seq", Long.toString(seq));
        v.put("uuid", quote(UUID.randomUUID().toString()));
        return v;
    }

    /**
     * A well-formed 12-digit citizen ID (căn cước): 3-digit province of birth (001 = Hà Nội),
     * 1 digit for sex and century, 2 digits of the birth year, 6 random digits.
     */
    static String citizenId(Random rnd) {
        int year = 1950 + rnd.nextInt(56);
        int centurySex = (year < 2000 ? 0 : 2) + rnd.nextInt(2);
        return "001" + centurySex + String.format("%02d", year % 100) + digits(rnd, 6);
    }

    static String digits(Random rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new Args.UsageException("unknown placeholder ${" + m.group(1) + "} in the body template");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DossierIntakeScenario.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
