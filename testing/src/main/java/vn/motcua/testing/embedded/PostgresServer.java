package vn.motcua.testing.embedded;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server reached with superuser credentials, embedded or external. It provisions one
 * database and one login role (own password) per service; a role may connect only to its own database.
 */
public abstract class PostgresServer implements AutoCloseable {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    /** JDBC URL of {@code database} on this server. */
    public abstract String jdbcUrl(String database);

    protected abstract String superuser();

    protected abstract String superuserPassword();

    /** Human-readable name for messages, e.g. "embedded PostgreSQL on 127.0.0.1:5432". */
    public abstract String describe();

    /**
     * Creates the role and database {@code name} if missing and sets the role's password. Idempotent, so
     * a restart of the local stack keeps the data.
     */
    public ServiceDatabase provision(String name, String password) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            String quotedPassword = "'" + password.replace("'", "''") + "'";
            if (exists(admin, "select 1 from pg_roles where rolname = ?", name)) {
                sql.execute("alter role " + name + " login password " + quotedPassword);
            } else {
                sql.execute("create role " + name + " login password " + quotedPassword);
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", name)) {
                sql.execute("create database " + name + " owner " + name + " encoding 'UTF8' template template0");
                sql.execute("revoke all on database " + name + " from public");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot provision database '" + name + "' on " + describe() + ": "
                    + e.getMessage(), e);
        }
        return new ServiceDatabase(jdbcUrl(name), name, password);
    }

    /** Drops the database and role {@code name}, closing its connections: for a test's scratch database. */
    public void drop(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("drop role if exists " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database '" + name + "' on " + describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Takes database {@code name} away from its service while the server stays up for the others: new connections
     * of its role are refused ({@code connection limit 0}: SQLSTATE 53300, "too many connections") and the open ones
     * are terminated (57P01, then 08006 on the next use), as when its database server goes down.
     * {@link #allowConnections} brings it back.
     */
    public void refuseConnections(String name) {
        alterConnections(name, 0);
        try (Connection admin = connect("postgres"); PreparedStatement terminate = admin.prepareStatement(
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
            terminate.setString(1, name);
            terminate.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the connections to '" + name + "' on " + describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Lets database {@code name}'s role connect again after {@link #refuseConnections}. */
    public void allowConnections(String name) {
        alterConnections(name, -1);
    }

    private void alterConnections(String name, int limit) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("alter database " + name + " connection limit " + limit);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the connection limit of '" + name + "' on " + describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Fails fast, naming the server, when it cannot be reached with the superuser credentials. */
    public void checkReachable() {
        try (Connection ignored = connect("postgres")) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is unreachable: " + describe() + ": " + e.getMessage(), e);
        }
    }

    protected Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", superuser());
        props.setProperty("password", superuserPassword());
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "10");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    private static boolean exists(Connection connection, String query, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A random password of letters and digits. */
    public static String randomPassword() {
        StringBuilder out = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }

    @Override
    public void close() {
    }
}
