package vn.motcua.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiExamplesTest {

    private static final String DOCUMENT = """
            {"paths": {
              "/q/health": {"get": {"parameters": [{"name": "x", "in": "query"}]}},
              "/api/v1/procedures/{code}": {
                "get": {
                  "parameters": [
                    {"name": "code", "in": "path", "schema": {"type": "string"}},
                    {"name": "at", "in": "query", "example": "2026-07-01"},
                    {"name": "level", "in": "query", "schema": {"enum": ["FULL", "PARTIAL"]}},
                    {"$ref": "#/components/parameters/Page"}],
                  "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Procedure"}}}},
                    "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}},
                "put": {
                  "requestBody": {"content": {
                    "application/json": {"schema": {"type": "object",
                      "properties": {"name": {"type": "string", "example": "Cấp bản sao"}}}},
                    "text/csv": {"schema": {"type": "string"}},
                    "application/vnd.ms-excel": {"schema": {"type": "string", "format": "binary"}}}},
                  "responses": {"200": {"description": "updated"}, "204": {"description": "nothing"}}},
                "delete": {"responses": {"201": {"description": "created?"}, "204": {"description": "gone"}}},
                "post": {
                  "requestBody": {"content": {"application/json": {"example": {"anything": 1}}}},
                  "responses": {
                    "201": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                      "tags": {"type": "array", "items": {"type": "string", "example": "hộ tịch"}},
                      "owner": {"anyOf": [{"type": "null"}, {"type": "string", "example": "UBND"}]},
                      "fee": {"$ref": "#/components/schemas/Fee", "example": {"amount": 8000, "note": "per copy"}}}}}}},
                    "200": {"content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}}}}}},
             "components": {
              "parameters": {"Page": {"name": "page", "in": "query", "schema": {"type": "integer"}}},
              "schemas": {"Procedure": {"type": "object", "properties": {
                "code": {"type": "string", "example": "1.001193"},
                "fees": {"type": "array", "items": {"$ref": "#/components/schemas/Fee"}}}},
                "Fee": {"type": "object", "properties": {"amount": {"type": "integer"}, "note": {"type": "string"}}}}}}
            """;

    @Test
    void namesEveryParameterAndBodyValueThatNoExampleShows() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = new ObjectMapper().readValue(DOCUMENT, Map.class);

        OpenApiExamples examples = new OpenApiExamples(document);

        assertThat(examples.operationsChecked()).as("operations under /api only").isEqualTo(4);
        assertThat(examples.gaps()).containsExactlyInAnyOrder(
                "GET /api/v1/procedures/{code}: parameter code has no example",
                "GET /api/v1/procedures/{code}: parameter page has no example",
                "GET /api/v1/procedures/{code}: answer 200 (application/json) has no example for .fees[].amount, "
                        + ".fees[].note",
                "PUT /api/v1/procedures/{code}: request body (text/csv) has no example for (the whole body)",
                "PUT /api/v1/procedures/{code}: answer 200 does not describe its content",
                "DELETE /api/v1/procedures/{code}: answer 201 does not describe its content");
    }

    @Test
    void aFullyExemplifiedDocumentHasNoGaps() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = new ObjectMapper().readValue("""
                {"paths": {"/api/v1/units": {"get": {
                  "parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "example": "Gia Lâm"}}],
                  "responses": {"200": {"content": {"application/json": {"schema": {"type": "array",
                    "items": {"type": "object", "properties": {"code": {"type": "string", "example": "000.00.20.H26"},
                      "children": {"type": "array", "items": {"type": "object", "example": {}}}}}}}}}}}}}}
                """, Map.class);

        OpenApiExamples examples = new OpenApiExamples(document);

        assertThat(examples.gaps()).isEmpty();
        assertThat(examples.operationsChecked()).isEqualTo(1);
    }
}
