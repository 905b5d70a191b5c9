package vn.motcua.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;

/**
 * The size limits of a request, answered as problems: a URI longer than {@value #MAX_URI_LENGTH} characters is a
 * 414, headers over {@value #MAX_HEADER_BYTES} bytes a 431. The HTTP server's own limits
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, set higher in this module's
 * {@code META-INF/microprofile-config.properties}) stay as a hard cap: a request beyond them never reaches a route,
 * and the server answers the same statuses without a body.
 */
@ApplicationScoped
public class RequestLimits {

    /** RFC 9112 section 3 asks servers to take request lines of at least 8000 octets. */
    static final int MAX_URI_LENGTH = 8192;
    /** The header size Quarkus allows by default. */
    static final int MAX_HEADER_BYTES = 20 * 1024;

    private final ObjectMapper json;

    public RequestLimits(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            RouteProblems.send(context, json, ProblemType.URI_TOO_LONG, "the URI has " + request.uri().length()
                    + " characters; at most " + MAX_URI_LENGTH + " are accepted", List.of());
        } else if (headerBytes(request) > MAX_HEADER_BYTES) {
            RouteProblems.send(context, json, ProblemType.HEADERS_TOO_LARGE, "the request headers exceed "
                    + MAX_HEADER_BYTES + " bytes", List.of());
        } else {
            context.next();
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }
}
