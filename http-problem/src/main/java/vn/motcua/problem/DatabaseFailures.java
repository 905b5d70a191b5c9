package vn.motcua.problem;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
        boolean serverError = false;
        boolean commitFailed = false;
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql) {
                Optional<ProblemType> type = classify(sql);
                if (type.isPresent()) {
                    return type;
                }
                serverError |= sql.getSQLState() != null && !sql.getSQLState().isEmpty();
            }
            commitFailed |= COMMIT_FAILURES.contains(t.getClass().getName());
        }
        // The transaction manager could not commit (the connection broke at that moment, or the transaction timed
        // out) and no SQL error explains it: the database is unavailable, not the request wrong.
        return commitFailed && !serverError ? Optional.of(ProblemType.SERVICE_UNAVAILABLE) : Optional.empty();
    }

    /**
     * Whether {@code failure} goes away by itself, so the work is worth repeating as it is: the database is
     * unavailable (as {@link #classify} tells 503), or the transaction lost a race it can win next time
     * (serialization failure, deadlock victim, a lock or statement timeout). Event consumers wait these out
     * instead of dead-lettering the event.
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RACES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return classify(failure).filter(ProblemType.SERVICE_UNAVAILABLE::equals).isPresent();
    }

    /** 40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 57014 statement timeout or cancel. */
    private static final Set<String> RACES = Set.of("40001", "40P01", "55P03", "57014");

    /** The transaction manager's exceptions for a commit that did not happen (or whose outcome is unknown). */
    private static final Set<String> COMMIT_FAILURES = Set.of("javax.transaction.xa.XAException",
            "jakarta.transaction.RollbackException", "jakarta.transaction.HeuristicMixedException",
            "jakarta.transaction.HeuristicRollbackException", "jakarta.transaction.SystemException");

    /**
     * The failure, its causes and the exceptions suppressed along the way: a transaction manager reports what
     * failed at commit as suppressed exceptions of its RollbackException.
     */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty() && chain.size() < 100) {
            Throwable t = next.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            chain.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return chain;
    }

    private static Optional<ProblemType> classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505") || state.equals("40001") || state.equals("40P01")) {
            return Optional.of(ProblemType.CONFLICT);
        }
        // 08: connection exceptions; 53: out of connections (too many for the server or the database), memory or
        // disk; 57P01-03: server shutting down or not accepting connections yet
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (state.startsWith("08") || state.startsWith("53") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || message.contains("acquisition timeout")) {
            return Optional.of(ProblemType.SERVICE_UNAVAILABLE);
        }
        return Optional.empty();
    }
}
