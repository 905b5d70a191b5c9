package vn.motcua.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request whose target or headers cannot be read ({@link RequestSyntaxRules}) with a 400 problem naming the
 * part, right after the size limits and before any other route. The HTTP server's own checks, which would answer an
 * empty 400, are handed over to this route by {@link HttpValidationHandover}.
 */
@ApplicationScoped
public class RequestSyntax {

    private final ObjectMapper json;

    public RequestSyntax(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        FieldErrors errors = FieldErrors.of(RequestSyntaxRules.target(context.request().uri()))
                .addAll(RequestSyntaxRules.headers(context.request().headers()));
        if (errors.isEmpty()) {
            context.next();
        } else {
            RouteProblems.send(context, json, ProblemType.BAD_REQUEST, FieldErrors.describe(errors.list()),
                    errors.list());
        }
    }
}
