package vn.motcua.catalog.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

class ETagsTest {

    @Test
    void matchingTagsPass() {
        assertThatCode(() -> ETags.requireMatch("\"3\"", 3, "x")).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("W/\"3\"", 3, "x")).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"2\", \"3\"", 3, "x")).doesNotThrowAnyException();
    }

    @Test
    void missingIsPreconditionRequiredAndStaleIsPreconditionFailed() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 3, "x")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3, "x")).isInstanceOfSatisfying(ProblemException.class,
                e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
                    assertThat(e.headers()).containsEntry("ETag", "\"3\"");
                });
        // "*" names no version: it cannot prove the client saw the current state
        assertThatThrownBy(() -> ETags.requireMatch("*", 3, "x")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
    }
}
