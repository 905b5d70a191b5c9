package vn.motcua.dossier.forms;

import static vn.motcua.dossier.forms.FormPage.DAY;
import static vn.motcua.dossier.forms.FormPage.DESK;
import static vn.motcua.dossier.forms.FormPage.TIME;
import static vn.motcua.dossier.forms.FormPage.orDash;

import java.time.OffsetDateTime;
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
 * What forms 02 (supplement request), 03 (refusal), 04 (apology and extension) and 05 (stop notice) of Circular
 * 03/2025/TT-VPCP say about a dossier, from the dossier and its history; a form that does not apply to the dossier
 * is a 409. The annex's own text could not be read here (only its list of forms, second-hand): the titles are the
 * 2025 ones, the wording follows forms 02, 03 and 04 of Circular 01/2018/TT-VPCP; 2018 had no stop notice (Decree
 * 118/2025/NĐ-CP brought the stop), so form 05 is worded like the 2018 letters. Free-text notes reach the paper
 * only for viewers who may read them ({@link Viewer#note}); reasons given to the applicant always do, they are the
 * point of the form. Pure.
 */
final class Notices {

    static final String SUPPLEMENT_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
    static final String REFUSAL_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
    static final String APOLOGY_TITLE = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";
    static final String STOP_TITLE = "THÔNG BÁO VỀ VIỆC DỪNG GIẢI QUYẾT HỒ SƠ";

    /** Where a form's tracking QR code points, and the secret it carries (null when none was given). */
    record Link(String trackingUrl, String secret) {
    }

    private Notices() {
    }

    /**
     * Form 02 for the latest supplement request: its missing items, which request it is (Decision 766/QĐ-TTg
     * counts a dossier asked more than once as late), a later request's reason, and that the clock restarts once
     * the dossier is complete.
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
        // a second request says why what came back was not enough (Dossier.requestSupplement): told to the applicant
        Object reason = request.details == null ? null : request.details.get("reason");
        if (reason != null) {
            lines.add(Notice.Line.text("Lý do phải bổ sung lần nữa: " + reason));
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

    /**
     * Form 03 for a dossier refused at intake or resolved as REJECTED, with its reason. A stopped dossier's outcome is
     * REJECTED too (so consumers unaware of the stop see it ended unapproved), but its paper is form 05.
     */
    static Notice refusal(Dossier dossier, List<HistoryEntry> history, Link link) {
        if (dossier.status == DossierStatus.STOPPED) {
            throw notApplicable("the refusal slip is not for a dossier whose processing was stopped (STOPPED): its "
                    + "notice is form 05, .../forms/stop-notice");
        }
        boolean refused = dossier.status == DossierStatus.REFUSED;
        boolean rejected = dossier.outcome == Outcome.REJECTED;
        if (!refused && !rejected) {
            throw notApplicable("the refusal slip is for a dossier refused at intake or rejected; this one is "
                    + dossier.status + (dossier.outcome == null ? "" : " (" + dossier.outcome + ")"));
        }
        HistoryEntry decision = decisive(dossier, history, refused ? Action.REFUSE : Action.RESOLVE);
        List<Notice.Line> lines = new ArrayList<>();
        lines.add(Notice.Line.text(DESK + " " + dossier.unitName + " đã nhận hồ sơ của:"));
        lines.addAll(applicant(dossier, ""));
        lines.add(Notice.Line.text("Ngày nhận hồ sơ: " + FormPage.format(DAY, dossier.receivedAt)));
        // the receiving unit refuses at intake; the resolving unit (of an inter-linked dossier, another) rejects
        String decidedBy = refused ? dossier.unitName : dossier.resolvingUnitName;
        lines.add(Notice.Line.text("Qua xem xét, " + decidedBy + " thông báo không "
                + (refused ? "tiếp nhận" : "giải quyết") + " hồ sơ này với lý do cụ thể như sau:"));
        lines.add(Notice.Line.item(orDash(dossier.outcomeReason)));
        lines.add(Notice.Line.text("Xin thông báo để " + addressee(dossier) + " được biết và thực hiện."));
        return new Notice(decidedBy, REFUSAL_TITLE, dossier.receiptCode, decision.at, lines,
                link.trackingUrl(), link.secret(),
                List.of(refused ? "NGƯỜI TIẾP NHẬN HỒ SƠ" : "THỦ TRƯỞNG CƠ QUAN GIẢI QUYẾT"));
    }

    /**
     * Form 04 for a late dossier whose apology was recorded: the appointment it missed, the reason and the new
     * appointment date it asks the applicant to accept. When the letter extended the time (Decree 118/2025/NĐ-CP,
     * "đề nghị gia hạn"), the reason is the extension's, given to the applicant, and the letter names the new due
     * date; the appointment missed is then the one of the receipt slip, the due date before the first extension
     * since the clock last restarted, as the letter said when it was recorded (the history keeps it; the dossier's
     * own columns may have moved on since). Without an extension the reason is the apology's note, for viewers
     * who may read it.
     */
    static Notice apology(Dossier dossier, List<HistoryEntry> history, Viewer viewer, Link link) {
        HistoryEntry apology = null;
        OffsetDateTime original = null;
        OffsetDateTime originalThen = null;
        for (HistoryEntry entry : history) {
            if (entry.action == Action.RECEIVE_SUPPLEMENT) {
                original = null; // the restarted clock ends an extension (Dossier.receiveSupplement)
            } else if (entry.action == Action.APOLOGIZE) {
                if (original == null) {
                    original = detailTime(entry, "previousDueAt");
                }
                apology = entry;
                originalThen = original;
            }
        }
        if (apology == null) {
            throw notApplicable("no apology was recorded for this dossier: it is for a late dossier, after POST "
                    + ".../apologize with the new appointment date");
        }
        OffsetDateTime extendedTo = detailTime(apology, "dueAt");
        // the dossier keeps the latest apology's appointment, as this entry is the latest apology
        String appointment = dossier.appointmentDate == null ? "—" : DAY.format(dossier.appointmentDate);
        String whom = addressee(dossier);
        List<Notice.Line> lines = new ArrayList<>();
        lines.add(salutation(dossier));
        lines.add(received(dossier, whom));
        lines.add(Notice.Line.text("Thời gian hẹn trả kết quả giải quyết hồ sơ: "
                + FormPage.format(TIME, originalThen != null ? originalThen : dossier.dueAt) + "."));
        lines.add(Notice.Line.text("Đến nay, " + dossier.unitName + " chưa trả kết quả giải quyết hồ sơ của " + whom
                + " đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả."));
        if (extendedTo == null) {
            lines.add(Notice.Line.text("Lý do: " + orDash(viewer.note(apology.note))));
            lines.add(Notice.Line.text("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại, thời gian của "
                    + whom + ". " + dossier.unitName + " xin lỗi " + whom + " và đề nghị gia hạn thời gian giải "
                    + "quyết hồ sơ; kết quả giải quyết hồ sơ sẽ được trả vào ngày:"));
        } else {
            Object reason = apology.details.get("extensionReason");
            lines.add(Notice.Line.text("Lý do: "
                    + orDash(reason == null ? dossier.extensionReason : reason.toString())));
            lines.add(Notice.Line.text("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại, thời gian của "
                    + whom + ". " + dossier.unitName + " xin lỗi " + whom + " và đề nghị gia hạn thời gian giải "
                    + "quyết hồ sơ đến " + FormPage.format(TIME, extendedTo) + "; kết quả giải quyết hồ sơ sẽ được "
                    + "trả vào ngày:"));
        }
        lines.add(Notice.Line.strong("Ngày hẹn trả kết quả mới: " + appointment));
        return new Notice(dossier.unitName, APOLOGY_TITLE, dossier.receiptCode, apology.at, lines,
                link.trackingUrl(), link.secret(), List.of("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"));
    }

    /**
     * Form 05 for a dossier whose processing was stopped (dừng giải quyết, Decree 118/2025/NĐ-CP): when, by which
     * unit and why (the stop's reason, given to the applicant). Only the resolving unit stops processing
     * (Action.Side), so it heads and signs the notice; the receiving unit is named where it received the dossier.
     * Only a STOPPED dossier has one.
     */
    static Notice stopNotice(Dossier dossier, List<HistoryEntry> history, Link link) {
        if (dossier.status != DossierStatus.STOPPED) {
            throw notApplicable("the stop notice is for a dossier whose processing was stopped (STOPPED); this one is "
                    + dossier.status + (dossier.outcome == null ? "" : " (" + dossier.outcome + ")"));
        }
        HistoryEntry stop = decisive(dossier, history, Action.STOP);
        String whom = addressee(dossier);
        List<Notice.Line> lines = new ArrayList<>();
        lines.add(salutation(dossier));
        lines.add(received(dossier, whom));
        lines.add(Notice.Line.text("Thời gian hẹn trả kết quả giải quyết hồ sơ: "
                + FormPage.format(TIME, dossier.dueAt) + "."));
        lines.add(Notice.Line.text("Trong quá trình giải quyết, " + dossier.resolvingUnitName + " dừng giải quyết hồ "
                + "sơ của " + whom + " từ " + FormPage.format(TIME, stop.at) + " với lý do cụ thể như sau:"));
        lines.add(Notice.Line.item(orDash(dossier.outcomeReason)));
        lines.add(Notice.Line.text("Xin thông báo để " + whom + " được biết."));
        return new Notice(dossier.resolvingUnitName, STOP_TITLE, dossier.receiptCode, stop.at, lines,
                link.trackingUrl(), link.secret(), List.of("THỦ TRƯỞNG CƠ QUAN GIẢI QUYẾT"));
    }

    /** The latest entry of {@code action}, which a dossier in its state must have. */
    private static HistoryEntry decisive(Dossier dossier, List<HistoryEntry> history, Action action) {
        return history.stream().filter(e -> e.action == action).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("dossier " + dossier.id + " has no " + action));
    }

    /** A time the entry's details record (an ISO date-time, as the lifecycle writes them), or null. */
    static OffsetDateTime detailTime(HistoryEntry entry, String key) {
        Object value = entry.details == null ? null : entry.details.get(key);
        return value == null ? null : OffsetDateTime.parse(value.toString());
    }

    /** A letter's addressee line. */
    private static Notice.Line salutation(Dossier dossier) {
        return Notice.Line.strong("Kính gửi: " + (organisation(dossier) ? "" : "Ông/Bà ") + dossier.applicantName);
    }

    /** When and by whom the dossier was received, and for what. */
    private static Notice.Line received(Dossier dossier, String whom) {
        return Notice.Line.text("Ngày " + FormPage.format(DAY, dossier.receivedAt) + ", " + dossier.unitName
                + " tiếp nhận giải quyết hồ sơ " + dossier.procedureName + " (mã thủ tục " + dossier.procedureCode
                + ") của " + whom + ".");
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
