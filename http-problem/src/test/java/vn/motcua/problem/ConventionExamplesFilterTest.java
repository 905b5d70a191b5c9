package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ConventionExamplesFilterTest {

    @Test
    void conventionParametersGetTheSharedExampleUnlessTheyCarryTheirOwn() {
        Parameter page = query("page");
        Parameter size = query("size");
        Parameter ifMatch = OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER);
        Parameter idempotencyKey = OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER);
        Parameter pixels = query("size").schema(OASFactory.createSchema().defaultValue(256));
        Parameter ownPage = query("page").example(3);
        Parameter ownSize = query("size").schema(OASFactory.createSchema().examples(java.util.List.of(50)));
        Parameter pathPage = OASFactory.createParameter().name("page").in(Parameter.In.PATH);
        Parameter other = query("q");
        Operation list = OASFactory.createOperation().addParameter(page).addParameter(size).addParameter(other);
        Operation update = OASFactory.createOperation().addParameter(ifMatch).addParameter(idempotencyKey);
        Operation qr = OASFactory.createOperation().addParameter(pixels).addParameter(ownPage).addParameter(pathPage)
                .addParameter(ownSize);
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/a", OASFactory.createPathItem().GET(list).PUT(update))
                .addPathItem("/b/{page}", OASFactory.createPathItem().GET(qr)));

        new ConventionExamplesFilter().filterOpenAPI(openAPI);

        assertThat(page.getExample()).isEqualTo(0);
        assertThat(size.getExample()).isEqualTo(20);
        assertThat(ifMatch.getExample()).isEqualTo("\"3\"");
        assertThat(ifMatch.getDescription()).isEqualTo(IfMatch.DESCRIPTION);
        assertThat(idempotencyKey.getExample().toString()).matches("[0-9a-f-]{36}");
        assertThat(pixels.getExample()).as("a size with its own default is not a page size").isNull();
        assertThat(ownPage.getExample()).isEqualTo(3);
        assertThat(ownSize.getExample()).as("examples in the schema, the OpenAPI 3.1 way, are its own").isNull();
        assertThat(pathPage.getExample()).as("only the query parameter is the paging convention").isNull();
        assertThat(other.getExample()).isNull();
    }

    @Test
    void anIfMatchThatDescribesItselfKeepsItsDescription() {
        Parameter ifMatch = OASFactory.createParameter().name("if-match").in(Parameter.In.HEADER)
                .description("the dossier's version");
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/a",
                OASFactory.createPathItem().PUT(OASFactory.createOperation().addParameter(ifMatch))));
        new ConventionExamplesFilter().filterOpenAPI(openAPI);
        assertThat(ifMatch.getDescription()).isEqualTo("the dossier's version");
        assertThat(ifMatch.getExample()).isEqualTo("\"3\"");
    }

    @Test
    void aDocumentWithoutPathsIsLeftAlone() {
        OpenAPI openAPI = OASFactory.createOpenAPI();
        new ConventionExamplesFilter().filterOpenAPI(openAPI);
        assertThat(openAPI.getPaths()).isNull();
    }

    private static Parameter query(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY);
    }
}
