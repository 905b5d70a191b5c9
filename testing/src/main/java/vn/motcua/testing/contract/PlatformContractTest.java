package vn.motcua.testing.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every Motcua service offers operators and clients: readiness with its database, an OpenAPI
 * document, Swagger UI, Prometheus metrics, and problem+json for unknown paths and methods. A service's
 * test extends this (annotated {@code @QuarkusTest}) and names one of its own endpoints.
 */
public abstract class PlatformContractTest {

    /** A path the service serves, e.g. {@code /api/v1/fields}, expected in its OpenAPI document. */
    protected abstract String ownPath();

    /** A concrete request path for {@link #ownPath()} (path parameters filled in). */
    protected String ownRequestPath() {
        return ownPath();
    }

    @Test
    void isReadyWithItsDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("paths", org.hamcrest.Matchers.hasKey(ownPath()));
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger-ui"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get(ownRequestPath()).then().statusCode(org.hamcrest.Matchers.lessThan(500));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().accept(ContentType.JSON).when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://motcua.vn/problems/not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void unsupportedMethodIsAProblem() {
        given().when().patch(ownRequestPath())
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void titlesFollowAcceptLanguage() {
        given().header("Accept-Language", "vi-VN,vi;q=0.9").when().get("/api/v1/no-such-thing")
                .then().statusCode(404).body("title", equalTo("Không tìm thấy"));
        given().header("Accept-Language", "en").when().get("/api/v1/no-such-thing")
                .then().statusCode(404).body("title", equalTo("Not found"));
    }

    /**
     * Every operation under /api is documented for the front-end developers who generate clients from it: a summary,
     * a description, and its RFC 9457 problem responses (401 and 403 wherever a token is required).
     */
    @Test
    void everyOperationIsDocumentedWithItsProblems() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>)
                openApiDocument().get("paths");
        List<String> gaps = new ArrayList<>();
        List<String> secured = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.forEach((method, op) -> {
                if (!HTTP_METHODS.contains(method)) {
                    return;
                }
                String name = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
                if (blank(op.get("summary"))) {
                    gaps.add(name + ": no summary");
                }
                if (blank(op.get("description"))) {
                    gaps.add(name + ": no description");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) op.getOrDefault("responses", Map.of());
                if (!responses.containsKey("500")) {
                    gaps.add(name + ": problem responses not documented");
                }
                if (op.get("security") instanceof List<?> security && !security.isEmpty()) {
                    secured.add(name);
                    if (!(responses.containsKey("401") && responses.containsKey("403"))) {
                        gaps.add(name + ": 401/403 not documented");
                    }
                }
            });
        });
        org.assertj.core.api.Assertions.assertThat(gaps).as("OpenAPI documentation gaps").isEmpty();
        // every service has operations that need a token, so the check above had something to check
        org.assertj.core.api.Assertions.assertThat(secured).as("operations that need a token").isNotEmpty();
    }

    /**
     * Every operation under /api shows a client what to send and what comes back: each parameter has an example (or
     * an enumeration or default to choose from), and each JSON or CSV body, sent or answered with a 2xx, has an
     * example as a whole or on every value in it. Binary bodies (PDF, XLSX, images) are exempt. Every 2xx answer
     * but 204 describes its content.
     */
    @Test
    void everyOperationHasExamples() {
        Map<String, Object> document = openApiDocument();
        OpenApiExamples examples = new OpenApiExamples(document);
        org.assertj.core.api.Assertions.assertThat(examples.gaps()).as("OpenAPI operations without examples")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(examples.operationsChecked()).as("operations checked")
                .isPositive();
    }

    /**
     * The examples are true to their schemas (type, format, enumeration, pattern, bounds, required properties), so
     * what a client copies from the documentation is what the service accepts or answers.
     */
    @Test
    void examplesAgreeWithTheirSchemas() {
        Map<String, Object> document = openApiDocument();
        ExampleConformance conformance = new ExampleConformance(document);
        org.assertj.core.api.Assertions.assertThat(conformance.violations()).as("OpenAPI examples that break their "
                + "schemas").isEmpty();
        org.assertj.core.api.Assertions.assertThat(conformance.examplesChecked()).as("examples checked")
                .isPositive();
    }

    // ---- Hostile input: each class of bad input a fuzzer sends, on every operation the document lists. Each is a 4xx
    // problem+json naming the parameter, field or header, and writes nothing. ----

    /** Every role at once, so that a request passes authorisation and meets the input checks. */
    private static final String ANY_ROLE = vn.motcua.testing.TestTokens.forRoles(List.of("catalog-admin", "officer",
            "commune-system", "analyst", "kiosk", "admin"), "000.00.20.H26");

    /** The NUL character, which PostgreSQL cannot store in text, in any path or query parameter that is a string. */
    @Test
    void aNulInAStringParameterIsRefusedNamingIt() {
        Map<String, String> before = DatabaseSnapshot.settled();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (OpenApiOperations.Operation op : new OpenApiOperations(openApiDocument()).all()) {
            for (OpenApiOperations.Parameter parameter : op.parameters()) {
                if (!parameter.type().equals("string") || parameter.in().equals("header")) {
                    continue;
                }
                String value = encoded(parameter.example()) + "%00";
                String target = parameter.in().equals("path") ? op.requestPath(Map.of(parameter.name(), value))
                        : op.requestPath(Map.of()) + "?" + parameter.name() + "=" + value;
                checked++;
                failures.addAll(problemNaming(op.name() + " " + parameter.in() + " " + parameter.name(),
                        hostile(op).body(op.jsonBody() ? (op.bodyIsArray() ? "[]" : "{}") : "")
                                .request(op.method(), target), 400, parameter.name()));
            }
        }
        org.assertj.core.api.Assertions.assertThat(failures).as("NUL in a parameter").isEmpty();
        org.assertj.core.api.Assertions.assertThat(checked).as("string parameters checked").isPositive();
        org.assertj.core.api.Assertions.assertThat(DatabaseSnapshot.take()).as("data after refused requests")
                .isEqualTo(before);
    }

    /**
     * JSON bodies are read as written: a key given twice, content after the JSON value, a value of another JSON type
     * (a number for a string or a date, a string or a fraction for an integer, a number for a boolean) and a string
     * holding NUL are each refused naming the field; nothing is converted or stored. (reporting-service reads no
     * JSON body, so it has nothing to show here.)
     */
    @Test
    void jsonBodiesAreReadStrictly() {
        Map<String, String> before = DatabaseSnapshot.settled();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (OpenApiOperations.Operation op : new OpenApiOperations(openApiDocument()).all()) {
            if (!op.jsonBody()) {
                continue;
            }
            String empty = op.bodyIsArray() ? "[]" : "{}";
            failures.addAll(problemNaming(op.name() + " trailing content", hostile(op).body(empty + " {}")
                    .request(op.method(), op.requestPath(Map.of())), 400, "body"));
            checked++;
            for (OpenApiOperations.BodyValue value : op.bodyValues()) {
                if (value.location().size() == (op.bodyIsArray() ? 2 : 1)) {
                    String key = com.fasterxml.jackson.databind.node.TextNode.valueOf(
                            String.valueOf(value.location().get(value.location().size() - 1))).toString();
                    String twice = "{" + key + ": null, " + key + ": null}";
                    failures.addAll(problemNaming(op.name() + " " + value.path() + " twice", hostile(op)
                            .body(op.bodyIsArray() ? "[" + twice + "]" : twice)
                            .request(op.method(), op.requestPath(Map.of())), 400, value.path()));
                }
                for (Object wrong : wrongValuesFor(value)) {
                    checked++;
                    failures.addAll(problemNaming(op.name() + " " + value.path() + "=" + wrong, hostile(op)
                            .body(json(value.bodyWith(wrong))).request(op.method(), op.requestPath(Map.of())),
                            400, value.path()));
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(failures).as("bodies not read strictly (of " + checked + ")")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(DatabaseSnapshot.take()).as("data after refused requests")
                .isEqualTo(before);
    }

    /** A body sent without Content-Type to an operation that reads JSON is a 415 naming the header. */
    @Test
    void aJsonBodyWithoutContentTypeIsRefused() throws Exception {
        Map<String, String> before = DatabaseSnapshot.settled();
        List<String> failures = new ArrayList<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (OpenApiOperations.Operation op : new OpenApiOperations(openApiDocument()).all()) {
            if (!op.jsonBody()) {
                continue;
            }
            java.net.http.HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + op.requestPath(Map.of())))
                    .method(op.method().toUpperCase(java.util.Locale.ROOT),
                            java.net.http.HttpRequest.BodyPublishers.ofString(op.bodyIsArray() ? "[]" : "{}"))
                    .header("Authorization", "Bearer " + ANY_ROLE).header("If-Match", "\"0\"")
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            String contentType = answer.headers().firstValue("Content-Type").orElse("");
            List<String> fields = answer.body().isEmpty() ? List.of()
                    : io.restassured.path.json.JsonPath.from(answer.body()).getList("errors.field", String.class);
            if (answer.statusCode() != 415 || !contentType.startsWith(PROBLEM) || fields == null
                    || !fields.contains("Content-Type")) {
                failures.add(op.name() + ": " + answer.statusCode() + " " + contentType + " " + answer.body());
            }
        }
        org.assertj.core.api.Assertions.assertThat(failures).as("JSON bodies without Content-Type").isEmpty();
        org.assertj.core.api.Assertions.assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    /**
     * A malformed Accept-Language range (a q-value that is no number) is ignored: the request is answered as if the
     * range were absent, before and after authentication, and the well-formed ranges still choose the language.
     */
    @Test
    void aMalformedAcceptLanguageIsIgnored() {
        Map<String, String> before = DatabaseSnapshot.settled();
        List<String> failures = new ArrayList<>();
        for (OpenApiOperations.Operation op : new OpenApiOperations(openApiDocument()).all()) {
            if (!op.method().equals("post") && !op.method().equals("put")) {
                continue;
            }
            String body = op.jsonBody() ? (op.bodyIsArray() ? "[]" : "{}") : "";
            io.restassured.response.Response plain = given().contentType(ContentType.JSON).body(body)
                    .request(op.method(), op.requestPath(Map.of()));
            io.restassured.response.Response malformed = given().contentType(ContentType.JSON).body(body)
                    .header("Accept-Language", "en;q=abc").request(op.method(), op.requestPath(Map.of()));
            io.restassured.response.Response vietnamese = given().contentType(ContentType.JSON).body(body)
                    .header("Accept-Language", "en;q=abc, vi").request(op.method(), op.requestPath(Map.of()));
            io.restassured.response.Response asked = given().contentType(ContentType.JSON).body(body)
                    .header("Accept-Language", "vi").request(op.method(), op.requestPath(Map.of()));
            if (malformed.statusCode() >= 500 || malformed.statusCode() != plain.statusCode()
                    || !String.valueOf(malformed.contentType()).startsWith(PROBLEM)
                    || !java.util.Objects.equals(malformed.path("title"), plain.path("title"))
                    || !java.util.Objects.equals(vietnamese.path("title"), asked.path("title"))) {
                failures.add(op.name() + ": " + malformed.statusCode() + " " + malformed.contentType() + " "
                        + malformed.asString() + " / with vi: " + vietnamese.asString());
            }
        }
        org.assertj.core.api.Assertions.assertThat(failures).as("answers to a malformed Accept-Language").isEmpty();
        org.assertj.core.api.Assertions.assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    /** A URI or a header block too long for the service is a problem with 414 or 431, not a bare status. */
    @Test
    void oversizedRequestsAreProblems() {
        RawHttp.Answer longUri = RawHttp.send("GET " + ownRequestPath() + "?q=" + "a".repeat(10_000) + " HTTP/1.1",
                "");
        org.assertj.core.api.Assertions.assertThat(longUri.status()).isEqualTo(414);
        org.assertj.core.api.Assertions.assertThat(longUri.header("Content-Type")).startsWith(PROBLEM);
        org.assertj.core.api.Assertions.assertThat(io.restassured.path.json.JsonPath.from(longUri.body())
                .getString("type")).isEqualTo("https://motcua.vn/problems/uri-too-long");
        RawHttp.Answer hugeHeaders = RawHttp.send("GET " + ownRequestPath() + " HTTP/1.1",
                "X-Padding: " + "a".repeat(30_000) + "\r\n");
        org.assertj.core.api.Assertions.assertThat(hugeHeaders.status()).isEqualTo(431);
        org.assertj.core.api.Assertions.assertThat(hugeHeaders.header("Content-Type")).startsWith(PROBLEM);
        org.assertj.core.api.Assertions.assertThat(io.restassured.path.json.JsonPath.from(hugeHeaders.body())
                .getInt("status")).isEqualTo(431);
    }

    /**
     * Requests that are not valid HTTP or URIs are refused by the HTTP server itself with a 400. Quarkus answers them
     * before any route or filter runs (its URI check and Netty's header validation offer no hook), so only the
     * status is the service's to check: never a 5xx, never a request that reaches an endpoint.
     */
    @Test
    void requestsThatAreNotValidHttpAreProblemsNamingThePart() {
        Map<String, String> before = DatabaseSnapshot.settled();
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("broken percent-encoding in the path",
                new String[] {"GET " + ownRequestPath() + "/%zz HTTP/1.1", "", "path"});
        cases.put("percent-encoded octets that are not UTF-8 in the path",
                new String[] {"GET " + ownRequestPath() + "/%FF HTTP/1.1", "", "path"});
        cases.put("broken percent-encoding in the query",
                new String[] {"GET " + ownRequestPath() + "?q=%zz HTTP/1.1", "", "q"});
        cases.put("raw UTF-8 in the query",
                new String[] {"GET " + ownRequestPath() + "?name=Nguyễn HTTP/1.1", "", "name"});
        cases.put("a control character in a header",
                new String[] {"GET " + ownRequestPath() + " HTTP/1.1", "X-Note: a\u0001b\r\n", "X-Note"});
        List<String> wrong = new ArrayList<>();
        cases.forEach((what, request) -> {
            RawHttp.Answer answer = RawHttp.send(request[0], request[1]);
            boolean problem = String.valueOf(answer.header("content-type")).startsWith(PROBLEM);
            List<String> fields = problem ? io.restassured.path.json.JsonPath.from(answer.body())
                    .getList("errors.field", String.class) : List.of();
            if (answer.status() != 400 || !fields.contains(request[2])) {
                wrong.add(what + ": " + answer.status() + " " + answer.header("content-type") + " " + answer.body());
            }
        });
        org.assertj.core.api.Assertions.assertThat(wrong).isEmpty();
        org.assertj.core.api.Assertions.assertThat(RawHttp.send("GET " + ownRequestPath() + "?q=%C3%A1&sort=a|b"
                + " HTTP/1.1", "X-Note: a\tb\r\n").status()).as("a readable target and header are not refused")
                .isNotEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(DatabaseSnapshot.take()).isEqualTo(before);
    }

    private static final String PROBLEM = "application/problem+json";

    /** A request that passes authorisation and the conventions' headers, so only the bad input can be refused. */
    private static io.restassured.specification.RequestSpecification hostile(OpenApiOperations.Operation op) {
        return given().urlEncodingEnabled(false).auth().oauth2(ANY_ROLE).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").header("Idempotency-Key", java.util.UUID.randomUUID().toString());
    }

    /** What is wrong with an answer that should be a problem with {@code status} naming {@code field}. */
    private static List<String> problemNaming(String what, io.restassured.response.Response answer, int status,
            String field) {
        List<String> fields = String.valueOf(answer.contentType()).startsWith(PROBLEM)
                ? answer.jsonPath().getList("errors.field", String.class) : null;
        if (answer.statusCode() == status && fields != null && fields.contains(field)) {
            return List.of();
        }
        return List.of(what + ": " + answer.statusCode() + " " + answer.contentType() + " " + answer.asString());
    }

    /** Values of another JSON type than the schema's, and for strings one holding NUL. */
    private static List<Object> wrongValuesFor(OpenApiOperations.BodyValue value) {
        return switch (value.type()) {
            case "string" -> value.format().startsWith("date") ? List.of(12345, "a\u0000") : List.of(12, "a\u0000b");
            case "integer" -> List.of("1", 1.5);
            case "number" -> List.of("1");
            case "boolean" -> List.of(1, "true");
            default -> List.of();
        };
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(Object example) {
        return java.net.URLEncoder.encode(String.valueOf(example), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    // ---- end of hostile input ----

    /** The service's OpenAPI document, parsed from its JSON form. */
    private static Map<String, Object> openApiDocument() {
        return given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static final java.util.Set<String> HTTP_METHODS = java.util.Set.of("get", "put", "post", "delete", "patch",
            "head", "options");

    private static boolean blank(Object text) {
        return text == null || text.toString().isBlank();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Browser front-ends and generated clients: CORS, operationIds, response headers with schemas.
    // ---------------------------------------------------------------------------------------------------------------

    /** The front-end origin every service's test profile allows ({@code %test.quarkus.http.cors.origins}). */
    private static final String ALLOWED_ORIGIN = "https://portal.motcua.test";
    private static final String OTHER_ORIGIN = "https://evil.example";
    /** The request headers front-ends send beyond the CORS-safelisted ones (with the document's header parameters). */
    private static final List<String> FRONT_END_HEADERS = List.of("Authorization", "Content-Type", "Idempotency-Key",
            "If-Match", "Accept-Language", "X-Lookup-Secret");
    /** The response headers a front-end script must be able to read. */
    private static final List<String> EXPOSED_HEADERS = List.of("ETag", "Location", "Link", "Retry-After");

    /**
     * A browser asks before a cross-origin request with a token or a JSON body: an allowed origin hears, before any
     * authentication, that every method of the document and every header we read may be used.
     */
    @Test
    void preflightFromAnAllowedOriginAllowsTheMethodsAndHeadersWeUse() {
        Map<String, Object> document = openApiDocument();
        java.util.Set<String> headers = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        headers.addAll(FRONT_END_HEADERS);
        headers.addAll(headerParameters(document));
        io.restassured.response.Response preflight = given().header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", String.join(",", headers).toLowerCase(java.util.Locale.ROOT))
                .when().options(ownRequestPath());
        org.assertj.core.api.Assertions.assertThat(preflight.statusCode()).as("preflight status").isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(preflight.header("Access-Control-Allow-Origin"))
                .isEqualTo(ALLOWED_ORIGIN);
        org.assertj.core.api.Assertions.assertThat(tokens(preflight.header("Access-Control-Allow-Methods")))
                .as("Access-Control-Allow-Methods").containsAll(methods(document));
        org.assertj.core.api.Assertions.assertThat(tokens(preflight.header("Access-Control-Allow-Headers")))
                .as("Access-Control-Allow-Headers").containsAll(upper(headers));
        org.assertj.core.api.Assertions.assertThat(preflight.header("Access-Control-Allow-Credentials"))
                .as("bearer tokens, never cookies").isNotEqualTo("true");
    }

    /**
     * The request itself, from an allowed origin, gets the answer it would get without one, readable by the page:
     * the origin allowed, ETag, Location, Link and Retry-After exposed, and a problem as readable as a success.
     */
    @Test
    void requestFromAnAllowedOriginMayReadTheAnswerAndItsHeaders() {
        int sameOrigin = given().when().get(ownRequestPath()).statusCode();
        io.restassured.response.Response crossOrigin = given().header("Origin", ALLOWED_ORIGIN)
                .when().get(ownRequestPath());
        org.assertj.core.api.Assertions.assertThat(crossOrigin.statusCode()).isEqualTo(sameOrigin);
        org.assertj.core.api.Assertions.assertThat(crossOrigin.header("Access-Control-Allow-Origin"))
                .isEqualTo(ALLOWED_ORIGIN);
        org.assertj.core.api.Assertions.assertThat(tokens(crossOrigin.header("Access-Control-Expose-Headers")))
                .as("Access-Control-Expose-Headers").containsAll(upper(EXPOSED_HEADERS));
        given().header("Origin", ALLOWED_ORIGIN).accept(ContentType.JSON).when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .body("status", equalTo(404));
    }

    /** Any other origin is refused: no Access-Control-Allow-Origin, so its pages can neither send nor read. */
    @Test
    void anotherOriginGetsNoPermission() {
        io.restassured.response.Response preflight = given().header("Origin", OTHER_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options(ownRequestPath());
        org.assertj.core.api.Assertions.assertThat(preflight.header("Access-Control-Allow-Origin")).as("preflight")
                .isNull();
        org.assertj.core.api.Assertions.assertThat(preflight.statusCode()).as("preflight status").isEqualTo(403);
        io.restassured.response.Response request = given().header("Origin", OTHER_ORIGIN).when().get(ownRequestPath());
        org.assertj.core.api.Assertions.assertThat(request.header("Access-Control-Allow-Origin")).as("request")
                .isNull();
        org.assertj.core.api.Assertions.assertThat(request.statusCode()).as("request status").isEqualTo(403);
    }

    /**
     * Generated clients name their methods after the operationIds: every operation has one, unique in the document,
     * lowerCamelCase verb + noun with a verb of {@link OperationIds#VERBS}.
     */
    @Test
    void everyOperationHasAUniqueVerbNounOperationId() {
        OperationIds ids = new OperationIds(openApiDocument());
        org.assertj.core.api.Assertions.assertThat(ids.gaps()).as("operationIds off the convention").isEmpty();
        org.assertj.core.api.Assertions.assertThat(ids.operations()).as("operations named").isNotEmpty();
    }

    /** A declared response header has a schema (or content), as OpenAPI requires, so clients can type it. */
    @Test
    void everyResponseHeaderHasASchema() {
        Map<String, Object> document = openApiDocument();
        OpenApiJson json = new OpenApiJson(document);
        List<String> gaps = new ArrayList<>();
        eachOperation(document, (name, operation) -> OpenApiJson.map(operation.get("responses"))
                .forEach((status, response) -> OpenApiJson.map(OpenApiJson.map(json.resolve(response)).get("headers"))
                        .forEach((header, definition) -> {
                            Map<String, Object> resolved = OpenApiJson.map(json.resolve(definition));
                            if (!resolved.containsKey("schema") && !resolved.containsKey("content")) {
                                gaps.add(name + " " + status + ": header " + header + " has no schema");
                            }
                        })));
        org.assertj.core.api.Assertions.assertThat(gaps).as("response headers without a schema").isEmpty();
    }

    private static void eachOperation(Map<String, Object> document,
            java.util.function.BiConsumer<String, Map<String, Object>> action) {
        OpenApiJson.map(document.get("paths")).forEach((path, operations) -> OpenApiJson.map(operations)
                .forEach((method, operation) -> {
                    if (HTTP_METHODS.contains(method)) {
                        action.accept(method.toUpperCase(java.util.Locale.ROOT) + " " + path,
                                OpenApiJson.map(operation));
                    }
                }));
    }

    /** The HTTP methods of the document's operations, upper case. */
    private static java.util.Set<String> methods(Map<String, Object> document) {
        java.util.Set<String> methods = new java.util.TreeSet<>();
        eachOperation(document, (name, operation) -> methods.add(name.substring(0, name.indexOf(' '))));
        return methods;
    }

    /** The names of the document's header parameters ({@code If-Match}, {@code Idempotency-Key}, …). */
    private static java.util.Set<String> headerParameters(Map<String, Object> document) {
        OpenApiJson json = new OpenApiJson(document);
        java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        eachOperation(document, (name, operation) -> OpenApiJson.list(operation.get("parameters")).forEach(item -> {
            Map<String, Object> parameter = OpenApiJson.map(json.resolve(item));
            if ("header".equals(parameter.get("in"))) {
                names.add(String.valueOf(parameter.get("name")));
            }
        }));
        return names;
    }

    /** The comma-separated tokens of a header value, trimmed and upper case (header names and methods). */
    private static List<String> tokens(String value) {
        return value == null ? List.of() : upper(java.util.Arrays.stream(value.split(",")).map(String::trim).toList());
    }

    private static List<String> upper(java.util.Collection<String> values) {
        return values.stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList();
    }
}
