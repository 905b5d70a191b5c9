package vn.motcua.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds problem+json responses; pure functions so the mapping rules can be unit-tested. */
public final class Problems {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Problems() {
    }

    /** Vietnamese when the client prefers it, English otherwise. */
    public static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                String language = wanted.getLanguage();
                if ("vi".equals(language)) {
                    return VIETNAMESE;
                }
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }

    public static Problem problem(ProblemType type, Locale locale, String detail, String instance,
            List<FieldError> errors, Map<String, Object> extensions) {
        return new Problem(type.uri(), type.title(locale), type.status(), detail, instance, errors, extensions);
    }

    public static Response response(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        headers.forEach(builder::header);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    /** Field errors of bean validation, sorted by field, with paths as the client wrote them. */
    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new FieldError(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /**
     * {@code create.request.applicant.name} → {@code applicant.name}; {@code search.size} → {@code size};
     * list elements keep their index: {@code documents[0].copies}.
     */
    static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER && i < nodes.size() - 1) {
                continue; // the body parameter's own name means nothing to the client
            }
            if (node.isInIterable()) {
                appendIndex(out, node); // the index belongs to the container written before this node
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static void appendIndex(StringBuilder out, Path.Node node) {
        if (node.getIndex() != null) {
            out.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            out.append('[').append(node.getKey()).append(']');
        }
    }
}
