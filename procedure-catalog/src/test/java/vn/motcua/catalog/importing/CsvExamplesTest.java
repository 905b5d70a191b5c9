package vn.motcua.catalog.importing;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CSV examples of the OpenAPI document are files the import accepts, row for row. */
@QuarkusTest
class CsvExamplesTest {

    @Test
    void theUnitsExampleImportsWithoutAnError() {
        ImportExportTest.importUnits(CsvExamples.UNITS.getBytes(StandardCharsets.UTF_8), "text/csv", true)
                .statusCode(200)
                .body("rows", equalTo(4))
                .body("valid", equalTo(4))
                .body("errors", empty());
    }

    @Test
    void theProceduresExampleImportsWithoutAnError() {
        ImportExportTest.importProcedures(CsvExamples.PROCEDURES.getBytes(StandardCharsets.UTF_8), "text/csv", true)
                .statusCode(200)
                .body("rows", equalTo(2))
                .body("valid", equalTo(2))
                .body("errors", empty());
    }
}
