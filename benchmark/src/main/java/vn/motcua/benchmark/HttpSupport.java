package vn.motcua.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Shared plumbing of the HTTP scenarios: client, common flags, status expectations. */
final class HttpSupport {

    static final Set<String> COMMON_FLAGS = Set.of("header", "timeout", "connect-timeout", "expect", "http-version");

    static final String COMMON_HELP = """
              --header 'Name: value'   extra request header (repeatable)
              --timeout D              per-request timeout (default 10s); a timeout counts as an error
              --connect-timeout D      TCP connect timeout (default 5s)
              --expect LIST            statuses counted as success, e.g. 200,201 or 2xx,3xx (scenario default otherwise)
              --http-version V         HTTP_1_1 (default) or HTTP_2 (h2c upgrade)
            """;

    private HttpSupport() {
    }

    static HttpClient client(Args args, int concurrency) {
        String version = args.get("http-version", "HTTP_1_1").toUpperCase(Locale.ROOT);
        HttpClient.Version v;
        try {
            v = HttpClient.Version.valueOf(version);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--http-version must be HTTP_1_1 or HTTP_2");
        }
        return HttpClient.newBuilder()
                .version(v)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(args.duration("connect-timeout", Duration.ofSeconds(5)))
                .build();
    }

    static Map<String, String> headers(Args args) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h : args.all("header")) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new Args.UsageException("--header must look like 'Name: value', got '" + h + "'");
            }
            headers.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
        }
        return headers;
    }

    /** Parses {@code 200,201,2xx}; {@code dflt} applies when the flag is absent. */
    static BitSet expected(Args args, String dflt) {
        String spec = args.get("expect", dflt);
        BitSet ok = new BitSet(600);
        for (String part : spec.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            if (p.matches("[1-5]xx")) {
                int base = (p.charAt(0) - '0') * 100;
                ok.set(base, base + 100);
            } else if (p.matches("\\d{3}")) {
                ok.set(Integer.parseInt(p));
            } else {
                throw new Args.UsageException("--expect takes status codes or classes like 200,201,2xx; got '" + part + "'");
            }
        }
        if (ok.isEmpty()) {
            throw new Args.UsageException("--expect is empty");
        }
        return ok;
    }

    /**
     * An operation that sends the request built for each sequence number and classifies the
     * response by status. The body is read completely, so latency includes the transfer.
     */
    static Operation operation(HttpClient client, BitSet expected, BiFunction<Integer, Long, HttpRequest> requests) {
        return (worker, seq) -> {
            HttpRequest request = requests.apply(worker, seq);
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            byte[] body = response.body();
            return new Operation.Outcome(Integer.toString(status), expected.get(status), body == null ? 0 : body.length);
        };
    }

    static HttpRequest.Builder builder(URI uri, Duration timeout, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
        headers.forEach(b::header);
        return b;
    }

    static List<String> describeHeaders(Map<String, String> headers) {
        List<String> out = new ArrayList<>();
        headers.forEach((k, v) -> out.add(k.equalsIgnoreCase("authorization") ? k + ": <redacted>" : k + ": " + v));
        return out;
    }
}
