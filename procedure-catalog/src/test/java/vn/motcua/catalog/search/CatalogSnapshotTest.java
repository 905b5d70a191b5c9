package vn.motcua.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.common.CatalogStatus;
import vn.motcua.catalog.procedure.Channel;
import vn.motcua.catalog.procedure.FieldRef;
import vn.motcua.catalog.procedure.OnlineLevel;
import vn.motcua.catalog.procedure.ProcedureLevel;
import vn.motcua.catalog.procedure.ProcedureView;
import vn.motcua.catalog.procedure.Receiving;

class CatalogSnapshotTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static ProcedureView procedure(String code, String name, String fieldName, ProcedureLevel level,
            boolean essential, String delegatedBy, CatalogStatus status, LocalDate to) {
        return new ProcedureView(code, name, new FieldRef("F" + fieldName.length(), fieldName), List.of(level),
                Map.of(Channel.IN_PERSON, 3), List.of(), List.of(), List.of(), "UBND", Receiving.COMPETENT_UNIT, null, null,
                List.of(),
                OnlineLevel.FULL, essential, delegatedBy != null, delegatedBy, LocalDate.of(2020, 1, 1), to, status, 1);
    }

    private static final CatalogSnapshot CATALOG = new CatalogSnapshot(List.of(
            procedure("1.000001", "Đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch", ProcedureLevel.DISTRICT, false,
                    null, CatalogStatus.ACTIVE, null),
            procedure("1.000002", "Đăng ký khai sinh", "Hộ tịch", ProcedureLevel.COMMUNE, true, null,
                    CatalogStatus.ACTIVE, null),
            procedure("1.000003", "Đăng ký kết hôn", "Hộ tịch", ProcedureLevel.COMMUNE, true, null,
                    CatalogStatus.ACTIVE, null),
            procedure("1.000004", "Cấp giấy phép xây dựng", "Xây dựng", ProcedureLevel.DISTRICT, false, "UBND tỉnh",
                    CatalogStatus.ACTIVE, null),
            procedure("1.000005", "Khai sinh lưu động", "Hộ tịch", ProcedureLevel.COMMUNE, false, null,
                    CatalogStatus.RETIRED, LocalDate.of(2024, 12, 31))),
            List.of(), Set.of("F7"), 42);

    private static List<String> codes(String q) {
        return codes(new CatalogSnapshot.Filters(q, null, null, null, null, null, TODAY, true));
    }

    private static List<String> codes(CatalogSnapshot.Filters filters) {
        return CATALOG.search(filters).stream().map(ProcedureView::code).toList();
    }

    @Test
    void wordsInOrderRankNameMatchesThenShortNamesFirst() {
        assertThat(codes("khai sinh")).containsExactly("1.000002", "1.000001");
        assertThat(codes("KHAI SI")).containsExactly("1.000002", "1.000001");
        assertThat(codes("sinh khai")).isEmpty();
        // found only through the field's name: after those found in the name, shortest first
        assertThat(codes("ho tich")).containsExactly("1.000003", "1.000002", "1.000001");
        assertThat(codes("1.000004")).containsExactly("1.000004");
    }

    @Test
    void aTypoPerWordIsToleratedOnlyWhenTheExactWordsFindNothing() {
        assertThat(codes("khai sihn")).containsExactly("1.000002", "1.000001");
        assertThat(codes("dang ki ket hon")).containsExactly("1.000003");
        assertThat(codes("giay phep xay dugn")).containsExactly("1.000004");
        // two typos in one word are too many
        assertThat(codes("khai snhi")).isEmpty();
        // fewer typos first: "ket hon" (exact after 'dang ky') beats nothing; 'kat' is one edit from 'ket' only
        assertThat(codes("dang ky kat hon")).containsExactly("1.000003");
    }

    @Test
    void filtersAndDates() {
        assertThat(codes(new CatalogSnapshot.Filters(null, null, ProcedureLevel.COMMUNE, null, null, null, TODAY,
                true))).containsExactly("1.000002", "1.000003");
        assertThat(codes(new CatalogSnapshot.Filters(null, null, null, null, true, null, TODAY, true)))
                .containsExactly("1.000002", "1.000003");
        assertThat(codes(new CatalogSnapshot.Filters(null, null, null, null, null, true, TODAY, true)))
                .containsExactly("1.000004");
        assertThat(codes(new CatalogSnapshot.Filters("khai sinh", "F7", null, null, null, null, TODAY, true)))
                .containsExactly("1.000002", "1.000001");
        // a retired procedure is found at a date it applied, not today
        assertThat(codes(new CatalogSnapshot.Filters("luu dong", null, null, null, null, null,
                LocalDate.of(2023, 5, 1), false))).containsExactly("1.000005");
        assertThat(codes("luu dong")).isEmpty();
        assertThat(CATALOG.hasField("F7")).isTrue();
        assertThat(CATALOG.hasField("F8")).isFalse();
        assertThat(CATALOG.revision()).isEqualTo(42);
    }
}
