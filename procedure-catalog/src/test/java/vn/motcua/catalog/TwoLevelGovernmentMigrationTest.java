package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.embedded.PostgresServer;
import vn.motcua.testing.embedded.ServiceDatabase;

/** V7 gives the units and procedures of a catalog already in use their kind and receiving policy. */
class TwoLevelGovernmentMigrationTest {

    @Test
    void rowsFromBeforeV7GetTheDefaultsAndTheNewConstraintsHold() throws SQLException {
        String scratch = "catalog_v7_" + UUID.randomUUID().toString().replace("-", "");
        ServiceDatabase db = TestInfrastructure.postgres().provision(scratch, PostgresServer.randomPassword());
        try {
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).target("6").load().migrate();
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement sql = connection.createStatement()) {
                sql.executeUpdate("""
                        insert into admin_unit (code, name, level, parent_code, valid_from, valid_to, version) values
                        ('000.00.00.H26', 'UBND Thành phố Hà Nội', 'PROVINCE', null, '2008-08-01', null, 1),
                        ('000.00.20.H26', 'UBND huyện Gia Lâm', 'DISTRICT', '000.00.00.H26', '2008-08-01',
                         '2025-06-30', 1),
                        ('000.20.20.H26', 'UBND xã Bát Tràng', 'COMMUNE', '000.00.20.H26', '2008-08-01',
                         '2025-06-30', 1),
                        ('000.32.20.H26', 'Phòng Tư pháp huyện Gia Lâm', 'AGENCY', '000.00.20.H26', '2008-08-01',
                         '2025-06-30', 1),
                        ('000.98.00.H26', 'Cơ quan không có cấp trên', 'AGENCY', null, '2008-08-01', null, 1)""");
                sql.executeUpdate("insert into procedure_field (code, name) values ('HT', 'Hộ tịch')");
                sql.executeUpdate("""
                        insert into catalog_procedure (code, name, field_code, levels, applicants, agency, online_level,
                            essential, effective_from, status, version)
                        values ('1.001193', 'Thủ tục đăng ký khai sinh', 'HT', '["COMMUNE"]', '["CITIZEN"]',
                            'UBND cấp xã', 'FULL', true, '2016-01-01', 'ACTIVE', 1)""");
            }

            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).load().migrate();

            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement sql = connection.createStatement()) {
                assertThat(rows(sql, "select code || ' ' || kind from admin_unit order by code")).containsExactly(
                        "000.00.00.H26 GOVERNMENT", "000.00.20.H26 GOVERNMENT", "000.20.20.H26 GOVERNMENT",
                        "000.32.20.H26 DEPARTMENT", "000.98.00.H26 DEPARTMENT");
                assertThat(rows(sql, "select receiving || ' ' || coalesce(resolving_agency_code, '-') "
                        + "from catalog_procedure")).containsExactly("COMPETENT_UNIT -");
                // a centre belongs to a unit; an agency is never a GOVERNMENT; the agency must exist
                assertThatThrownBy(() -> sql.executeUpdate("insert into admin_unit (code, name, level, kind, "
                        + "valid_from, version) values ('000.01.00.H26', 'Trung tâm', 'AGENCY', 'SERVICE_CENTRE', "
                        + "'2025-07-01', 1)")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.executeUpdate("update admin_unit set kind = 'GOVERNMENT' "
                        + "where code = '000.32.20.H26'")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.executeUpdate("update catalog_procedure "
                        + "set resolving_agency_code = '000.99.00.H26'")).isInstanceOf(SQLException.class);
            }
        } finally {
            TestInfrastructure.postgres().drop(scratch);
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet row = sql.executeQuery(query)) {
            while (row.next()) {
                rows.add(row.getString(1));
            }
        }
        return rows;
    }
}
