package vn.motcua.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives the parameters of the API conventions every service shares (paging, optimistic locking, idempotent
 * retries) the same example everywhere, so resources need not repeat it. A parameter that carries its own example,
 * default or enumeration keeps it; an {@code If-Match} without a description gets {@link IfMatch#DESCRIPTION}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ConventionExamplesFilter implements OASFilter {

    private static final Map<String, Object> QUERY_EXAMPLES = Map.of(
            "page", 0,
            "size", 20);

    private static final Map<String, Object> HEADER_EXAMPLES = Map.of(
            "if-match", "\"3\"",
            "idempotency-key", "5f0c8a9e-2b7d-4c1e-9a3f-6d2e8b1c4a70");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(ConventionExamplesFilter::exemplify);
            }
        }));
    }

    private static void exemplify(Parameter parameter) {
        if (parameter.getName() == null || parameter.getIn() == null) {
            return;
        }
        if (parameter.getIn() == Parameter.In.HEADER && parameter.getName().equalsIgnoreCase(IfMatch.HEADER)
                && parameter.getDescription() == null) {
            parameter.setDescription(IfMatch.DESCRIPTION);
        }
        if (hasOwnExample(parameter)) {
            return;
        }
        Object example = switch (parameter.getIn()) {
            case QUERY -> QUERY_EXAMPLES.get(parameter.getName());
            case HEADER -> HEADER_EXAMPLES.get(parameter.getName().toLowerCase(Locale.ROOT));
            default -> null;
        };
        if (example != null) {
            parameter.setExample(example);
        }
    }

    private static boolean hasOwnExample(Parameter parameter) {
        if (parameter.getExample() != null || (parameter.getExamples() != null && !parameter.getExamples().isEmpty())) {
            return true;
        }
        Schema schema = parameter.getSchema();
        return schema != null && (schema.getExample() != null || schema.getDefaultValue() != null
                || (schema.getExamples() != null && !schema.getExamples().isEmpty())
                || (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()));
    }
}
