package vn.motcua.dossier.forms;

import static vn.motcua.dossier.forms.FormPage.DAY;
import static vn.motcua.dossier.forms.FormPage.DESK;
import static vn.motcua.dossier.forms.FormPage.TIME;
import static vn.motcua.dossier.forms.FormPage.orDash;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.core.Action;
import vn.motcua.dossier.core.ApplicantType;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.events.Outcome;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * What forms 02 (supplement request), 03 (refusal) and 04 (apology and extension) of Circular 03/2025/TT-VPCP say
 * about a dossier, from the dossier and its history; a form that does not apply to the dossier is a 409. The
 * annex's own text could not be read here (only its list of forms, second-hand): the titles are the 2025 ones, the
 * wording follows forms 02, 03 and 04 of Circular 01/2018/TT-VPCP. Free-text notes reach the paper only for
 * viewers who may read them ({@link Viewer#note}); reasons given to the applicant always do, they are the point of
 * the form. Pure.
 */
final class Notices {

    static final String SUPPLEMENT_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
    static final String REFUSAL_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
    static final String APOLOGY_TITLE = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";

    /** Where a form's tracking QR code points, and the secret it carries (null when none was given). */
    record Link(String trackingUrl, String secret) {
    }

    private Notices() {
    }

    /**
     * Form 02 for the latest supplement request: its missing items, which request it is (Decision 766/QĐ-TTg
     * counts a dossier asked more than once as late) and that the clock restarts once the dossier is complete.
     */
    @SuppressWarnings("unchecked")
    static Notice supplementRequest(Dossier dossier, List<HistoryEntry> history, Viewer viewer, Link link) {
        List<HistoryEntry> requests = history.stream().filter(e -> e.action == Action.REQUEST_SUPPLEMENT).toList();
        if (requests.isEmpty()) {
            throw notApplicable("no supplement was requested for this dossier (status " + dossier.status + ")");
        }
        HistoryEntry request = requests.get(requests.size() - 1);
        List<Notice.Line> lines = new ArrayList<>(applicant(dossier, "Hồ sơ của: "));
        lines.add(Notice.Line.text("Ngày tiếp nhận hồ sơ: " + FormPage.format(DAY, dossier.receivedAt)));
        lines.add(Notice.Line.text("Yêu cầu bổ sung, hoàn thiện hồ sơ (lần thứ " + requests.size()
                + ") gồm những nội dung sau:"));
        Object items = request.details == null ? null : request.details.get("missingItems");
        int number = 1;
        for (Object item : items instanceof List<?> list ? (List<Object>) list : List.of()) {
            lines.add(Notice.Line.item(number++ + ". " + item));
        }
        String note = viewer.note(request.note);
        if (note != null && !note.isBlank()) {
            lines.add(Notice.Line.text("Ghi chú: " + note));
        }
        // the supplement restarts the processing clock when the complete dossier comes back (DESIGN "Due date")
        lines.add(Notice.Line.text("Thời hạn giải quyết hồ sơ được tính lại từ ngày " + DESK
                + " nhận đủ hồ sơ đã bổ sung, hoàn thiện."));
        lines.add(Notice.Line.text("Trong quá trình bổ sung, hoàn thiện hồ sơ nếu có vướng mắc, " + addressee(dossier)
                + " liên hệ " + DESK + " " + dossier.unitName + " để được hướng dẫn."));
        return new Notice(dossier.unitName, SUPPLEMENT_TITLE, dossier.receiptCode, request.at, lines,
                link.trackingUrl(), link.secret(), List.of("NGƯỜI HƯỚNG DẪN"));
    }

    /** Form 03 for a dossier refused at intake or resolved as REJECTED, with its reason. */
    static Notice refusal(Dossier dossier, List<HistoryEntry> history, Link link) {
        boolean refused = dossier.status == DossierStatus.REFUSED;
        boolean rejected = dossier.outcome == Outcome.REJECTED;
        if (!refused && !rejected) {
            throw notApplicable("the refusal slip is for a dossier refused at intake or rejected; this one is "
                    + dossier.status + (dossier.outcome == null ? "" : " (" + dossier.outcome + ")"));
        }
        Action decisive = refused ? Action.REFUSE : Action.RESOLVE;
        HistoryEntry decision = history.stream().filter(e -> e.action == decisive).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("dossier " + dossier.id + " has no " + decisive));
        List<Notice.Line> lines = new ArrayList<>();
        lines.add(Notice.Line.text(DESK + " " + dossier.unitName + " đã nhận hồ sơ của:"));
        lines.addAll(applicant(dossier, ""));
        lines.add(Notice.Line.text("Ngày nhận hồ sơ: " + FormPage.format(DAY, dossier.receivedAt)));
        lines.add(Notice.Line.text("Qua xem xét, " + dossier.unitName + " thông báo không "
                + (refused ? "tiếp nhận" : "giải quyết") + " hồ sơ này với lý do cụ thể như sau:"));
        lines.add(Notice.Line.item(orDash(dossier.outcomeReason)));
        lines.add(Notice.Line.text("Xin thông báo để " + addressee(dossier) + " được biết và thực hiện."));
        return new Notice(dossier.unitName, REFUSAL_TITLE, dossier.receiptCode, decision.at, lines,
                link.trackingUrl(), link.secret(),
                List.of(refused ? "NGƯỜI TIẾP NHẬN HỒ SƠ" : "THỦ TRƯỞNG CƠ QUAN GIẢI QUYẾT"));
    }

    /**
     * Form 04 for a late dossier whose apology was recorded: the appointment it missed, the reason (the apology's
     * note) and the new appointment date it asks the applicant to accept.
     */
    static Notice apology(Dossier dossier, List<HistoryEntry> history, Viewer viewer, Link link) {
        HistoryEntry apology = history.stream().filter(e -> e.action == Action.APOLOGIZE).reduce((a, b) -> b)
                .orElseThrow(() -> notApplicable("no apology was recorded for this dossier: it is for a late "
                        + "dossier, after POST .../apologize with the new appointment date"));
        // the dossier keeps the latest apology's appointment, as this entry is the latest apology
        String appointment = dossier.appointmentDate == null ? "—" : DAY.format(dossier.appointmentDate);
        String whom = addressee(dossier);
        List<Notice.Line> lines = new ArrayList<>();
        lines.add(Notice.Line.strong("Kính gửi: " + (organisation(dossier) ? "" : "Ông/Bà ") + dossier.applicantName));
        lines.add(Notice.Line.text("Ngày " + FormPage.format(DAY, dossier.receivedAt) + ", " + dossier.unitName
                + " tiếp nhận giải quyết hồ sơ " + dossier.procedureName + " (mã thủ tục " + dossier.procedureCode
                + ") của " + whom + "."));
        lines.add(Notice.Line.text("Thời gian hẹn trả kết quả giải quyết hồ sơ: "
                + FormPage.format(TIME, dossier.dueAt) + "."));
        lines.add(Notice.Line.text("Đến nay, " + dossier.unitName + " chưa trả kết quả giải quyết hồ sơ của " + whom
                + " đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả."));
        String reason = viewer.note(apology.note);
        lines.add(Notice.Line.text("Lý do: " + orDash(reason)));
        lines.add(Notice.Line.text("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại, thời gian của " + whom
                + ". " + dossier.unitName + " xin lỗi " + whom + " và đề nghị gia hạn thời gian giải quyết hồ sơ; "
                + "kết quả giải quyết hồ sơ sẽ được trả vào ngày:"));
        lines.add(Notice.Line.strong("Ngày hẹn trả kết quả mới: " + appointment));
        return new Notice(dossier.unitName, APOLOGY_TITLE, dossier.receiptCode, apology.at, lines,
                link.trackingUrl(), link.secret(), List.of("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"));
    }

    /** The applicant's lines: who (person or organisation), what they ask for, address and contacts. */
    private static List<Notice.Line> applicant(Dossier dossier, String prefix) {
        return List.of(
                Notice.Line.strong(prefix + (organisation(dossier) ? "Tổ chức: " : "Ông/Bà: ") + dossier.applicantName),
                Notice.Line.text("Nội dung yêu cầu giải quyết: " + dossier.procedureName + " (mã thủ tục "
                        + dossier.procedureCode + ")"),
                Notice.Line.text("Địa chỉ: " + orDash(dossier.applicantAddress)),
                Notice.Line.text("Số điện thoại: " + orDash(dossier.applicantPhone) + "    Email: "
                        + orDash(dossier.applicantEmail)));
    }

    private static boolean organisation(Dossier dossier) {
        return dossier.applicantType == ApplicantType.ORGANIZATION;
    }

    /** How the letter speaks to the applicant. */
    private static String addressee(Dossier dossier) {
        return organisation(dossier) ? "tổ chức" : "ông/bà";
    }

    static ProblemException notApplicable(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }
}
