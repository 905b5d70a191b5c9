package vn.motcua.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        Locale locale = "vi".equalsIgnoreCase(firstLanguage(context.request().getHeader("Accept-Language")))
                ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        Problem problem = Problems.problem(ProblemType.NOT_FOUND, locale, "no endpoint " + context.request().path(),
                context.request().path(), List.of(), Map.of());
        try {
            context.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static String firstLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "";
        }
        String first = acceptLanguage.split(",")[0].trim();
        int cut = first.indexOf('-') >= 0 ? first.indexOf('-') : first.indexOf(';');
        return cut >= 0 ? first.substring(0, cut) : first;
    }
}
