package vn.motcua.testing.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The content of every table of the service under test (row count and a digest of the rows), read through the
 * service's own datasource settings: two equal snapshots around a refused request show it wrote nothing.
 */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    /** A snapshot once the service has stopped changing its data (its consumers and relays caught up). */
    static Map<String, String> settled() {
        Map<String, String> previous = take();
        for (int attempt = 0; attempt < 20; attempt++) {
            sleep(250);
            Map<String, String> current = take();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        throw new AssertionError("the service's data kept changing for 5 s; cannot tell whether a request wrote");
    }

    static Map<String, String> take() {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select quote_ident(table_schema) || '.' || "
                    + "quote_ident(table_name) from information_schema.tables where table_type = 'BASE TABLE' "
                    + "and table_schema not in ('pg_catalog', 'information_schema') "
                    + "and table_name <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, String> snapshot = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg("
                        + "t::text, '|' order by t::text)), '') from " + table + " t")) {
                    rows.next();
                    snapshot.put(table, rows.getString(1));
                }
            }
            return snapshot;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the service's database: " + e.getMessage(), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
