package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
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
    }

    @Test
    void otherFailuresStayInternal() {
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("syntax error", "42601")))).isEmpty();
        assertThat(DatabaseFailures.classify(new IllegalStateException("no database involved"))).isEmpty();
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("value too long", "22001")))).isEmpty();
    }
}
