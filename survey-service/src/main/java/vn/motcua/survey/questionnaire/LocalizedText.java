package vn.motcua.survey.questionnaire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text in Vietnamese and English. */
public record LocalizedText(@NotBlank @Size(max = 1000) String vi, @NotBlank @Size(max = 1000) String en) {
}
