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
}
