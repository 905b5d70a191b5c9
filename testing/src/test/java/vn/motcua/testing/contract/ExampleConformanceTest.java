package vn.motcua.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleConformanceTest {

    @Test
    void namesEveryExampleThatBreaksItsSchema() throws Exception {
        ExampleConformance conformance = new ExampleConformance(parse("""
                {"paths": {"/api/v1/dossiers/{id}": {"get": {
                  "parameters": [
                    {"name": "id", "in": "path", "example": "not-a-uuid", "schema": {"type": "string", "format": "uuid"}},
                    {"name": "page", "in": "query", "example": "2", "schema": {"type": "integer", "minimum": 0}},
                    {"name": "size", "in": "query", "example": "0", "schema": {"type": "integer", "minimum": 1}},
                    {"name": "overdue", "in": "query", "example": "yes", "schema": {"type": "boolean"}}],
                  "responses": {"200": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Dossier"},
                    "example": {"status": "DONE", "unit": {"code": "000.00.61.H26"}}}}}}}}},
                 "components": {"schemas": {
                  "Dossier": {"type": "object", "required": ["status", "unit"], "properties": {
                    "status": {"type": "string", "enum": ["RECEIVED", "RESOLVED"]},
                    "unit": {"$ref": "#/components/schemas/Unit"},
                    "receivedAt": {"type": "string", "format": "date-time", "examples": ["2026-07-15T08:30:00+07:00"]},
                    "dueDate": {"type": "string", "format": "date", "examples": ["15/07/2026"]},
                    "procedureCode": {"type": "string", "examples": [1.001193]},
                    "byChannel": {"type": "object", "additionalProperties": {"type": "integer"},
                      "examples": [{"ONLINE": 3, "POSTAL": 1.5}]},
                    "tags": {"type": "array", "maxItems": 1, "items": {"type": "string", "maxLength": 3},
                      "examples": [["ok", "toolong"]]},
                    "owner": {"anyOf": [{"type": "null"}, {"type": "string", "pattern": "^[0-9.]+H26$"}],
                      "examples": ["Gia Lâm"]}}},
                  "Unit": {"type": "object", "required": ["code", "name"], "properties": {
                    "code": {"type": "string", "pattern": "^[0-9]{3}(\\\\.[0-9]{2}){2}\\\\.H26$"},
                    "name": {"type": "string"}},
                    "examples": [{"code": "000.00.61.H26", "name": "UBND xã Gia Lâm"}]}}}}
                """));

        assertThat(conformance.violations()).containsExactlyInAnyOrder(
                "GET /api/v1/dossiers/{id} parameter id: example not-a-uuid at the top is not a uuid",
                "GET /api/v1/dossiers/{id} parameter size: example 0 at the top is below the minimum 1",
                "GET /api/v1/dossiers/{id} parameter overdue: example yes at the top is not of type [boolean]",
                "GET /api/v1/dossiers/{id} answer 200 (application/json): example {status=DONE, unit={code=000.00.61.H26}}"
                        + " at .status is not one of [RECEIVED, RESOLVED]",
                "GET /api/v1/dossiers/{id} answer 200 (application/json): example {status=DONE, unit={code=000.00.61.H26}}"
                        + " lacks the required .unit.name",
                "schema Dossier.dueDate: example 15/07/2026 at the top is not a date",
                "schema Dossier.procedureCode: example 1.001193 at the top is not of type [string]",
                "schema Dossier.byChannel: example {ONLINE=3, POSTAL=1.5} at .POSTAL is not of type [integer]",
                "schema Dossier.tags: example [ok, toolong] at the top has more than 1 items",
                "schema Dossier.tags: example [ok, toolong] at [] has more than 3 characters",
                "schema Dossier.owner: example Gia Lâm at the top matches none of its anyOf");
        assertThat(conformance.examplesChecked()).isEqualTo(12);
    }

    @Test
    void examplesTrueToTheirSchemasPass() throws Exception {
        ExampleConformance conformance = new ExampleConformance(parse("""
                {"paths": {"/api/v1/units": {"get": {
                  "parameters": [{"name": "size", "in": "query", "example": "20",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100}}],
                  "responses": {"200": {"content": {"application/json": {"schema": {"type": "array",
                    "items": {"type": "object", "properties": {"level": {"type": "string",
                      "enum": ["PROVINCE", "COMMUNE"], "examples": ["COMMUNE"]}}}}}}}}}}}}
                """));

        assertThat(conformance.violations()).isEmpty();
        assertThat(conformance.examplesChecked()).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) throws Exception {
        return new ObjectMapper().readValue(json, Map.class);
    }
}
