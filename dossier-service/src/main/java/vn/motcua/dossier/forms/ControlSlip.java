package vn.motcua.dossier.forms;

import static vn.motcua.dossier.forms.FormPage.DESK;
import static vn.motcua.dossier.forms.FormPage.SHORT_TIME;
import static vn.motcua.dossier.forms.FormPage.STRONG;
import static vn.motcua.dossier.forms.FormPage.TEXT;
import static vn.motcua.dossier.forms.FormPage.TINY;
import static vn.motcua.dossier.forms.FormPage.TITLE;
import static vn.motcua.dossier.forms.FormPage.centred;
import static vn.motcua.dossier.forms.FormPage.line;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.dossier.core.Action;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.core.Punctuality;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.events.Timeliness;

/**
 * Form 06 of Circular 03/2025/TT-VPCP (Phiếu kiểm soát quá trình giải quyết hồ sơ): every step of the dossier
 * with its unit, actor and time, the due date in force at that time and whether the step came before, on or after
 * it. The annex's own text could not be read here: the columns follow the control slip of Circular 01/2018/TT-VPCP
 * (form 05 there: unit, time handed over and received, result early / on time / late, note). On A4 portrait, not
 * A5: one row per step with seven columns does not fit an A5 page legibly. Pure.
 *
 * @param secret the lookup secret the tracking link carries, or null
 * @param printedAt the date of the heading
 */
record ControlSlip(String unitName, String receiptCode, String procedureName, String applicantName,
        OffsetDateTime receivedAt, OffsetDateTime dueAt, List<Step> steps, String trackingUrl, String secret,
        OffsetDateTime printedAt) {

    static final String TITLE_TEXT = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
    static final List<String> HEADINGS = List.of("STT", "Cơ quan, đơn vị / người thực hiện", "Bước xử lý",
            "Thời gian giao, nhận hồ sơ", "Hạn giải quyết", "Kết quả (trước hạn / đúng hạn / quá hạn)", "Ghi chú");

    /**
     * One step. {@code unitName} is the unit holding the dossier at the step: the receiving unit, then after a
     * transfer of an inter-linked dossier the unit it went to (form 06 lists every unit and step); {@code dueAt}
     * the dossier's due date in force at the step (a received supplement restarts it).
     */
    record Step(String unitName, String actor, String step, OffsetDateTime at, OffsetDateTime dueAt, String note) {

        Timeliness timeliness() {
            return Punctuality.of(at, dueAt);
        }
    }

    /**
     * The slip of {@code dossier}: intake first, then every history entry in order. The due date a step is judged
     * against starts as the one before the first entry that moved it (a received supplement, or an apology that
     * extended the time: each records it), else the dossier's; each received supplement sets the next. An
     * extension does not: timeliness stays measured against the due date before it, as the dossier's is
     * ({@link Dossier#punctualityDueAt}), so the steps of an extended dossier stay late.
     */
    static ControlSlip of(Dossier dossier, List<HistoryEntry> history, Viewer viewer, Notices.Link link,
            OffsetDateTime printedAt) {
        OffsetDateTime due = history.stream().map(e -> e.action == Action.RECEIVE_SUPPLEMENT
                        || e.action == Action.APOLOGIZE ? Notices.detailTime(e, "previousDueAt") : null)
                .filter(Objects::nonNull).findFirst().orElse(dossier.punctualityDueAt());
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(dossier.unitName, dossier.receivedBy, "Tiếp nhận hồ sơ", dossier.receivedAt, due,
                viewer.note(dossier.note)));
        String unit = dossier.unitName; // who holds the dossier: the receiving unit until a transfer hands it on
        for (HistoryEntry entry : history) {
            if (entry.action == Action.RECEIVE_SUPPLEMENT) {
                due = Objects.requireNonNullElse(Notices.detailTime(entry, "dueAt"), due);
            }
            steps.add(new Step(unit, entry.actor, step(entry), entry.at, due, viewer.note(entry.note)));
            if (entry.action.transfers() && entry.details != null && entry.details.get("toUnitName") != null) {
                unit = entry.details.get("toUnitName").toString();
            }
        }
        return new ControlSlip(dossier.unitName, dossier.receiptCode, dossier.procedureName, dossier.applicantName,
                dossier.receivedAt, dossier.dueAt, List.copyOf(steps), link.trackingUrl(), link.secret(), printedAt);
    }

    /** The step's name on the slip; a resolution says which way it went. */
    static String step(HistoryEntry entry) {
        return switch (entry.action) {
            case START -> "Chuyển xử lý, thẩm định hồ sơ";
            case REQUEST_SUPPLEMENT -> "Yêu cầu bổ sung, hoàn thiện hồ sơ";
            case RECEIVE_SUPPLEMENT -> "Nhận hồ sơ đã bổ sung, hoàn thiện";
            case RESOLVE -> entry.details != null && "REJECTED".equals(entry.details.get("outcome"))
                    ? "Giải quyết xong: không chấp thuận" : "Giải quyết xong: chấp thuận";
            case RETURN -> "Trả kết quả cho cá nhân, tổ chức";
            case WITHDRAW -> "Rút hồ sơ theo đề nghị của người nộp";
            case REFUSE -> "Từ chối tiếp nhận hồ sơ";
            case APOLOGIZE -> "Xin lỗi, hẹn lại ngày trả kết quả";
            case STOP -> "Dừng giải quyết hồ sơ";
            case TRANSFER -> "Chuyển hồ sơ liên thông đến " + detail(entry, "toUnitName");
            case RETURN_TO_RECEIVER -> "Chuyển hồ sơ, kết quả về " + detail(entry, "toUnitName");
        };
    }

    private static String detail(HistoryEntry entry, String key) {
        Object value = entry.details == null ? null : entry.details.get(key);
        return value == null ? "đơn vị khác" : value.toString();
    }

    static String result(Timeliness timeliness) {
        return switch (timeliness) {
            case EARLY -> "Trước hạn";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Quá hạn";
        };
    }

    byte[] render() {
        return FormPage.render(PageSize.A4, TITLE_TEXT + " " + receiptCode, document -> {
            document.add(FormPage.heading(unitName, DESK, printedAt, new float[] {45, 55}));
            document.add(centred(TITLE_TEXT, TITLE, 10, 2));
            document.add(centred("Mã hồ sơ: " + receiptCode, STRONG, 0, 8));
            document.add(line("Tên thủ tục hành chính: " + procedureName, TEXT));
            document.add(line("Tên cá nhân, tổ chức: " + applicantName, TEXT));
            document.add(line("Thời gian nhận hồ sơ: " + FormPage.format(SHORT_TIME, receivedAt)
                    + "    Thời gian hẹn trả kết quả: " + FormPage.format(SHORT_TIME, dueAt), TEXT));
            PdfPTable table = FormPage.table(new float[] {5, 22, 19, 13, 13, 12, 16}, HEADINGS, TINY);
            int number = 1;
            for (Step step : steps) {
                cell(table, Integer.toString(number++), Element.ALIGN_CENTER);
                cell(table, step.unitName() + "\n" + step.actor(), Element.ALIGN_LEFT);
                cell(table, step.step(), Element.ALIGN_LEFT);
                cell(table, FormPage.format(SHORT_TIME, step.at()), Element.ALIGN_CENTER);
                cell(table, FormPage.format(SHORT_TIME, step.dueAt()), Element.ALIGN_CENTER);
                cell(table, result(step.timeliness()), Element.ALIGN_CENTER);
                cell(table, step.note() == null ? "" : step.note(), Element.ALIGN_LEFT);
            }
            document.add(table);
            PdfPTable end = new PdfPTable(1);
            end.setWidthPercentage(30);
            end.setHorizontalAlignment(Element.ALIGN_LEFT);
            end.setSpacingBefore(6);
            end.addCell(FormPage.qr(trackingUrl, "Tra cứu tình trạng hồ sơ",
                    secret == null ? Notice.SECRET_ON_RECEIPT : "Mã tra cứu: " + secret));
            document.add(end);
        });
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        table.addCell(FormPage.boxed(new Phrase(text, TINY), alignment));
    }
}
