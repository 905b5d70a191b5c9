package vn.motcua.catalog.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TestCatalog;

/**
 * The search reads an in-memory copy of the catalog; a change committed by another instance of the service
 * (here: written straight into the database, as that instance would) shows once this instance notices the change
 * log grew, which it checks at most every {@code motcua.search.cache-ttl} (1 s by default).
 */
@QuarkusTest
class SearchIndexTest {

    @Inject
    AgroalDataSource dataSource;

    private static List<String> codes(String q) {
        return given().queryParam("q", q).get("/api/v1/procedures").then().statusCode(200)
                .extract().jsonPath().getList("items.code", String.class);
    }

    @Test
    void aChangeCommittedByAnotherInstanceShowsWithinTheCheckInterval() throws SQLException {
        TestCatalog.field("SIX", "Chỉ mục");
        assertThat(codes("thu tuc chi muc tu phien ban khac")).isEmpty();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into catalog_procedure (code, name, field_code, levels, days_in_person, fees, "
                    + "components, applicants, agency, legal_bases, online_level, essential, effective_from, status, "
                    + "version) values ('2.690001', 'Thủ tục chỉ mục từ phiên bản khác', 'SIX', '[\"COMMUNE\"]', 3, "
                    + "'[]', '[]', '[\"CITIZEN\"]', 'UBND cấp xã', '[]', 'NONE', false, date '2020-01-01', 'ACTIVE', 1)");
            sql.execute("insert into catalog_change (record_kind, record_code, version, action, source, changed_by, "
                    + "changed_at, changes) values ('PROCEDURE', '2.690001', 1, 'CREATED', 'API', 'instance-2', now(), "
                    + "'[]')");
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> codes("thu tuc chi muc tu phien ban khac").contains("2.690001"));
    }
}
