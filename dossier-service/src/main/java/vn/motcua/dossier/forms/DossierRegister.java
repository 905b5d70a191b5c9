package vn.motcua.dossier.forms;

import static vn.motcua.dossier.forms.FormPage.DAY;
import static vn.motcua.dossier.forms.FormPage.SHORT_TIME;
import static vn.motcua.dossier.forms.FormPage.TEXT;
import static vn.motcua.dossier.forms.FormPage.TINY;
import static vn.motcua.dossier.forms.FormPage.TITLE;
import static vn.motcua.dossier.forms.FormPage.centred;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.Masking;
import vn.motcua.dossier.core.Punctuality;
import vn.motcua.events.Outcome;

/**
 * Form 07 of Circular 03/2025/TT-VPCP (Sổ theo dõi hồ sơ): the dossiers a unit received in a period, one row
 * each, on A4 landscape. The annex's own text could not be read here: the columns are those of the dossier
 * register of Circular 01/2018/TT-VPCP (form 06 there), numbered (1) to (13). Pure.
 *
 * @param masked whether the applicant is shown only by initials, without address or phone (an analyst's copy)
 */
record DossierRegister(String unitCode, String unitName, LocalDate from, LocalDate to, OffsetDateTime printedAt,
        boolean masked, List<Row> rows) {

    static final String TITLE_TEXT = "SỔ THEO DÕI HỒ SƠ";
    /** Under the period on an analyst's copy. */
    static final String MASKED_NOTE = "Bản không có thông tin cá nhân: tên người nộp viết tắt, không có địa chỉ, số "
            + "điện thoại";
    /** The form's columns (1)–(13); (8)–(12) are dates ("Ngày, tháng, năm") in the paper register. */
    static final List<String> HEADINGS = List.of("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)",
            "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ",
            "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả từ cơ quan giải quyết",
            "Trả kết quả cho cá nhân, tổ chức", "Ghi chú");

    /**
     * One dossier. {@code handedOverAt}: when processing started (the desk handed it to the resolving unit);
     * {@code resultAt}: when it was resolved; {@code returnedAt}: when the result was returned.
     */
    record Row(String receiptCode, String procedureName, String applicant, String addressAndPhone,
            String resolvingUnit, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime handedOverAt,
            OffsetDateTime resultAt, OffsetDateTime returnedAt, String note) {

        /** Columns (8) to (12) in order, null where the step has not happened. */
        List<OffsetDateTime> times() {
            return Arrays.asList(receivedAt, dueAt, handedOverAt, resultAt, returnedAt);
        }
    }

    /** The row of {@code dossier}, given the times of its first START and RETURN steps (null when none). */
    static Row row(Dossier dossier, OffsetDateTime startedAt, OffsetDateTime returnedAt, boolean masked,
            OffsetDateTime now) {
        String address = String.join(", ", present(dossier.applicantAddress, dossier.applicantPhone));
        boolean decided = dossier.outcome == Outcome.APPROVED || dossier.outcome == Outcome.REJECTED;
        return new Row(dossier.receiptCode, dossier.procedureName,
                masked ? Masking.name(dossier.applicantName) : dossier.applicantName, masked ? "" : address,
                dossier.resolvingUnitName == null ? dossier.unitName : dossier.resolvingUnitName, dossier.receivedAt,
                dossier.dueAt, startedAt, decided ? dossier.resolvedAt : null,
                returnedAt, note(dossier, now));
    }

    /** The state in words, whether it is late, and the apology's new appointment; never personal data. */
    static String note(Dossier dossier, OffsetDateTime now) {
        String state = switch (dossier.status) {
            case RECEIVED -> "Đã tiếp nhận";
            case IN_PROGRESS -> "Đang giải quyết";
            case SUPPLEMENT_REQUESTED -> "Chờ bổ sung, hoàn thiện hồ sơ";
            case RESOLVED -> dossier.outcome == Outcome.REJECTED ? "Không giải quyết, chờ trả"
                    : "Đã giải quyết, chờ trả kết quả";
            case RETURNED -> dossier.outcome == Outcome.REJECTED ? "Đã trả (không giải quyết)" : "Đã trả kết quả";
            case WITHDRAWN -> "Người nộp rút hồ sơ";
            case REFUSED -> "Từ chối tiếp nhận";
            case STOPPED -> "Dừng giải quyết";
        };
        List<String> parts = new ArrayList<>(List.of(state));
        boolean counted = dossier.status != DossierStatus.REFUSED && dossier.status != DossierStatus.WITHDRAWN;
        if (counted && Punctuality.late(dossier.resolvedAt, dossier.dueAt, now)) {
            parts.add("quá hạn");
        }
        if (dossier.appointmentDate != null) {
            parts.add("hẹn lại ngày " + DAY.format(dossier.appointmentDate));
        }
        return String.join("; ", parts);
    }

    byte[] render() {
        // a landscape media box rather than rotate(), which only marks a portrait page as turned
        return FormPage.render(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), TITLE_TEXT + " " + unitCode, document -> {
            document.add(FormPage.heading(unitName, null, printedAt, new float[] {40, 60}));
            document.add(centred(TITLE_TEXT, TITLE, 10, 2));
            document.add(centred("Từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to)
                    + " (" + rows.size() + " hồ sơ)", TEXT, 0, masked ? 0 : 6));
            if (masked) {
                document.add(centred(MASKED_NOTE, TEXT, 0, 6));
            }
            PdfPTable table = FormPage.table(new float[] {3, 14, 13, 4, 9, 10, 9, 6, 6, 6, 6, 6, 8}, HEADINGS,
                    TINY);
            for (int c = 1; c <= HEADINGS.size(); c++) {
                table.addCell(FormPage.boxed(new Phrase("(" + c + ")", TINY), Element.ALIGN_CENTER));
            }
            table.setHeaderRows(2);
            int number = 1;
            for (Row row : rows) {
                cell(table, Integer.toString(number++), Element.ALIGN_CENTER);
                cell(table, row.receiptCode(), Element.ALIGN_LEFT);
                cell(table, row.procedureName(), Element.ALIGN_LEFT);
                cell(table, "01", Element.ALIGN_CENTER);
                cell(table, row.applicant(), Element.ALIGN_LEFT);
                cell(table, row.addressAndPhone(), Element.ALIGN_LEFT);
                cell(table, row.resolvingUnit(), Element.ALIGN_LEFT);
                for (OffsetDateTime at : row.times()) {
                    cell(table, FormPage.format(SHORT_TIME, at), Element.ALIGN_CENTER);
                }
                cell(table, row.note(), Element.ALIGN_LEFT);
            }
            document.add(table);
        });
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        table.addCell(FormPage.boxed(new Phrase(text == null ? "" : text, TINY), alignment));
    }

    private static List<String> present(String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                present.add(value);
            }
        }
        return present;
    }
}
