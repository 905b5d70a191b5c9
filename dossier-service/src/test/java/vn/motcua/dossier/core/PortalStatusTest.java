package vn.motcua.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalStatusTest {

    @Test
    void everyStateHasItsNationalPortalCode() {
        Map<DossierStatus, Integer> expected = new EnumMap<>(Map.of(
                DossierStatus.RECEIVED, 2, DossierStatus.REFUSED, 3, DossierStatus.IN_PROGRESS, 4,
                DossierStatus.SUPPLEMENT_REQUESTED, 5, DossierStatus.WITHDRAWN, 7, DossierStatus.STOPPED, 8,
                DossierStatus.RESOLVED, 9, DossierStatus.RETURNED, 10));
        assertThat(expected.keySet()).containsExactlyInAnyOrder(DossierStatus.values());
        expected.forEach((status, code) -> assertThat(PortalStatus.of(status)).as(status.name()).isEqualTo(code));
    }

    @Test
    void distinctStatesHaveDistinctCodesAndTheCodesWeCannotHaveNeverOccur() {
        assertThat(Arrays.stream(DossierStatus.values()).map(PortalStatus::of)).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).isBetween(1, 10))
                .doesNotContain(1, 6); // newly registered, financial obligation requested: no such state here
    }

    @Test
    void theDocumentedMappingNamesEveryState() {
        for (DossierStatus status : DossierStatus.values()) {
            assertThat(PortalStatus.DESCRIPTION).contains(PortalStatus.of(status) + " " + status.name());
        }
    }
}
