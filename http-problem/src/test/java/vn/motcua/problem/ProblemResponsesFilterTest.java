package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    @Test
    void everyOperationListsTheProblemsItCanAnswerWithoutOverridingItsOwn() {
        Operation publicSearch = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("q").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("a page")));
        Operation protectedUpdate = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("404",
                        OASFactory.createAPIResponse().description("no such procedure")));
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/procedures", OASFactory.createPathItem().GET(publicSearch))
                .addPathItem("/api/v1/procedures/{code}", OASFactory.createPathItem().PUT(protectedUpdate)));

        new ProblemResponsesFilter().filterOpenAPI(openAPI);

        assertThat(publicSearch.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "500");
        assertThat(protectedUpdate.getResponses().getAPIResponses())
                .containsOnlyKeys("400", "401", "403", "404", "500");
        assertThat(protectedUpdate.getResponses().getAPIResponse("404").getDescription())
                .isEqualTo("no such procedure");
        var badRequest = publicSearch.getResponses().getAPIResponse("400").getContent().getMediaType(Problem.MEDIA_TYPE);
        assertThat(badRequest.getSchema().getRef()).endsWith("/" + ProblemResponsesFilter.SCHEMA);
        @SuppressWarnings("unchecked")
        Map<String, Object> example = (Map<String, Object>) badRequest.getExample();
        assertThat(example).containsEntry("status", 400).containsEntry("type", ProblemType.VALIDATION.uri())
                .containsEntry("instance", "/api/v1/procedures").containsKey("errors");
        assertThat(openAPI.getComponents().getSchemas()).containsKey(ProblemResponsesFilter.SCHEMA);
    }
}
