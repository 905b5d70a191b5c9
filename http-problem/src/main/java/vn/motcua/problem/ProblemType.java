package vn.motcua.problem;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kinds of problem the APIs report. Each has a stable type URI, an HTTP status and a title in
 * Vietnamese and English ({@code problem-titles*.properties}).
 */
public enum ProblemType {
    BAD_REQUEST(400),
    VALIDATION(400),
    MALFORMED_BODY(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    ILLEGAL_TRANSITION(409),
    GONE(410),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    URI_TOO_LONG(414),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE(422),
    PRECONDITION_REQUIRED(428),
    TOO_MANY_REQUESTS(429),
    HEADERS_TOO_LARGE(431),
    INTERNAL(500),
    SERVICE_UNAVAILABLE(503);

    private static final String BASE_URI = "https://motcua.vn/problems/";

    private final int status;

    ProblemType(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE_URI + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String title(Locale locale) {
        return ResourceBundle.getBundle("vn.motcua.problem.problem-titles", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(name());
    }

    /** The generic type for an HTTP status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != MALFORMED_BODY && type != ILLEGAL_TRANSITION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
