package vn.motcua.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** A request that no endpoint matches gets a problem+json 404 too, not the framework's default page. */
@ApplicationScoped
public class UnmatchedRoutes {

    private final ObjectMapper json;

    public UnmatchedRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        RouteProblems.send(context, json, ProblemType.NOT_FOUND, "no endpoint " + context.request().path(), List.of());
    }
}
