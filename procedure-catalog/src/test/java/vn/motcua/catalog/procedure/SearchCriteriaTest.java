package vn.motcua.catalog.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;

class SearchCriteriaTest {

    @Test
    void defaultsAndParsing() {
        SearchCriteria c = SearchCriteria.parse("  khai sinh ", "HT", "commune", "FULL", "true", "false", null,
                "2024-02-29", null, null);
        assertThat(c.q()).isEqualTo("khai sinh");
        assertThat(c.level()).isEqualTo(ProcedureLevel.COMMUNE);
        assertThat(c.onlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(c.essential()).isTrue();
        assertThat(c.delegated()).isFalse();
        assertThat(c.at()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(c.page().page()).isZero();
        assertThat(c.page().size()).isEqualTo(20);
        assertThat(SearchCriteria.parse(" ", null, null, null, null, null, null, null, "3", "100").q()).isNull();
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> SearchCriteria.parse(null, null, "VILLAGE", "x", "yes", "no", null, "2023-02-30",
                "-1", "1000"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("level", "onlineLevel", "essential", "delegated", "at", "page", "size"));
    }
}
