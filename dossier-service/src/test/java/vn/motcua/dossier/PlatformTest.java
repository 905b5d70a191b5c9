package vn.motcua.dossier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.contract.PlatformContractTest;

@QuarkusTest
class PlatformTest extends PlatformContractTest {

    @Override
    protected String ownPath() {
        return "/api/v1/calendar/{year}";
    }

    @Override
    protected String ownRequestPath() {
        return "/api/v1/calendar/2026";
    }

    /** Issue 15 item 7: a client generator depends on these names, so they stay where they are. */
    @Test
    @SuppressWarnings("unchecked")
    void theFileAndResultOperationsKeepTheOperationIdsClientsDependOn() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Map<String, String> expected = Map.of(
                "post /api/v1/dossiers/{id}/files", "uploadDossierFile",
                "get /api/v1/dossiers/{id}/files", "listDossierFiles",
                "get /api/v1/dossiers/{id}/files/{fileId}/content", "downloadDossierFile",
                "post /api/v1/dossiers/{id}/results", "attachElectronicResult",
                "get /api/v1/public/dossiers/{receiptCode}/results/{resultId}/content", "downloadPublicResult");
        expected.forEach((operation, operationId) -> {
            String[] methodAndPath = operation.split(" ", 2);
            Map<String, Object> pathItem = (Map<String, Object>) paths.get(methodAndPath[1]);
            assertThat(pathItem).as(methodAndPath[1]).isNotNull();
            Map<String, Object> op = (Map<String, Object>) pathItem.get(methodAndPath[0]);
            assertThat(op).as(operation).isNotNull();
            assertThat(op.get("operationId")).as(operation).isEqualTo(operationId);
        });
    }
}
