package vn.motcua.catalog.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.problem.FieldError;

class UnitRulesTest {

    @Test
    void electronicIdentifierCodes() {
        for (String good : List.of("000.20.20.H26", "H26", "000.00.00.H26", "G01.AB.12", "1".repeat(35))) {
            assertThat(UnitRules.codeProblem(good)).as(good).isNull();
        }
        for (String bad : List.of("000.20.20.h26", ".000", "000..20", "000.20.", "000 20", "000-20", "1".repeat(36))) {
            assertThat(UnitRules.codeProblem(bad)).as(bad).isNotNull();
        }
    }

    @Test
    void checksNameLevelParentAndDates() {
        UnitView bad = UnitRules.clean(new UnitInput("000.01.20.H26", " ", null, "000.01.20.H26",
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)));
        assertThat(UnitRules.check(bad)).extracting(FieldError::field)
                .containsExactly("name", "level", "parentCode", "validTo");
        UnitView good = UnitRules.clean(new UnitInput(" 000.01.20.H26 ", " UBND xã Bát Tràng ", UnitLevel.COMMUNE,
                "", LocalDate.of(2008, 8, 1), null));
        assertThat(UnitRules.check(good)).isEmpty();
        assertThat(good.code()).isEqualTo("000.01.20.H26");
        assertThat(good.parentCode()).isNull();
    }
}
