package vn.motcua.survey.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFactsTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-07-15T08:00:00+07:00");

    /** Records what it is told instead of writing it. */
    private static final class Told extends UnitHierarchy {
        final List<String> facts = new ArrayList<>();

        @Override
        public void learn(String code, String name, List<String> ancestors, OffsetDateTime asOf) {
            facts.add(code + " " + name + " " + ancestors + " " + asOf.toLocalTime());
        }
    }

    @Test
    void eachDistinctFactIsToldOnceAtItsLatestTimeInTheOrderOfUnitCodes() {
        UnitFacts facts = new UnitFacts();
        facts.note("000.00.20.H26", "UBND xã Minh Khai", List.of("000.00.00.H26"), T);
        facts.note("000.00.10.H26", "UBND xã Gia Lâm", null, T.plusHours(1));
        facts.note("000.00.20.H26", "UBND xã Minh Khai", List.of("000.00.00.H26"), T.plusHours(2));
        facts.note("000.00.20.H26", "UBND xã Minh Khai", List.of("000.00.00.H26"), T.plusMinutes(30));
        facts.note("000.00.20.H26", "UBND phường Minh Khai", List.of("000.00.00.H26"), T.plusMinutes(10));

        Told units = new Told();
        facts.learnInto(units);

        assertThat(units.facts).containsExactly(
                "000.00.10.H26 UBND xã Gia Lâm null 09:00",
                "000.00.20.H26 UBND phường Minh Khai [000.00.00.H26] 08:10",
                "000.00.20.H26 UBND xã Minh Khai [000.00.00.H26] 10:00");
    }
}
