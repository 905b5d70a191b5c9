package vn.motcua.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.procedure.OnlineLevel;
import vn.motcua.catalog.procedure.ProcedureLevel;
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

    @Test
    void sqlHasOnlyTheFiltersInUse() {
        SearchSql.Statement plain = SearchSql.page(new SearchSql.Filters(null, SearchSql.Mode.WORDS, null, null, null, null,
                null, LocalDate.of(2025, 1, 1), true), 20, 40);
        assertThat(plain.sql()).doesNotContain("<%").contains("order by p.code").contains("p.status = 'ACTIVE'");
        assertThat(plain.parameters()).containsOnlyKeys("at", "limit", "offset").containsEntry("offset", 40);

        SearchSql.Statement words = SearchSql.page(new SearchSql.Filters("ho tich", SearchSql.Mode.WORDS, null, null,
                null, null, null, LocalDate.of(2020, 1, 1), true), 10, 0);
        assertThat(words.sql()).contains("p.search_text like '%' || motcua_search_text(:q) || '%'")
                .contains("order by (strpos(p.search_name, motcua_search_text(:q)) > 0) desc, length(p.name), p.code")
                .doesNotContain("word_similarity");

        SearchSql.Statement text = SearchSql.page(new SearchSql.Filters("ho tich", SearchSql.Mode.SIMILAR, "HT",
                ProcedureLevel.DISTRICT, OnlineLevel.PARTIAL, false, true, LocalDate.of(2020, 1, 1), false), 10, 0);
        assertThat(text.sql()).contains("motcua_search_text(:q) <% p.search_text")
                .contains("order by word_similarity(motcua_search_text(:q), p.search_text) desc")
                .contains("p.delegated_by is not null")
                .contains("p.status = 'ACTIVE' or p.effective_to is not null");
        assertThat(text.parameters()).containsEntry("q", "ho tich").containsEntry("level", "DISTRICT")
                .containsEntry("onlineLevel", "PARTIAL").containsEntry("essential", false);
    }
}
