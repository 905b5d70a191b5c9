package vn.motcua.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code http}: the same request over and over (method, URL, headers, body). */
final class GenericHttpScenario implements Workload.Scenario {

    @Override
    public String name() {
        return "http";
    }

    @Override
    public String summary() {
        return "generic: one request (method, URL, headers, body) repeated";
    }

    @Override
    public Set<String> flags() {
        Set<String> f = new HashSet<>(HttpSupport.COMMON_FLAGS);
        f.addAll(Set.of("url", "method", "body", "body-file", "content-type"));
        return f;
    }

    @Override
    public String help() {
        return """
                  --url URL                target (required; loopback hosts only)
                  --method M               GET (default), POST, PUT, PATCH, DELETE, HEAD
                  --body TEXT              request body
                  --body-file FILE         request body read from a file
                  --content-type T         Content-Type of the body (default application/json)
                  default --expect: 2xx,3xx
                """ + HttpSupport.COMMON_HELP;
    }

    @Override
    public Workload create(Args args, int concurrency) throws Exception {
        URI uri = LoopbackGuard.checkHttp(args.require("url"));
        String method = args.get("method", "GET").toUpperCase(Locale.ROOT);
        if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS").contains(method)) {
            throw new Args.UsageException("unsupported --method " + method);
        }
        if (args.has("body") && args.has("body-file")) {
            throw new Args.UsageException("give --body or --body-file, not both");
        }
        byte[] body = args.has("body-file") ? Files.readAllBytes(Path.of(args.get("body-file", "")))
                : args.has("body") ? args.get("body", "").getBytes(java.nio.charset.StandardCharsets.UTF_8) : null;
        Map<String, String> headers = HttpSupport.headers(args);
        if (body != null && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("content-type"))) {
            headers.put("Content-Type", args.get("content-type", "application/json"));
        }
        Duration timeout = args.duration("timeout", Duration.ofSeconds(10));
        HttpClient client = HttpSupport.client(args, 0);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest request = HttpSupport.builder(uri, timeout, headers).method(method, publisher).build();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("method", method);
        settings.put("headers", HttpSupport.describeHeaders(headers));
        settings.put("bodyBytes", body == null ? 0 : body.length);
        settings.put("timeoutMs", timeout.toMillis());
        Operation op = HttpSupport.operation(client, HttpSupport.expected(args, "2xx,3xx"), (w, seq) -> request);
        return new Workload(op, method + " " + uri, settings, () -> { });
    }
}
