package vn.motcua.dossier.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.core.Codes;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.events.Channel;
import vn.motcua.events.Timeliness;

/**
 * The filters of the staff list, parsed from query parameters; every bad parameter is reported by name in one
 * 400. Dates are business dates (Asia/Ho_Chi_Minh), both ends included.
 */
public record DossierFilter(
        Set<DossierStatus> statuses,
        String procedureCode,
        String fieldCode,
        Set<Channel> channels,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        LocalDate dueFrom,
        LocalDate dueTo,
        Boolean overdue,
        Timeliness timeliness,
        String receiptCode,
        String applicantName,
        String unit,
        UnitRole unitRole,
        int page,
        int size) {

    /** Which side of an inter-linked dossier the filtered unit is on; null: both. */
    public enum UnitRole {
        RECEIVING, RESOLVING
    }

    static final int NAME_MIN = 2;
    static final int NAME_MAX = 200;

    private static final Pattern PROCEDURE_CODE = Pattern.compile(Codes.PROCEDURE_CODE);
    private static final Pattern FIELD_CODE = Pattern.compile("^[0-9A-Za-z._-]{1,50}$");
    private static final Pattern RECEIPT_CODE = Pattern.compile("^[0-9A-Z.]{1,35}-\\d{6}-\\d{4,9}$");

    /** The raw query parameters. */
    public record Params(List<String> status, String procedureCode, String fieldCode, List<String> channel,
            String receivedFrom, String receivedTo, String dueFrom, String dueTo, String overdue, String timeliness,
            String receiptCode, String applicantName, String unit, String unitRole, String page,
            String size) {
    }

    public static DossierFilter parse(Params p) {
        QueryParams q = new QueryParams();
        Set<DossierStatus> statuses = q.enums("status", p.status(), DossierStatus.class);
        Set<Channel> channels = q.enums("channel", p.channel(), Channel.class);
        String procedure = q.code("procedureCode", p.procedureCode(), PROCEDURE_CODE, "a procedure code like 1.001193");
        String field = q.code("fieldCode", p.fieldCode(), FIELD_CODE, "a field code (letters, digits, . _ -)");
        String unit = q.unitCode("unit", p.unit());
        UnitRole unitRole = q.enumValue("unitRole", p.unitRole(), UnitRole.class);
        String receipt = q.code("receiptCode", p.receiptCode() == null ? null
                : p.receiptCode().toUpperCase(Locale.ROOT), RECEIPT_CODE, "a receipt code like 000.20.20.H26-260715-0001");
        LocalDate receivedFrom = q.date("receivedFrom", p.receivedFrom());
        LocalDate receivedTo = q.date("receivedTo", p.receivedTo());
        LocalDate dueFrom = q.date("dueFrom", p.dueFrom());
        LocalDate dueTo = q.date("dueTo", p.dueTo());
        q.inOrder("receivedFrom", receivedFrom, "receivedTo", receivedTo);
        q.inOrder("dueFrom", dueFrom, "dueTo", dueTo);
        Boolean overdue = q.bool("overdue", p.overdue());
        Timeliness timeliness = q.enumValue("timeliness", p.timeliness(), Timeliness.class);
        String name = null;
        if (p.applicantName() != null) {
            name = p.applicantName().strip().replaceAll("\\s+", " ");
            if (name.codePointCount(0, name.length()) < NAME_MIN || name.length() > NAME_MAX) {
                q.add("applicantName", "must be " + NAME_MIN + "–" + NAME_MAX + " characters");
            }
        }
        int page = q.page(p.page());
        int size = q.size(p.size());
        q.check();
        return new DossierFilter(statuses, procedure, field, channels, receivedFrom, receivedTo, dueFrom, dueTo,
                overdue, timeliness, receipt, name, unit, unitRole, page, size);
    }

    /** Start of {@code day} in the business zone. */
    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime();
    }
}
