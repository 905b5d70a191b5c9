package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field paths of real Hibernate Validator violations, as clients see them in {@code errors[].field}. */
class FieldPathTest {

    record Document(@NotBlank String component, @Min(0) int copies) {
    }

    record Applicant(@NotBlank String name) {
    }

    record Intake(@NotNull @Valid Applicant applicant, List<@Valid @NotNull Document> documents) {
    }

    static class Api {
        @SuppressWarnings("unused")
        public void create(@Valid @NotNull Intake request, @Min(1) int size) {
        }
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void nestedPropertiesAndListElementsReadAsTheClientWroteThem() throws Exception {
        Intake intake = new Intake(new Applicant(" "),
                java.util.Arrays.asList(new Document("Tờ khai", 1), new Document("", -1), null));
        var violations = validator.forExecutables().validateParameters(new Api(),
                Api.class.getMethod("create", Intake.class, int.class), new Object[] {intake, 0});
        assertThat(Problems.fieldErrors(violations)).extracting(FieldError::field).containsExactly(
                "applicant.name", "documents[1].component", "documents[1].copies", "documents[2]", "size");
    }

    @Test
    void aMissingBodyIsTheBody() throws Exception {
        var violations = validator.forExecutables().validateParameters(new Api(),
                Api.class.getMethod("create", Intake.class, int.class), new Object[] {null, 1});
        assertThat(Problems.fieldErrors(violations)).extracting(FieldError::field).containsExactly("request");
    }
}
