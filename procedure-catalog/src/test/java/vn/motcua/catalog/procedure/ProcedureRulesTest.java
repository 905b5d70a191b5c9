package vn.motcua.catalog.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.common.CatalogStatus;
import vn.motcua.problem.FieldError;

class ProcedureRulesTest {

    static ProcedureInput valid() {
        return new ProcedureInput("1.001193", "  Thủ tục đăng ký khai sinh ", FieldRef.of("HT"),
                List.of(ProcedureLevel.COMMUNE, ProcedureLevel.PROVINCE, ProcedureLevel.COMMUNE),
                Map.of(Channel.ONLINE, 1, Channel.IN_PERSON, 1),
                List.of(new FeeInput("Lệ phí", 0L, null)),
                List.of(new ComponentInput("Tờ khai", 1, 0, null, null)),
                List.of(ApplicantType.ORGANIZATION, ApplicantType.CITIZEN), "UBND cấp xã", null, null, "Giấy khai sinh",
                List.of("Luật Hộ tịch"), OnlineLevel.FULL, true, null, null, LocalDate.of(2023, 1, 1), null, null);
    }

    static List<String> fields(ProcedureInput input) {
        return ProcedureRules.check(input, CatalogStatus.ACTIVE).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void validInputBecomesACanonicalDraft() {
        ProcedureRules.Checked checked = ProcedureRules.check(valid(), CatalogStatus.ACTIVE);
        assertThat(checked.errors()).isEmpty();
        ProcedureDraft draft = checked.draft();
        assertThat(draft.name()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(draft.levels()).containsExactly(ProcedureLevel.PROVINCE, ProcedureLevel.COMMUNE);
        assertThat(draft.applicants()).containsExactly(ApplicantType.CITIZEN, ApplicantType.ORGANIZATION);
        assertThat(draft.processingDays().keySet()).containsExactly(Channel.IN_PERSON, Channel.ONLINE);
        assertThat(draft.components().get(0).required()).isTrue();
        assertThat(draft.delegated()).isFalse();
        assertThat(draft.status()).isEqualTo(CatalogStatus.ACTIVE);
    }

    @Test
    void codesAreNationalCodesWithAnOptionalLocalSuffix() {
        for (String good : List.of("1.001193", "2.000635", "1.000948.H38", "1.000948.ABC123")) {
            assertThat(ProcedureRules.CODE.matcher(good).matches()).as(good).isTrue();
        }
        for (String bad : List.of("1.00119", "11.001193", "1.001193.", "1.001193.h38", "1-001193", "1.001193.H3 8",
                "1.001193.ABCDEFGHIJK")) {
            assertThat(ProcedureRules.CODE.matcher(bad).matches()).as(bad).isFalse();
        }
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        ProcedureInput input = valid();
        String decomposed = java.text.Normalizer.normalize("Đăng ký khai sinh", java.text.Normalizer.Form.NFD);
        ProcedureInput withNfd = new ProcedureInput(input.code(), decomposed, input.field(), input.levels(),
                input.processingDays(), input.fees(), input.components(), input.applicants(), input.agency(),
                input.receiving(), input.resolvingAgencyCode(), input.result(), input.legalBases(), input.onlineLevel(),
                input.essential(), input.delegated(), input.delegatedBy(), input.effectiveFrom(), input.effectiveTo(),
                input.status());
        assertThat(ProcedureRules.check(withNfd, CatalogStatus.ACTIVE).draft().name()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void everyProblemIsNamed() {
        ProcedureInput bad = new ProcedureInput("1.1", " ", null, List.of(), Map.of(Channel.POSTAL, 400),
                List.of(new FeeInput("Phí; lệ phí", -1L, "x".repeat(501))),
                List.of(new ComponentInput("", null, 101, "javascript:alert(1)", true)),
                List.of(), "a\nb", null, "000..H26", "x".repeat(1001), List.of("ok", " "), null, null, true, " ",
                LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1), null);
        assertThat(fields(bad)).containsExactlyInAnyOrder("code", "name", "field", "levels", "processingDays.POSTAL",
                "fees[0].name", "fees[0].amountVnd", "fees[0].note", "components[0].name", "components[0].originals",
                "components[0].copies", "components[0].formUrl", "applicants", "agency", "result", "legalBases[1]",
                "onlineLevel", "essential", "delegatedBy", "effectiveTo", "resolvingAgencyCode");
    }

    @Test
    void delegationNeedsWhoDelegated() {
        ProcedureInput in = valid();
        ProcedureInput delegatedWithoutWho = new ProcedureInput(in.code(), in.name(), in.field(), in.levels(),
                in.processingDays(), in.fees(), in.components(), in.applicants(), in.agency(), null, null, in.result(),
                in.legalBases(), in.onlineLevel(), in.essential(), true, null, in.effectiveFrom(), null, null);
        assertThat(fields(delegatedWithoutWho)).containsExactly("delegatedBy");
        ProcedureInput whoWithoutFlag = new ProcedureInput(in.code(), in.name(), in.field(), in.levels(),
                in.processingDays(), in.fees(), in.components(), in.applicants(), in.agency(), null, null, in.result(),
                in.legalBases(), in.onlineLevel(), in.essential(), null, "UBND cấp tỉnh", in.effectiveFrom(), null,
                null);
        ProcedureRules.Checked checked = ProcedureRules.check(whoWithoutFlag, CatalogStatus.ACTIVE);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.draft().delegated()).isTrue();
        ProcedureInput contradiction = new ProcedureInput(in.code(), in.name(), in.field(), in.levels(),
                in.processingDays(), in.fees(), in.components(), in.applicants(), in.agency(), null, null, in.result(),
                in.legalBases(), in.onlineLevel(), in.essential(), false, "UBND cấp tỉnh", in.effectiveFrom(), null,
                null);
        assertThat(fields(contradiction)).containsExactly("delegatedBy");
    }

    @Test
    void atLeastOneChannel() {
        ProcedureInput in = valid();
        ProcedureInput none = new ProcedureInput(in.code(), in.name(), in.field(), in.levels(),
                new java.util.HashMap<>(java.util.Collections.singletonMap(Channel.ONLINE, null)), in.fees(),
                in.components(), in.applicants(), in.agency(), null, null, in.result(), in.legalBases(), in.onlineLevel(),
                in.essential(), null, null, in.effectiveFrom(), null, null);
        assertThat(fields(none)).containsExactly("processingDays");
    }

    @Test
    void receivingDefaultsToTheCompetentUnitAndAnyCommuneNeedsTheCommuneLevel() {
        ProcedureInput in = valid();
        ProcedureRules.Checked checked = ProcedureRules.check(in, CatalogStatus.ACTIVE);
        assertThat(checked.draft().receiving()).isEqualTo(Receiving.COMPETENT_UNIT);
        assertThat(checked.draft().resolvingAgencyCode()).isNull();

        ProcedureInput anyCommune = withReceiving(in, List.of(ProcedureLevel.COMMUNE),
                Receiving.ANY_COMMUNE_OF_PROVINCE, " 000.00.13.H26 ");
        ProcedureDraft draft = ProcedureRules.check(anyCommune, CatalogStatus.ACTIVE).draft();
        assertThat(draft.receiving()).isEqualTo(Receiving.ANY_COMMUNE_OF_PROVINCE);
        assertThat(draft.resolvingAgencyCode()).isEqualTo("000.00.13.H26");

        ProcedureInput provinceOnly = withReceiving(in, List.of(ProcedureLevel.PROVINCE),
                Receiving.ANY_COMMUNE_OF_PROVINCE, null);
        assertThat(fields(provinceOnly)).containsExactly("receiving");
        ProcedureInput anyCentre = withReceiving(in, List.of(ProcedureLevel.PROVINCE),
                Receiving.ANY_CENTRE_OF_PROVINCE, "");
        assertThat(ProcedureRules.check(anyCentre, CatalogStatus.ACTIVE).draft().resolvingAgencyCode()).isNull();
    }

    private static ProcedureInput withReceiving(ProcedureInput in, List<ProcedureLevel> levels, Receiving receiving,
            String agencyCode) {
        return new ProcedureInput(in.code(), in.name(), in.field(), levels, in.processingDays(), in.fees(),
                in.components(), in.applicants(), in.agency(), receiving, agencyCode, in.result(), in.legalBases(),
                in.onlineLevel(), in.essential(), null, null, in.effectiveFrom(), null, null);
    }
}
