package vn.motcua.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationIdsTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) throws Exception {
        return new ObjectMapper().readValue(json, Map.class);
    }

    @Test
    void namesEveryOperationWithoutAnIdOrWithOneOffTheConvention() throws Exception {
        Map<String, Object> document = parse("""
                {"paths": {
                  "/api/v1/procedures": {
                    "get": {"operationId": "searchProcedures"},
                    "post": {"summary": "no id"},
                    "parameters": [{"name": "not an operation", "in": "query"}]},
                  "/api/v1/procedures/{code}": {
                    "get": {"operationId": "getProcedure"},
                    "put": {"operationId": "getProcedure"},
                    "delete": {"operationId": "   "}},
                  "/api/v1/procedures/{code}/qr": {"get": {"operationId": "getProcedureQR"}},
                  "/api/v1/reports/ii": {"get": {"operationId": "getFormII"}},
                  "/api/v1/units": {"get": {"operationId": "list_units"}, "post": {"operationId": "CreateUnit"}},
                  "/api/v1/units/{code}": {"get": {"operationId": "unit"}, "put": {"operationId": "fetchUnit"},
                    "patch": {"operationId": "get"}}}}
                """);

        OperationIds ids = new OperationIds(document);

        assertThat(ids.gaps()).containsExactlyInAnyOrder(
                "POST /api/v1/procedures: no operationId",
                "PUT /api/v1/procedures/{code}: operationId getProcedure is also the operationId of "
                        + "GET /api/v1/procedures/{code}",
                "DELETE /api/v1/procedures/{code}: no operationId",
                "GET /api/v1/procedures/{code}/qr: operationId getProcedureQR is not lowerCamelCase verb + noun",
                "GET /api/v1/reports/ii: operationId getFormII is not lowerCamelCase verb + noun",
                "GET /api/v1/units: operationId list_units is not lowerCamelCase verb + noun",
                "POST /api/v1/units: operationId CreateUnit is not lowerCamelCase verb + noun",
                "GET /api/v1/units/{code}: operationId unit is not lowerCamelCase verb + noun",
                "PATCH /api/v1/units/{code}: operationId get is not lowerCamelCase verb + noun",
                "PUT /api/v1/units/{code}: operationId fetchUnit does not start with a verb of "
                        + OperationIds.VERBS.stream().sorted().toList());
    }

    @Test
    void aDocumentFollowingTheConventionHasNoGaps() throws Exception {
        Map<String, Object> document = parse("""
                {"paths": {
                  "/api/v1/kpis": {"get": {"operationId": "getKpis"}},
                  "/api/v1/kpis/series": {"get": {"operationId": "getKpiSeries"}},
                  "/api/v1/dossiers": {"post": {"operationId": "receiveDossier"}},
                  "/api/v1/dossiers/{id}/start": {"post": {"operationId": "startDossier"}},
                  "/api/v1/procedures/{code}/qr": {"get": {"operationId": "getProcedureQrCode"}},
                  "/api/v1/units/{code}/essential-poster.pdf": {"get": {"operationId": "getUnitPoster"}},
                  "/api/v1/reports/ii06a": {"get": {"operationId": "getFormII06a"}}}}
                """);

        OperationIds ids = new OperationIds(document);

        assertThat(ids.gaps()).isEmpty();
        assertThat(ids.operations()).hasSize(7).containsEntry("getFormII06a", "GET /api/v1/reports/ii06a").containsEntry("startDossier", "POST /api/v1/dossiers/{id}/start");
    }
}
