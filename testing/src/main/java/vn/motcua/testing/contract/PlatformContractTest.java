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
