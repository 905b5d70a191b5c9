package vn.motcua.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation of a service the RFC 9457 problems it can answer, so a client generated from the
 * OpenAPI document knows the error shape: 400 (with {@code errors[]} naming each field) where there is input to
 * validate, 401 and 403 where a token is required, 404 where the path names a resource, and 500 everywhere.
 * An operation that documents one of these itself keeps its own description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ProblemResponsesFilter implements OASFilter {

    static final String SCHEMA = "ProblemDetails";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                addProblems(path, operation)));
    }

    private static void addProblems(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            add(responses, ProblemType.VALIDATION, path, "size: must be between 1 and 100",
                    List.of(new FieldError("size", "must be between 1 and 100")),
                    "The request is invalid: a parameter or the body; errors[] names each field.");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, ProblemType.UNAUTHORIZED, path, "a valid bearer token is required", List.of(),
                    "No valid bearer token (missing, expired or not signed by the identity provider).");
            add(responses, ProblemType.FORBIDDEN, path, null, List.of(),
                    "The token's role (or unit) does not allow this operation.");
        }
        if (path.contains("{")) {
            add(responses, ProblemType.NOT_FOUND, path, null, List.of(),
                    "Nothing at this path, or nothing the caller may see.");
        }
        add(responses, ProblemType.INTERNAL, path, "incident 0b8f5a4e-65a3-4a4b-9b7f-2f5d1e0e9c11", List.of(),
                "An unexpected failure; the detail carries an incident id to quote to operators.");
    }

    private static void add(APIResponses responses, ProblemType type, String path, String detail,
            List<FieldError> errors, String description) {
        String code = String.valueOf(type.status());
        if (responses.hasAPIResponse(code)) {
            return;
        }
        Problem example = Problems.problem(type, Locale.ENGLISH, detail, path, errors, Map.of());
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(REF))
                        .example(exampleOf(example)))));
    }

    /** The example as plain maps and lists, the way the document serialises examples. */
    private static Map<String, Object> exampleOf(Problem problem) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", problem.type());
        example.put("title", problem.title());
        example.put("status", problem.status());
        if (problem.detail() != null) {
            example.put("detail", problem.detail());
        }
        example.put("instance", problem.instance());
        if (!problem.errors().isEmpty()) {
            example.put("errors", problem.errors().stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        return example;
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, localised by Accept-Language (vi, en). Some problems add "
                        + "members, e.g. currentState and allowedActions on an illegal transition.")
                .addProperty("type", text.description("URI identifying the kind of problem"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("the invalid fields, for a 400 or 422")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
    }
}
