package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void noErrorThrowsNothing() {
        assertThatCode(() -> new FieldErrors().throwIfAny()).doesNotThrowAnyException();
        assertThat(FieldErrors.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void allErrorsAreAnsweredAtOnceInTheOrderFound() {
        FieldErrors errors = new FieldErrors().add("size", "must be from 1 to 100")
                .addAll(List.of(new FieldError("from", "must be a date")));
        assertThat(errors.has("from")).isTrue();
        assertThat(errors.has("to")).isFalse();
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(problem.detail()).isEqualTo("size: must be from 1 to 100; from: must be a date");
            assertThat(problem.errors()).extracting(FieldError::field).containsExactly("size", "from");
        });
    }

    @Test
    void theProblemTypeCanBeChosen() {
        assertThatThrownBy(() -> new FieldErrors().add("unit", "may not receive it").throwIfAny(ProblemType.UNPROCESSABLE))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.type().status()).isEqualTo(422));
    }

    @Test
    void theListIsACopy() {
        FieldErrors errors = new FieldErrors().add("a", "x");
        List<FieldError> listed = errors.list();
        errors.add("b", "y");
        assertThat(listed).hasSize(1);
    }
}
