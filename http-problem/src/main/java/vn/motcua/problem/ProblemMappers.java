package vn.motcua.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a REST call into an RFC 9457 problem; nothing internal leaks to the client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(Problems.problem(e.type(), Problems.locale(headers), e.detail(), path(uri),
                e.errors(), e.extensions()), e.headers());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldError> errors = Problems.fieldErrors(e.getConstraintViolations());
        return respond(ProblemType.VALIDATION, headers, uri, FieldErrors.describe(errors), errors);
    }

    @ServerExceptionMapper
    public Response invalid(ValidationException e, HttpHeaders headers, UriInfo uri) {
        LOG.error("validation could not run", e);
        return respond(ProblemType.INTERNAL, headers, uri, null, List.of());
    }

    // Listing the subclasses keeps the framework's own mappers for them from answering instead.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response malformed(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        FieldError error = JsonErrors.describe(e);
        return respond(ProblemType.MALFORMED_BODY, headers, uri, FieldErrors.describe(List.of(error)), List.of(error));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.UNAUTHORIZED, headers, uri, "a valid bearer token is required", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, headers, uri, null, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, headers, uri); // the JSON reader wraps parse errors
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response problem = respond(ProblemType.forStatus(status), headers, uri, status >= 500 ? null : e.getMessage(),
                List.of());
        // keep headers such as Allow (405) that the framework put on its own response
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Optional<ProblemType> database = DatabaseFailures.classify(e);
        if (database.isPresent()) {
            LOG.warnf("request failed on the database (%s): %s", database.get(), e);
            return database.get() == ProblemType.CONFLICT
                    ? respond(ProblemType.CONFLICT, headers, uri,
                            "the request conflicts with a concurrent change; read the current state and retry",
                            List.of())
                    : Problems.response(Problems.problem(ProblemType.SERVICE_UNAVAILABLE, Problems.locale(headers),
                            "the database is unavailable; retry later", path(uri), List.of(), Map.of()),
                            Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS)));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(ProblemType.INTERNAL, headers, uri, "incident " + incident, List.of());
    }

    private static Response respond(ProblemType type, HttpHeaders headers, UriInfo uri, String detail,
            List<FieldError> errors) {
        Locale locale = Problems.locale(headers);
        return Problems.response(Problems.problem(type, locale, detail, path(uri), errors, Map.of()), Map.of());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
