package vn.motcua.catalog.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.common.UnitCodes;
import vn.motcua.problem.FieldError;

class UnitRulesTest {

    @Test
    void electronicIdentifierCodes() {
        for (String good : List.of("000.20.20.H26", "H26", "000.00.00.H26", "G01.AB.12", "1".repeat(35))) {
            assertThat(UnitCodes.problem(good)).as(good).isNull();
        }
        for (String bad : List.of("000.20.20.h26", ".000", "000..20", "000.20.", "000 20", "000-20", "1".repeat(36))) {
            assertThat(UnitCodes.problem(bad)).as(bad).isNotNull();
        }
    }

    @Test
    void checksNameLevelParentAndDates() {
        UnitView bad = UnitRules.clean(new UnitInput("000.01.20.H26", " ", null, null, "000.01.20.H26",
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)), null);
        assertThat(UnitRules.check(bad)).extracting(FieldError::field)
                .containsExactly("name", "level", "parentCode", "validTo");
        UnitView good = UnitRules.clean(new UnitInput(" 000.01.20.H26 ", " UBND xã Bát Tràng ", UnitLevel.COMMUNE,
                null, "", LocalDate.of(2008, 8, 1), null), null);
        assertThat(UnitRules.check(good)).isEmpty();
        assertThat(good.code()).isEqualTo("000.01.20.H26");
        assertThat(good.parentCode()).isNull();
    }

    @Test
    void kindDefaultsFromTheLevelOrStaysAndMustFitIt() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        assertThat(UnitRules.clean(new UnitInput("A", "UBND xã", UnitLevel.COMMUNE, null, null, from, null), null)
                .kind()).isEqualTo(UnitKind.GOVERNMENT);
        UnitInput agency = new UnitInput("B", "Sở Tư pháp", UnitLevel.AGENCY, null, "A", from, null);
        assertThat(UnitRules.clean(agency, null).kind()).isEqualTo(UnitKind.DEPARTMENT);
        // an update without a kind keeps the stored one
        assertThat(UnitRules.clean(agency, UnitKind.SERVICE_CENTRE).kind()).isEqualTo(UnitKind.SERVICE_CENTRE);

        UnitView governmentAgency = UnitRules.clean(new UnitInput("C", "UBND", UnitLevel.AGENCY, UnitKind.GOVERNMENT,
                "A", from, null), null);
        assertThat(UnitRules.check(governmentAgency)).extracting(FieldError::field).containsExactly("kind");
        UnitView communeCentre = UnitRules.clean(new UnitInput("D", "Trung tâm", UnitLevel.COMMUNE,
                UnitKind.SERVICE_CENTRE, "A", from, null), null);
        assertThat(UnitRules.check(communeCentre)).extracting(FieldError::field).containsExactly("kind");
        UnitView orphanCentre = UnitRules.clean(new UnitInput("E", "Trung tâm", UnitLevel.AGENCY,
                UnitKind.SERVICE_CENTRE, null, from, null), null);
        assertThat(UnitRules.check(orphanCentre)).extracting(FieldError::field).containsExactly("parentCode");
        UnitView centre = UnitRules.clean(new UnitInput("F", "Trung tâm", UnitLevel.AGENCY, UnitKind.SERVICE_CENTRE,
                "A", from, null), null);
        assertThat(UnitRules.check(centre)).isEmpty();
    }
}
