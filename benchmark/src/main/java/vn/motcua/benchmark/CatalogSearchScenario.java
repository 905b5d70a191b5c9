package vn.motcua.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code catalog-search}: public procedure search, {@code GET /api/v1/procedures?q=…} (issue 3,
 * item 2) with queries drawn at random from a word list: Vietnamese with and without diacritics,
 * upper case and small typos, as citizens type them. Path, query parameter name and extra
 * parameters are flags, so the scenario follows the endpoint if its shape changes.
 */
final class CatalogSearchScenario implements Workload.Scenario {

    static final String DEFAULT_WORDS = "/catalog-search-words.txt";

    @Override
    public String name() {
        return "catalog-search";
    }

    @Override
    public String summary() {
        return "GET /api/v1/procedures?q=<random query from a word list> (procedure-catalog, no token)";
    }

    @Override
    public Set<String> flags() {
        Set<String> f = new HashSet<>(HttpSupport.COMMON_FLAGS);
        f.addAll(Set.of("base-url", "path", "query-param", "param", "words", "seed"));
        return f;
    }

    @Override
    public String help() {
        return """
                  --base-url URL           procedure-catalog base URL (default http://127.0.0.1:8081)
                  --path P                 search path (default /api/v1/procedures)
                  --query-param NAME       name of the text parameter (default q)
                  --param k=v              extra query parameter on every request (repeatable), e.g. size=20
                  --words FILE             one query per line (UTF-8, '#' comments); default: built-in list of
                                           ~80 Vietnamese queries with and without diacritics and with typos
                  default --expect: 200
                """ + HttpSupport.COMMON_HELP;
    }

    @Override
    public Workload create(Args args, int concurrency) throws Exception {
        String base = stripSlash(args.get("base-url", "http://127.0.0.1:8081"));
        LoopbackGuard.checkHttp(base);
        String path = args.get("path", "/api/v1/procedures");
        String qp = args.get("query-param", "q");
        StringBuilder extra = new StringBuilder();
        for (String p : args.all("param")) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new Args.UsageException("--param must look like name=value, got '" + p + "'");
            }
            extra.append('&').append(enc(p.substring(0, eq))).append('=').append(enc(p.substring(eq + 1)));
        }
        List<String> words = args.has("words") ? readWords(Files.newInputStream(Path.of(args.get("words", ""))))
                : readWords(CatalogSearchScenario.class.getResourceAsStream(DEFAULT_WORDS));
        if (words.isEmpty()) {
            throw new Args.UsageException("the word list is empty");
        }
        // Pre-build every URI once: the load loop then only picks one at random.
        List<URI> uris = new ArrayList<>(words.size());
        for (String w : words) {
            uris.add(URI.create(base + path + "?" + enc(qp) + "=" + enc(w) + extra));
        }
        Map<String, String> headers = HttpSupport.headers(args);
        headers.putIfAbsent("Accept", "application/json");
        Duration timeout = args.duration("timeout", Duration.ofSeconds(10));
        HttpClient client = HttpSupport.client(args, 0);
        Operation op = HttpSupport.operation(client, HttpSupport.expected(args, "200"), (w, seq) -> {
            URI uri = uris.get(ThreadLocalRandom.current().nextInt(uris.size()));
            return HttpSupport.builder(uri, timeout, headers).GET().build();
        });
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("path", path);
        settings.put("queryParam", qp);
        settings.put("extraParams", args.all("param"));
        settings.put("words", args.has("words") ? args.get("words", "") : "built-in (" + words.size() + ")");
        settings.put("distinctQueries", words.size());
        settings.put("headers", HttpSupport.describeHeaders(headers));
        settings.put("timeoutMs", timeout.toMillis());
        return new Workload(op, "GET " + base + path + "?" + qp + "=…", settings, () -> { });
    }

    static List<String> readWords(InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("word list not found");
        }
        try (in) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
