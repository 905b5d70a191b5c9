package vn.motcua.testing.embedded;

import java.net.URI;

/** A PostgreSQL server run elsewhere, given by an admin JDBC URL and superuser credentials. */
public final class ExternalPostgres extends PostgresServer {

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    /** {@code adminJdbcUrl} like {@code jdbc:postgresql://db.example:5432/postgres}. */
    public ExternalPostgres(String adminJdbcUrl, String user, String password) {
        if (!adminJdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + adminJdbcUrl);
        }
        URI uri = URI.create(adminJdbcUrl.substring("jdbc:".length()));
        this.host = uri.getHost();
        this.port = uri.getPort() == -1 ? 5432 : uri.getPort();
        this.user = user;
        this.password = password;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    protected String superuser() {
        return user;
    }

    @Override
    protected String superuserPassword() {
        return password;
    }

    @Override
    public String describe() {
        return "external PostgreSQL at " + host + ":" + port + " (user " + user + ")";
    }
}
