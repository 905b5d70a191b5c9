package vn.motcua.catalog.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.common.CatalogStatus;
import vn.motcua.catalog.procedure.ApplicantType;
import vn.motcua.catalog.procedure.Channel;
import vn.motcua.catalog.procedure.ComponentInput;
import vn.motcua.catalog.procedure.DossierComponent;
import vn.motcua.catalog.procedure.Fee;
import vn.motcua.catalog.procedure.FeeInput;
import vn.motcua.catalog.procedure.FieldRef;
import vn.motcua.catalog.procedure.OnlineLevel;
import vn.motcua.catalog.procedure.ProcedureDraft;
import vn.motcua.catalog.procedure.ProcedureInput;
import vn.motcua.catalog.procedure.ProcedureLevel;
import vn.motcua.catalog.procedure.ProcedureRules;
import vn.motcua.catalog.procedure.Receiving;
import vn.motcua.problem.FieldError;

/**
 * The procedure columns of docs/catalog-import-format.md: a row to a checked procedure (errors by column) and
 * a procedure back to a row, so that parsing what was formatted gives the same procedure. Pure.
 */
public final class ProcedureColumns {

    public static final String CODE = "Mã thủ tục";
    public static final String NAME = "Tên thủ tục";
    public static final String FIELD_CODE = "Mã lĩnh vực";
    public static final String FIELD_NAME = "Tên lĩnh vực";
    public static final String LEVELS = "Cấp thực hiện";
    public static final String DAYS_IN_PERSON = "Thời hạn trực tiếp (ngày làm việc)";
    public static final String DAYS_ONLINE = "Thời hạn trực tuyến (ngày làm việc)";
    public static final String DAYS_POSTAL = "Thời hạn bưu chính (ngày làm việc)";
    public static final String FEES = "Phí, lệ phí";
    public static final String COMPONENTS = "Thành phần hồ sơ";
    public static final String APPLICANTS = "Đối tượng thực hiện";
    public static final String AGENCY = "Cơ quan thực hiện";
    public static final String RESULT = "Kết quả thực hiện";
    public static final String LEGAL_BASES = "Căn cứ pháp lý";
    public static final String ONLINE_LEVEL = "Mức độ dịch vụ công trực tuyến";
    public static final String ESSENTIAL = "Thiết yếu";
    public static final String DELEGATED_BY = "Ủy quyền";
    public static final String EFFECTIVE_FROM = "Hiệu lực từ";
    public static final String EFFECTIVE_TO = "Hiệu lực đến";
    public static final String STATUS = "Trạng thái";
    /** Optional, like the next (files from before V7 lack them): blank is COMPETENT_UNIT. */
    public static final String RECEIVING = "Phạm vi tiếp nhận";
    public static final String RESOLVING_AGENCY = "Mã cơ quan giải quyết";

    /** The columns a file must have. */
    public static final List<String> REQUIRED = List.of(CODE, NAME, FIELD_CODE, FIELD_NAME, LEVELS, DAYS_IN_PERSON,
            DAYS_ONLINE, DAYS_POSTAL, FEES, COMPONENTS, APPLICANTS, AGENCY, RESULT, LEGAL_BASES, ONLINE_LEVEL,
            ESSENTIAL, DELEGATED_BY, EFFECTIVE_FROM, EFFECTIVE_TO, STATUS);
    /** In the order exports write them. */
    public static final List<String> HEADERS = List.of(CODE, NAME, FIELD_CODE, FIELD_NAME, LEVELS, DAYS_IN_PERSON,
            DAYS_ONLINE, DAYS_POSTAL, FEES, COMPONENTS, APPLICANTS, AGENCY, RECEIVING, RESOLVING_AGENCY, RESULT,
            LEGAL_BASES, ONLINE_LEVEL, ESSENTIAL, DELEGATED_BY, EFFECTIVE_FROM, EFFECTIVE_TO, STATUS);

    public static final int FIELD_NAME_MAX = 200;

    // first entry of each value = the word exports write
    static final Cells.Vocabulary<ProcedureLevel> LEVEL_WORDS = Cells.Vocabulary.of(
            "Tỉnh", ProcedureLevel.PROVINCE, "Huyện", ProcedureLevel.DISTRICT, "Xã", ProcedureLevel.COMMUNE,
            "Cấp tỉnh", ProcedureLevel.PROVINCE, "Cấp huyện", ProcedureLevel.DISTRICT, "Cấp xã", ProcedureLevel.COMMUNE);
    static final Cells.Vocabulary<ApplicantType> APPLICANT_WORDS = Cells.Vocabulary.of(
            "Công dân", ApplicantType.CITIZEN, "Tổ chức", ApplicantType.ORGANIZATION,
            "Cá nhân", ApplicantType.CITIZEN, "Doanh nghiệp", ApplicantType.ORGANIZATION);
    static final Cells.Vocabulary<OnlineLevel> ONLINE_WORDS = Cells.Vocabulary.of(
            "Toàn trình", OnlineLevel.FULL, "Một phần", OnlineLevel.PARTIAL, "Không", OnlineLevel.NONE);
    static final Cells.Vocabulary<Boolean> YES_NO = Cells.Vocabulary.of("Có", Boolean.TRUE, "Không", Boolean.FALSE);
    static final Cells.Vocabulary<Boolean> REQUIRED_WORDS = Cells.Vocabulary.of("Bắt buộc", Boolean.TRUE,
            "Không bắt buộc", Boolean.FALSE);
    static final Cells.Vocabulary<Receiving> RECEIVING_WORDS = Cells.Vocabulary.of(
            "Tại đơn vị có thẩm quyền", Receiving.COMPETENT_UNIT,
            "Mọi Trung tâm trong tỉnh", Receiving.ANY_CENTRE_OF_PROVINCE,
            "Mọi xã trong tỉnh", Receiving.ANY_COMMUNE_OF_PROVINCE);
    static final Cells.Vocabulary<CatalogStatus> STATUS_WORDS = Cells.Vocabulary.of(
            "Đang áp dụng", CatalogStatus.ACTIVE, "Hết hiệu lực", CatalogStatus.RETIRED);

    private ProcedureColumns() {
    }

    /** A parsed row: the checked draft (null when the row has errors), the field's name, the errors. */
    public record Parsed(ProcedureDraft draft, String fieldName, List<RowError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The required headers missing from the table, and duplicated ones, as errors of row 1. */
    public static List<RowError> headerErrors(Table table) {
        return headerErrors(table, REQUIRED);
    }

    static List<RowError> headerErrors(Table table, List<String> required) {
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String header : table.headers()) {
            String key = Table.headerKey(header);
            if (!key.isEmpty() && !seen.add(key)) {
                errors.add(new RowError(1, header.strip(), "appears twice"));
            }
        }
        Map<String, Integer> columns = table.columns();
        for (String header : required) {
            if (!columns.containsKey(Table.headerKey(header))) {
                errors.add(new RowError(1, header, "missing column"));
            }
        }
        return errors;
    }

    /** Parses and checks one row (the headers are known to be present). */
    public static Parsed parse(Table.Row row, Map<String, Integer> columns) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String header : HEADERS) {
            cells.put(header, row.cell(columns, header));
        }
        List<RowError> errors = new ArrayList<>();
        Set<String> badColumns = new HashSet<>();
        int n = row.number();

        String fieldName = Cells.text(cells.get(FIELD_NAME));
        if (fieldName == null) {
            errors.add(new RowError(n, FIELD_NAME, "must not be blank"));
        } else if (fieldName.length() > FIELD_NAME_MAX) {
            errors.add(new RowError(n, FIELD_NAME, "must be at most " + FIELD_NAME_MAX + " characters"));
        }

        List<ProcedureLevel> levels = new ArrayList<>();
        for (String item : Cells.items(cells.get(LEVELS))) {
            ProcedureLevel level = LEVEL_WORDS.lookup(item);
            if (level == null) {
                bad(errors, badColumns, n, LEVELS, "'" + item + "' is not one of Tỉnh, Huyện, Xã");
            } else {
                levels.add(level);
            }
        }

        Map<Channel, Integer> days = new LinkedHashMap<>();
        days(cells.get(DAYS_IN_PERSON), Channel.IN_PERSON, DAYS_IN_PERSON, days, errors, badColumns, n);
        days(cells.get(DAYS_ONLINE), Channel.ONLINE, DAYS_ONLINE, days, errors, badColumns, n);
        days(cells.get(DAYS_POSTAL), Channel.POSTAL, DAYS_POSTAL, days, errors, badColumns, n);

        List<FeeInput> fees = new ArrayList<>();
        List<String> feeItems = Cells.items(cells.get(FEES));
        for (int i = 0; i < feeItems.size(); i++) {
            List<String> parts = Cells.parts(feeItems.get(i));
            if (parts.size() < 2 || parts.size() > 3) {
                bad(errors, badColumns, n, FEES, "item " + (i + 1) + ": write name|amount in VND|note");
                continue;
            }
            try {
                fees.add(new FeeInput(parts.get(0), Cells.number(parts.get(1), "amount in VND"),
                        parts.size() == 3 ? parts.get(2) : null));
            } catch (Cells.CellException e) {
                bad(errors, badColumns, n, FEES, "item " + (i + 1) + ": " + e.getMessage());
            }
        }

        List<ComponentInput> components = new ArrayList<>();
        List<String> componentItems = Cells.items(cells.get(COMPONENTS));
        for (int i = 0; i < componentItems.size(); i++) {
            List<String> parts = Cells.parts(componentItems.get(i));
            if (parts.size() < 3 || parts.size() > 5) {
                bad(errors, badColumns, n, COMPONENTS,
                        "item " + (i + 1) + ": write name|originals|copies|form URL|Bắt buộc or Không bắt buộc");
                continue;
            }
            try {
                Long originals = Cells.number(parts.get(1), "originals");
                Long copies = Cells.number(parts.get(2), "copies");
                Boolean required = parts.size() == 5 ? Cells.word(parts.get(4), REQUIRED_WORDS) : null;
                components.add(new ComponentInput(parts.get(0), toInt(originals), toInt(copies),
                        parts.size() >= 4 ? parts.get(3) : null, required));
            } catch (Cells.CellException e) {
                bad(errors, badColumns, n, COMPONENTS, "item " + (i + 1) + ": " + e.getMessage());
            }
        }

        List<ApplicantType> applicants = new ArrayList<>();
        for (String item : Cells.items(cells.get(APPLICANTS))) {
            ApplicantType applicant = APPLICANT_WORDS.lookup(item);
            if (applicant == null) {
                bad(errors, badColumns, n, APPLICANTS, "'" + item + "' is not one of Công dân, Tổ chức");
            } else {
                applicants.add(applicant);
            }
        }

        OnlineLevel onlineLevel = word(cells.get(ONLINE_LEVEL), ONLINE_WORDS, true, ONLINE_LEVEL, errors, badColumns,
                n);
        Boolean essential = word(cells.get(ESSENTIAL), YES_NO, true, ESSENTIAL, errors, badColumns, n);
        LocalDate from = date(cells.get(EFFECTIVE_FROM), EFFECTIVE_FROM, errors, badColumns, n);
        LocalDate to = date(cells.get(EFFECTIVE_TO), EFFECTIVE_TO, errors, badColumns, n);
        CatalogStatus status = word(cells.get(STATUS), STATUS_WORDS, false, STATUS, errors, badColumns, n);
        Receiving receiving = word(cells.get(RECEIVING), RECEIVING_WORDS, false, RECEIVING, errors, badColumns, n);
        String delegatedBy = Cells.text(cells.get(DELEGATED_BY));

        ProcedureInput input = new ProcedureInput(cells.get(CODE), cells.get(NAME),
                new FieldRef(cells.get(FIELD_CODE), fieldName), levels, days, fees, components, applicants,
                cells.get(AGENCY), receiving, cells.get(RESOLVING_AGENCY), cells.get(RESULT),
                Cells.items(cells.get(LEGAL_BASES)), onlineLevel, essential, delegatedBy != null, delegatedBy, from, to,
                status);
        ProcedureRules.Checked checked = ProcedureRules.check(input, CatalogStatus.ACTIVE);
        for (FieldError error : checked.errors()) {
            String column = column(error.field());
            if (!badColumns.contains(column)) {
                errors.add(new RowError(n, column, message(error)));
            }
        }
        return new Parsed(errors.isEmpty() ? checked.draft() : null, fieldName, List.copyOf(errors));
    }

    /** The row exports write for a procedure. */
    public static List<String> format(ProcedureDraft p, String fieldName) {
        List<String> row = new ArrayList<>();
        row.add(p.code());
        row.add(p.name());
        row.add(p.field());
        row.add(fieldName);
        row.add(Cells.joined(p.levels().stream().map(LEVEL_WORDS::word).toList()));
        row.add(number(p.processingDays().get(Channel.IN_PERSON)));
        row.add(number(p.processingDays().get(Channel.ONLINE)));
        row.add(number(p.processingDays().get(Channel.POSTAL)));
        row.add(Cells.joined(p.fees().stream().map(ProcedureColumns::fee).toList()));
        row.add(Cells.joined(p.components().stream().map(ProcedureColumns::component).toList()));
        row.add(Cells.joined(p.applicants().stream().map(APPLICANT_WORDS::word).toList()));
        row.add(p.agency());
        row.add(RECEIVING_WORDS.word(p.receiving()));
        row.add(p.resolvingAgencyCode() == null ? "" : p.resolvingAgencyCode());
        row.add(p.result() == null ? "" : p.result());
        row.add(Cells.joined(p.legalBases()));
        row.add(ONLINE_WORDS.word(p.onlineLevel()));
        row.add(YES_NO.word(p.essential()));
        row.add(p.delegated() ? p.delegatedBy() : "");
        row.add(p.effectiveFrom().toString());
        row.add(p.effectiveTo() == null ? "" : p.effectiveTo().toString());
        row.add(STATUS_WORDS.word(p.status()));
        return row;
    }

    /** The column a rule's JSON path belongs to. */
    static String column(String path) {
        String root = path.replaceAll("[\\[.].*$", "");
        return switch (root) {
            case "code" -> CODE;
            case "name" -> NAME;
            case "field" -> FIELD_CODE;
            case "levels" -> LEVELS;
            case "processingDays" -> path.endsWith("ONLINE") ? DAYS_ONLINE
                    : path.endsWith("POSTAL") ? DAYS_POSTAL : DAYS_IN_PERSON;
            case "fees" -> FEES;
            case "components" -> COMPONENTS;
            case "applicants" -> APPLICANTS;
            case "agency" -> AGENCY;
            case "receiving" -> RECEIVING;
            case "resolvingAgencyCode" -> RESOLVING_AGENCY;
            case "result" -> RESULT;
            case "legalBases" -> LEGAL_BASES;
            case "onlineLevel" -> ONLINE_LEVEL;
            case "essential" -> ESSENTIAL;
            case "delegated", "delegatedBy" -> DELEGATED_BY;
            case "effectiveFrom" -> EFFECTIVE_FROM;
            case "effectiveTo" -> EFFECTIVE_TO;
            case "status" -> STATUS;
            default -> path;
        };
    }

    /** A rule's message in cell terms: {@code fees[1].amountVnd} → "item 2: amountVnd: ...". */
    static String message(FieldError error) {
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("^[a-zA-Z]+\\[(\\d+)\\](?:\\.(\\w+))?$")
                .matcher(error.field());
        if (item.matches()) {
            int index = Integer.parseInt(item.group(1)) + 1;
            return "item " + index + ": " + (item.group(2) == null ? "" : item.group(2) + " ") + error.message();
        }
        return error.message();
    }

    private static String fee(Fee fee) {
        return fee.name() + "|" + fee.amountVnd() + (fee.note() == null ? "" : "|" + fee.note());
    }

    private static String component(DossierComponent c) {
        return c.name() + "|" + c.originals() + "|" + c.copies() + "|" + (c.formUrl() == null ? "" : c.formUrl()) + "|"
                + REQUIRED_WORDS.word(c.required());
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static Integer toInt(Long value) {
        if (value == null) {
            return null;
        }
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? Integer.MAX_VALUE : value.intValue();
    }

    private static void days(String cell, Channel channel, String column, Map<Channel, Integer> days,
            List<RowError> errors, Set<String> badColumns, int n) {
        try {
            Long value = Cells.number(cell, "working days");
            if (value != null) {
                days.put(channel, toInt(value));
            }
        } catch (Cells.CellException e) {
            bad(errors, badColumns, n, column, e.getMessage() + "; leave it blank when the channel is unavailable");
        }
    }

    private static <T> T word(String cell, Cells.Vocabulary<T> vocabulary, boolean required, String column,
            List<RowError> errors, Set<String> badColumns, int n) {
        try {
            T value = Cells.word(cell, vocabulary);
            if (value == null && required) {
                bad(errors, badColumns, n, column, "must not be blank: write " + vocabulary.expected());
            }
            return value;
        } catch (Cells.CellException e) {
            bad(errors, badColumns, n, column, e.getMessage());
            return null;
        }
    }

    private static LocalDate date(String cell, String column, List<RowError> errors, Set<String> badColumns, int n) {
        try {
            return Cells.date(cell);
        } catch (Cells.CellException e) {
            bad(errors, badColumns, n, column, e.getMessage());
            return null;
        }
    }

    private static void bad(List<RowError> errors, Set<String> badColumns, int n, String column, String message) {
        errors.add(new RowError(n, column, message));
        badColumns.add(column);
    }
}
