package vn.motcua.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the parts of a request that reach an endpoint before its body is read, in every service: no path or query
 * parameter may hold the NUL character (PostgreSQL cannot store it, and no code, name or filter contains one), and a
 * body sent to a JSON operation must say it is JSON. JSON strings are checked by {@link StrictJson}.
 */
public class RequestInputFilter {

    @ServerRequestFilter
    public void check(UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        FieldErrors errors = new FieldErrors();
        nulIn(uri.getPathParameters(), errors);
        nulIn(uri.getQueryParameters(), errors);
        errors.throwIfAny();
        if (headers.getMediaType() == null && hasContent(headers) && consumesJson(resource)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "the body has no Content-Type; send it as application/json",
                    List.of(new FieldError(HttpHeaders.CONTENT_TYPE, "required: application/json")));
        }
    }

    private static void nulIn(MultivaluedMap<String, String> parameters, FieldErrors errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(StrictJson::hasNul)) {
                errors.add(parameter.getKey(), "must not contain the NUL character (U+0000)");
            }
        }
    }

    private static boolean hasContent(HttpHeaders headers) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.trim().equals("0")) || headers.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean consumesJson(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getResourceClass().getAnnotation(Consumes.class);
        return consumes != null && List.of(consumes.value()).stream()
                .anyMatch(type -> MediaType.valueOf(type).isCompatible(MediaType.APPLICATION_JSON_TYPE));
    }
}
