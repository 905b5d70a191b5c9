package vn.motcua.dossier.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may receive and who may resolve a procedure's dossiers under the two-level government (Decree 118/2025). */
class JurisdictionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 15);

    private static final CatalogUnit PROVINCE = unit("000.00.00.H26", "PROVINCE", null, null);
    private static final CatalogUnit PROVINCE_CENTRE = unit("000.01.00.H26", "AGENCY", "SERVICE_CENTRE",
            "000.00.00.H26");
    private static final CatalogUnit DEPARTMENT = unit("000.03.00.H26", "AGENCY", "DEPARTMENT", "000.00.00.H26");
    private static final CatalogUnit COMMUNE = unit("000.00.63.H26", "COMMUNE", "GOVERNMENT", "000.00.00.H26");
    private static final CatalogUnit COMMUNE_CENTRE = unit("000.01.63.H26", "AGENCY", "SERVICE_CENTRE",
            "000.00.63.H26");
    private static final CatalogUnit OTHER_COMMUNE = unit("000.00.64.H26", "COMMUNE", null, "000.00.00.H26");
    private static final CatalogUnit FOREIGN_PROVINCE = unit("000.00.00.H01", "PROVINCE", null, null);
    private static final CatalogUnit FOREIGN_COMMUNE = unit("000.00.01.H01", "COMMUNE", null, "000.00.00.H01");
    private static final Map<String, CatalogUnit> UNITS = Map.of(PROVINCE.code(), PROVINCE, COMMUNE.code(), COMMUNE,
            FOREIGN_PROVINCE.code(), FOREIGN_PROVINCE);

    private static CatalogUnit unit(String code, String level, String kind, String parent) {
        return new CatalogUnit(code, "Đơn vị " + code, level, kind, parent, LocalDate.of(2025, 7, 1), null);
    }

    private static UnitPlace place(CatalogUnit unit) {
        CatalogUnit parent = unit.parentCode() == null ? null : UNITS.get(unit.parentCode());
        List<String> ancestors = parent == null ? List.of()
                : parent.parentCode() == null ? List.of(parent.code()) : List.of(parent.code(), parent.parentCode());
        return new UnitPlace(unit, parent, ancestors);
    }

    private static CatalogProcedure procedure(List<String> levels, String receiving, String agency) {
        return new CatalogProcedure("1.000656", "Thủ tục", null, levels, Map.of("IN_PERSON", 1), List.of(), "FULL",
                CatalogProcedure.ACTIVE, null, null, 1, receiving, agency);
    }

    private static final CatalogProcedure LAND = procedure(List.of("PROVINCE"), "ANY_CENTRE_OF_PROVINCE",
            DEPARTMENT.code());
    private static final CatalogProcedure DEATH = procedure(List.of("COMMUNE"), "ANY_COMMUNE_OF_PROVINCE", null);
    private static final CatalogProcedure BIRTH = procedure(List.of("COMMUNE"), null, null);

    @Test
    void kindDefaultsByLevelWhenTheCatalogGivesNoneOrAnUnknownOne() {
        assertThat(OTHER_COMMUNE.effectiveKind()).isEqualTo(CatalogUnit.GOVERNMENT);
        assertThat(unit("000.09.00.H26", "AGENCY", null, PROVINCE.code()).effectiveKind())
                .isEqualTo(CatalogUnit.DEPARTMENT);
        assertThat(unit("000.09.00.H26", "AGENCY", "MINISTRY", PROVINCE.code()).effectiveKind())
                .isEqualTo(CatalogUnit.DEPARTMENT);
        assertThat(procedure(List.of("COMMUNE"), "ANYWHERE", null).effectiveReceiving())
                .isEqualTo(CatalogProcedure.COMPETENT_UNIT);
    }

    @Test
    void theResolverDefaultsToTheNamedAgencyElseTheCentresParentElseTheReceivingUnit() {
        assertThat(Jurisdiction.defaultResolver(LAND, COMMUNE)).isEqualTo(DEPARTMENT.code());
        assertThat(Jurisdiction.defaultResolver(BIRTH, COMMUNE_CENTRE)).isEqualTo(COMMUNE.code());
        assertThat(Jurisdiction.defaultResolver(BIRTH, COMMUNE)).isEqualTo(COMMUNE.code());
    }

    @Test
    void onlyTheNamedAgencyOrAGovernmentOfTheProceduresLevelResolves() {
        assertThat(Jurisdiction.resolverProblem(LAND, DEPARTMENT, DAY)).isNull();
        assertThat(Jurisdiction.resolverProblem(LAND, PROVINCE, DAY)).contains("is resolved by 000.03.00.H26");
        assertThat(Jurisdiction.resolverProblem(DEATH, OTHER_COMMUNE, DAY)).isNull();
        assertThat(Jurisdiction.resolverProblem(DEATH, COMMUNE_CENTRE, DAY)).contains("SERVICE_CENTRE");
        assertThat(Jurisdiction.resolverProblem(DEATH, DEPARTMENT, DAY)).contains("DEPARTMENT");
        assertThat(Jurisdiction.resolverProblem(DEATH, PROVINCE, DAY)).contains("level COMMUNE");
        CatalogUnit ended = new CatalogUnit("000.05.20.H26", "UBND xã cũ", "COMMUNE", null, null, null,
                LocalDate.of(2025, 6, 30));
        assertThat(Jurisdiction.resolverProblem(DEATH, ended, DAY)).contains("no longer exists");
    }

    @Test
    void aCompetentUnitProcedureIsReceivedOnlyByItsResolverOrThatUnitsOwnCentre() {
        assertThat(Jurisdiction.receivingProblem(BIRTH, place(COMMUNE), place(COMMUNE))).isNull();
        assertThat(Jurisdiction.receivingProblem(BIRTH, place(COMMUNE_CENTRE), place(COMMUNE))).isNull();
        assertThat(Jurisdiction.receivingProblem(BIRTH, place(OTHER_COMMUNE), place(COMMUNE)))
                .contains("only by its resolving unit 000.00.63.H26");
        assertThat(Jurisdiction.receivingProblem(BIRTH, place(PROVINCE_CENTRE), place(COMMUNE))).isNotNull();
    }

    @Test
    void anyCentreOfTheProvinceMeansTheProvincesCentreAndEveryCommuneDeskOfThatProvince() {
        UnitPlace department = place(DEPARTMENT);
        assertThat(Jurisdiction.receivingProblem(LAND, place(PROVINCE_CENTRE), department)).isNull();
        assertThat(Jurisdiction.receivingProblem(LAND, place(COMMUNE), department)).isNull();
        assertThat(Jurisdiction.receivingProblem(LAND, place(COMMUNE_CENTRE), department)).isNull();
        assertThat(Jurisdiction.receivingProblem(LAND, place(DEPARTMENT), department)).isNull();
        assertThat(Jurisdiction.receivingProblem(LAND, place(FOREIGN_COMMUNE), department))
                .contains("service centre of province 000.00.00.H26");
    }

    @Test
    void anyCommuneOfTheProvinceExcludesTheProvincesCentreAndOtherProvinces() {
        UnitPlace resolver = place(OTHER_COMMUNE);
        assertThat(Jurisdiction.receivingProblem(DEATH, place(COMMUNE), resolver)).isNull();
        assertThat(Jurisdiction.receivingProblem(DEATH, place(COMMUNE_CENTRE), resolver)).isNull();
        assertThat(Jurisdiction.receivingProblem(DEATH, place(PROVINCE_CENTRE), resolver))
                .contains("by a commune of province 000.00.00.H26");
        assertThat(Jurisdiction.receivingProblem(DEATH, place(FOREIGN_COMMUNE), resolver)).isNotNull();
    }
}
