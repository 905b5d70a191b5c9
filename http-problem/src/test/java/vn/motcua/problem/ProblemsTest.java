package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void typesHaveStableUrisAndTitlesInBothLanguages() {
        assertThat(ProblemType.ILLEGAL_TRANSITION.uri()).isEqualTo("https://motcua.vn/problems/illegal-transition");
        assertThat(ProblemType.NOT_FOUND.title(Locale.ENGLISH)).isEqualTo("Not found");
        assertThat(ProblemType.NOT_FOUND.title(Locale.forLanguageTag("vi"))).isEqualTo("Không tìm thấy");
        for (ProblemType type : ProblemType.values()) {
            assertThat(type.title(Locale.forLanguageTag("vi"))).as(type.name()).isNotBlank()
                    .isNotEqualTo(type.title(Locale.ENGLISH));
        }
    }

    @Test
    void genericTypeForAStatusIsNotASpecialisedOne() {
        assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(409)).isEqualTo(ProblemType.CONFLICT);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
    }
}
