package vn.motcua.testing.embedded;

/** Connection settings of one service's own database and role. */
public record ServiceDatabase(String jdbcUrl, String username, String password) {

    @Override
    public String toString() {
        return "ServiceDatabase[" + jdbcUrl + ", user " + username + "]";
    }
}
