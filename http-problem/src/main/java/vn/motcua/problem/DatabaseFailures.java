package vn.motcua.problem;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Database failures that are not bugs: a request that lost a race with a concurrent one (a unique key taken
 * meanwhile, a serialization failure, a deadlock victim) is a 409 the client can retry after reading the current
 * state; a database that is down, restarting or out of connections is a 503 with Retry-After. Anything else stays
 * a 500.
 */
public final class DatabaseFailures {

    /** Seconds a client should wait before retrying while the database is unavailable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseFailures() {
    }

    public static Optional<ProblemType> classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<ProblemType> type = classify(sql);
                if (type.isPresent()) {
                    return type;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ProblemType> classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505") || state.equals("40001") || state.equals("40P01")) {
            return Optional.of(ProblemType.CONFLICT);
        }
        // 08: connection exceptions; 57P01-03: server shutting down or not accepting connections yet
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || (e.getMessage() != null && e.getMessage().contains("acquisition timeout"))) {
            return Optional.of(ProblemType.SERVICE_UNAVAILABLE);
        }
        return Optional.empty();
    }
}
