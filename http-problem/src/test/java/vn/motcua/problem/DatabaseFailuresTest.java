package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("transaction failed", new RuntimeException("could not execute", cause));
    }

    @Test
    void aLostRaceIsAConflict() {
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("duplicate key", "23505"))))
                .contains(ProblemType.CONFLICT);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("could not serialize", "40001"))))
                .contains(ProblemType.CONFLICT);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("deadlock detected", "40P01"))))
                .contains(ProblemType.CONFLICT);
    }

    @Test
    void aDatabaseThatIsDownIsUnavailable() {
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("Connection refused", "08001"))))
                .contains(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("terminating connection", "57P01"))))
                .contains(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("Sorry, acquisition timeout!"))))
                .contains(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException(
                "Acquisition timeout while waiting for new connection")))).contains(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("too many connections for database \"survey\"",
                "53300")))).contains(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void anUnavailableDatabaseOrALostRaceIsTransientButABadValueIsNot() {
        assertThat(DatabaseFailures.isTransient(wrapped(new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(DatabaseFailures.isTransient(wrapped(new SQLException("too many connections", "53300")))).isTrue();
        assertThat(DatabaseFailures.isTransient(new RuntimeException(new RollbackException("ARJUNA016053")))).isTrue();
        assertThat(DatabaseFailures.isTransient(wrapped(new SQLException("could not serialize", "40001")))).isTrue();
        assertThat(DatabaseFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(DatabaseFailures.isTransient(wrapped(new SQLException("statement timeout", "57014")))).isTrue();

        assertThat(DatabaseFailures.isTransient(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseFailures.isTransient(wrapped(new SQLException("value too long", "22001")))).isFalse();
        assertThat(DatabaseFailures.isTransient(new IllegalArgumentException("a bug"))).isFalse();
    }

    @Test
    void aCommitThatFailedBecauseTheConnectionBrokeIsUnavailable() {
        // how the transaction manager reports it: the resource's failure suppressed in its RollbackException
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException resource = new XAException(XAException.XA_RBCOMMFAIL);
        resource.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        commit.addSuppressed(resource);
        assertThat(DatabaseFailures.classify(new IllegalStateException("commit failed", commit)))
                .contains(ProblemType.SERVICE_UNAVAILABLE);

        // or with nothing attached: no SQL error explains it, so the database is the suspect
        assertThat(DatabaseFailures.classify(new RuntimeException(new RollbackException("ARJUNA016053"))))
                .contains(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void aCommitRefusedForAnSqlErrorStaysInternal() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new RuntimeException("flush failed",
                new SQLException("null value in column \"unit_code\" violates not-null constraint", "23502")));
        assertThat(DatabaseFailures.classify(commit)).isEmpty();
    }

    @Test
    void otherFailuresStayInternal() {
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("syntax error", "42601")))).isEmpty();
        assertThat(DatabaseFailures.classify(new IllegalStateException("no database involved"))).isEmpty();
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("value too long", "22001")))).isEmpty();
    }
}
