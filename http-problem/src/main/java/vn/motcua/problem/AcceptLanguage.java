package vn.motcua.problem;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Accept-Language is only a preference (it picks the language of problem titles and reports), so a malformed one
 * must not fail the request: before any endpoint sees the header, the language ranges that do not follow RFC 9110
 * (e.g. {@code en;q=abc}) are dropped, and a header left empty is removed, which means the default language.
 * Refusing the request with a 400 instead would deny the whole operation for a cosmetic choice.
 */
@ApplicationScoped
public class AcceptLanguage {

    /** RFC 9110 12.5.4 language-range with an optional weight (RFC 9110 12.4.2 qvalue). */
    private static final Pattern RANGE = Pattern.compile(
            "(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)([ \\t]*;[ \\t]*[qQ]=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?))?");

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::clean);
    }

    private void clean(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null) {
            Optional<String> wellFormed = wellFormed(header);
            if (wellFormed.isEmpty()) {
                context.request().headers().remove(HttpHeaders.ACCEPT_LANGUAGE);
            } else if (!wellFormed.get().equals(header)) {
                context.request().headers().set(HttpHeaders.ACCEPT_LANGUAGE, wellFormed.get());
            }
        }
        context.next();
    }

    /** The well-formed language ranges of an Accept-Language value, or empty when none is. */
    static Optional<String> wellFormed(String header) {
        String kept = Arrays.stream(header.split(","))
                .map(String::trim)
                .filter(range -> RANGE.matcher(range).matches())
                .collect(Collectors.joining(", "));
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
    }
}
