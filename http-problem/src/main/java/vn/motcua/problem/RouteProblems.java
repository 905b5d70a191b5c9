package vn.motcua.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Problems answered by Vert.x routes, before or outside any JAX-RS endpoint (unmatched paths, request limits). */
final class RouteProblems {

    private RouteProblems() {
    }

    static void send(RoutingContext context, ObjectMapper json, ProblemType type, String detail,
            List<FieldError> errors) {
        Locale locale = "vi".equalsIgnoreCase(firstLanguage(context.request().getHeader("Accept-Language")))
                ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        Problem problem = Problems.problem(type, locale, detail, context.request().path(), errors, Map.of());
        try {
            context.response()
                    .setStatusCode(type.status())
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
