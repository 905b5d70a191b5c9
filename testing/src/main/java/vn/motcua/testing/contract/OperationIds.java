package vn.motcua.testing.contract;

import static vn.motcua.testing.contract.OpenApiJson.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the operationIds of an OpenAPI document (as parsed JSON), which generated clients turn into method names:
 * every operation has one, unique in the document, in lowerCamelCase, made of a verb from {@link #VERBS} and a noun
 * ({@code searchProcedures}, {@code receiveDossier}, {@code getKpiSeries}). Acronyms are words: {@code getQrCode}. An
 * official form's number is one word as it is printed, capitals then digits ({@code getFormII06a} for form II.06a):
 * without a digit capitals are an acronym and stay refused ({@code getProcedureQR}).
 */
final class OperationIds {

    /**
     * The verbs an operationId may start with. Reads: get (one thing or one computed answer), list (a collection,
     * often paged), search (ranked matches). Writes: create, update, replace (as a whole), delete, and the domain's
     * own actions, named as the desk says them.
     */
    static final Set<String> VERBS = Set.of(
            "get", "list", "search", "track", "compute", "export",
            "create", "update", "replace", "delete", "rename", "retire", "import", "publish", "submit",
            "receive", "start", "request", "record", "resolve", "return", "withdraw", "refuse", "stop", "reissue",
            "rebuild", "redrive", "upload", "download", "attach", "transfer");

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    // lower-case verb, then one or more words: a capital letter followed by lower case or digits, or a form number
    // (capitals, then a digit, then lower case or digits)
    private static final Pattern LOWER_CAMEL_CASE =
            Pattern.compile("([a-z]+)((?:[A-Z][a-z0-9]+|[A-Z]+[0-9][a-z0-9]*)+)");

    private final List<String> gaps = new ArrayList<>();
    private final Map<String, String> operations = new LinkedHashMap<>();

    OperationIds(Map<String, Object> parsed) {
        map(parsed.get("paths")).forEach((path, pathItem) -> map(pathItem).forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method)) {
                check(method.toUpperCase(Locale.ROOT) + " " + path, map(operation).get("operationId"));
            }
        }));
    }

    /** What is wrong, one line per operation and problem; empty when every operationId follows the convention. */
    List<String> gaps() {
        return gaps;
    }

    /** operationId → operation ({@code METHOD path}) of every operation that has one. */
    Map<String, String> operations() {
        return operations;
    }

    private void check(String name, Object value) {
        if (!(value instanceof String id) || id.isBlank()) {
            gaps.add(name + ": no operationId");
            return;
        }
        String other = operations.putIfAbsent(id, name);
        if (other != null) {
            gaps.add(name + ": operationId " + id + " is also the operationId of " + other);
        }
        Matcher words = LOWER_CAMEL_CASE.matcher(id);
        if (!words.matches()) {
            gaps.add(name + ": operationId " + id + " is not lowerCamelCase verb + noun");
        } else if (!VERBS.contains(words.group(1))) {
            gaps.add(name + ": operationId " + id + " does not start with a verb of "
                    + VERBS.stream().sorted().toList());
        }
    }
}
