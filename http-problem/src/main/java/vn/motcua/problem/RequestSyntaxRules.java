package vn.motcua.problem;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What makes a request target or a header unreadable, as plain rules (the HTTP server's own checks answer an empty
 * 400; {@link RequestSyntax} answers these as problems naming the part). A target is read as browsers send it (the
 * WHATWG URL standard): printable ASCII may appear as it is, but controls, spaces and non-ASCII characters must be
 * percent-encoded (RFC 3986 section 2.1), every {@code %} starts two hex digits, and what they encode is UTF-8. A header
 * name is an RFC 9110 token; a value holds no control character but the tab (RFC 9110 section 5.5).
 */
final class RequestSyntaxRules {

    /** The name of the error about the path of the request target. */
    static final String PATH = "path";

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private RequestSyntaxRules() {
    }

    /** The errors of a request target in origin form ({@code /path?query}) or absolute form; none if it is readable. */
    static List<FieldError> target(String uri) {
        String target = originForm(uri);
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        List<FieldError> errors = new ArrayList<>();
        String pathProblem = componentProblem(path);
        if (pathProblem != null) {
            errors.add(new FieldError(PATH, pathProblem));
        }
        if (question >= 0) {
            for (String pair : target.substring(question + 1).split("&", -1)) {
                String problem = componentProblem(pair);
                if (problem != null) {
                    errors.add(new FieldError(parameterName(pair), problem));
                }
            }
        }
        return errors;
    }

    /** The errors of the request headers; none if every name is a token and no value holds a control character. */
    static List<FieldError> headers(Iterable<Map.Entry<String, String>> headers) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (!isToken(header.getKey())) {
                errors.add(new FieldError(printable(header.getKey()), "a header name must be a token (RFC 9110)"));
            } else if (hasControl(header.getValue())) {
                errors.add(new FieldError(header.getKey(), "must not contain control characters other than tab"));
            }
        }
        return errors;
    }

    private static String originForm(String uri) {
        int scheme = uri.indexOf("://");
        if (uri.startsWith("/") || scheme < 0) {
            return uri;
        }
        int path = uri.indexOf('/', scheme + 3);
        return path < 0 ? "/" : uri.substring(path);
    }

    /** Why a path or a {@code name=value} pair cannot be read, or null when it can. */
    private static String componentProblem(String component) {
        ByteBuffer octets = ByteBuffer.allocate(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return "the character at " + i + " must be percent-encoded (RFC 3986)";
            }
            if (c == '%') {
                int high = i + 1 < component.length() ? Character.digit(component.charAt(i + 1), 16) : -1;
                int low = i + 2 < component.length() ? Character.digit(component.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return "'%' at " + i + " must be followed by two hex digits";
                }
                octets.put((byte) (high * 16 + low));
                i += 2;
            } else {
                octets.put((byte) c);
            }
        }
        octets.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(octets);
            return null;
        } catch (CharacterCodingException e) {
            return "the percent-encoded octets are not UTF-8";
        }
    }

    /** The parameter's name as a client wrote it, decoded where it can be, for the error to name. */
    private static String parameterName(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        try {
            name = URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // an undecodable name is named as it was sent
        }
        return printable(name);
    }

    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' && c != '\t') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** A name safe to echo in a problem and a log line: controls replaced, at most 64 characters. */
    private static String printable(String name) {
        StringBuilder safe = new StringBuilder(Math.min(name.length(), 64));
        for (int i = 0; i < name.length() && i < 64; i++) {
            char c = name.charAt(i);
            safe.append(c < ' ' || c == 0x7F ? '?' : c);
        }
        return safe.toString();
    }
}
