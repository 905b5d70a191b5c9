package vn.motcua.catalog.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.catalog.unit.UnitInput;
import vn.motcua.catalog.unit.UnitKind;
import vn.motcua.catalog.unit.UnitLevel;
import vn.motcua.catalog.unit.UnitRules;
import vn.motcua.catalog.unit.UnitView;
import vn.motcua.problem.FieldError;

/** The unit columns of docs/catalog-import-format.md, both ways. Pure. */
public final class UnitColumns {

    public static final String CODE = "Mã định danh";
    public static final String NAME = "Tên đơn vị";
    public static final String LEVEL = "Cấp";
    public static final String PARENT = "Mã đơn vị cấp trên";
    public static final String VALID_FROM = "Hiệu lực từ";
    public static final String VALID_TO = "Hiệu lực đến";
    /** Optional (files from before V7 have no such column): blank keeps a stored unit's kind, else the level's. */
    public static final String KIND = "Loại đơn vị";

    /** The columns a file must have. */
    public static final List<String> REQUIRED = List.of(CODE, NAME, LEVEL, PARENT, VALID_FROM, VALID_TO);
    /** In the order exports write them. */
    public static final List<String> HEADERS = List.of(CODE, NAME, LEVEL, KIND, PARENT, VALID_FROM, VALID_TO);

    static final Cells.Vocabulary<UnitLevel> LEVEL_WORDS = Cells.Vocabulary.of(
            "Tỉnh", UnitLevel.PROVINCE, "Huyện", UnitLevel.DISTRICT, "Xã", UnitLevel.COMMUNE, "Cơ quan", UnitLevel.AGENCY,
            "Cấp tỉnh", UnitLevel.PROVINCE, "Cấp huyện", UnitLevel.DISTRICT, "Cấp xã", UnitLevel.COMMUNE);
    static final Cells.Vocabulary<UnitKind> KIND_WORDS = Cells.Vocabulary.of(
            "Chính quyền", UnitKind.GOVERNMENT, "Trung tâm Phục vụ hành chính công", UnitKind.SERVICE_CENTRE,
            "Cơ quan chuyên môn", UnitKind.DEPARTMENT,
            "UBND", UnitKind.GOVERNMENT, "Trung tâm", UnitKind.SERVICE_CENTRE, "Sở", UnitKind.DEPARTMENT);

    private UnitColumns() {
    }

    /** A parsed row: the checked unit (null when the row has errors) and the errors. */
    public record Parsed(UnitView unit, List<RowError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static List<RowError> headerErrors(Table table) {
        return ProcedureColumns.headerErrors(table, REQUIRED);
    }

    /** Parses and checks one row; {@code storedKind} gives a stored unit's kind by code (null when new). */
    public static Parsed parse(Table.Row row, Map<String, Integer> columns, Function<String, UnitKind> storedKind) {
        int n = row.number();
        List<RowError> errors = new ArrayList<>();
        Set<String> badColumns = new HashSet<>();
        UnitLevel level = null;
        UnitKind kind = null;
        LocalDate from = null;
        LocalDate to = null;
        try {
            level = Cells.word(cell(row, columns, LEVEL), LEVEL_WORDS);
            if (level == null) {
                bad(errors, badColumns, n, LEVEL, "must not be blank: write " + LEVEL_WORDS.expected());
            }
        } catch (Cells.CellException e) {
            bad(errors, badColumns, n, LEVEL, e.getMessage());
        }
        try {
            kind = Cells.word(cell(row, columns, KIND), KIND_WORDS);
        } catch (Cells.CellException e) {
            bad(errors, badColumns, n, KIND, e.getMessage());
        }
        try {
            from = Cells.date(cell(row, columns, VALID_FROM));
        } catch (Cells.CellException e) {
            bad(errors, badColumns, n, VALID_FROM, e.getMessage());
        }
        try {
            to = Cells.date(cell(row, columns, VALID_TO));
        } catch (Cells.CellException e) {
            bad(errors, badColumns, n, VALID_TO, e.getMessage());
        }
        UnitInput input = new UnitInput(cell(row, columns, CODE), cell(row, columns, NAME), level, kind,
                cell(row, columns, PARENT), from, to);
        UnitView unit = UnitRules.clean(input, storedKind.apply(Cells.text(input.code())));
        for (FieldError error : UnitRules.check(unit)) {
            String column = column(error.field());
            if (!badColumns.contains(column)) {
                errors.add(new RowError(n, column, error.message()));
            }
        }
        return new Parsed(errors.isEmpty() ? unit : null, List.copyOf(errors));
    }

    public static List<String> format(UnitView unit) {
        return List.of(unit.code(), unit.name(), LEVEL_WORDS.word(unit.level()), KIND_WORDS.word(unit.kind()),
                unit.parentCode() == null ? "" : unit.parentCode(), unit.validFrom().toString(),
                unit.validTo() == null ? "" : unit.validTo().toString());
    }

    static String column(String field) {
        return switch (field) {
            case "code" -> CODE;
            case "name" -> NAME;
            case "level" -> LEVEL;
            case "kind" -> KIND;
            case "parentCode" -> PARENT;
            case "validFrom" -> VALID_FROM;
            case "validTo" -> VALID_TO;
            default -> field;
        };
    }

    private static String cell(Table.Row row, Map<String, Integer> columns, String header) {
        return row.cell(columns, header);
    }

    private static void bad(List<RowError> errors, Set<String> badColumns, int n, String column, String message) {
        errors.add(new RowError(n, column, message));
        badColumns.add(column);
    }
}
