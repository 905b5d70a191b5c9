package vn.motcua.dossier.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.core.Action;
import vn.motcua.dossier.core.ApplicantType;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/** What the forms say, from a dossier and its history, without a database. */
class FormContentTest {

    private static final Viewer OFFICER = new Viewer(Viewer.Kind.OFFICER, "can-bo-1", "000.21.20.H29");
    private static final Viewer SYSTEM = new Viewer(Viewer.Kind.COMMUNE_SYSTEM, "he-thong-xa", "000.21.20.H29");
    private static final Notices.Link LINK = new Notices.Link("https://tracuu.example/api/v1/public/dossiers/X", null);
    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-01-05T08:30:00+07:00");

    private static Dossier dossier(DossierStatus status) {
        Dossier dossier = new Dossier();
        dossier.id = UUID.randomUUID();
        dossier.status = status;
        dossier.receiptCode = "000.21.20.H29-260105-0042";
        dossier.unitName = "UBND phường Bến Nghé";
        dossier.procedureCode = "2.000635";
        dossier.procedureName = "Đăng ký thành lập hộ kinh doanh";
        dossier.applicantType = ApplicantType.ORGANIZATION;
        dossier.applicantName = "Công ty TNHH Hạt Điều Bình Phước";
        dossier.applicantPhone = "0283 822 1234";
        dossier.receivedAt = RECEIVED;
        dossier.receivedBy = "can-bo-mot-cua";
        dossier.dueAt = OffsetDateTime.parse("2026-01-08T17:00:00+07:00");
        return dossier;
    }

    private static HistoryEntry entry(Action action, String at, String note, Map<String, Object> details) {
        HistoryEntry entry = new HistoryEntry();
        entry.action = action;
        entry.at = OffsetDateTime.parse(at);
        entry.actor = "can-bo-1";
        entry.note = note;
        entry.details = details;
        return entry;
    }

    private static List<String> text(Notice notice) {
        return notice.lines().stream().map(Notice.Line::text).toList();
    }

    @Test
    void theSupplementRequestIsTheLatestOneCountedAndItsNoteIsForOfficersOnly() {
        List<HistoryEntry> history = List.of(
                entry(Action.REQUEST_SUPPLEMENT, "2026-01-06T09:00:00+07:00", null,
                        Map.of("missingItems", List.of("Bản sao điều lệ"))),
                entry(Action.RECEIVE_SUPPLEMENT, "2026-01-07T09:00:00+07:00", null, null),
                entry(Action.REQUEST_SUPPLEMENT, "2026-01-08T09:00:00+07:00", "Gọi số 0909 123 456",
                        Map.of("missingItems", List.of("Giấy đề nghị có chữ ký", "Hợp đồng thuê nhà"),
                                "supplementRequestNumber", 2, "reason", "Giấy đề nghị chưa có chữ ký")));
        Notice notice = Notices.supplementRequest(dossier(DossierStatus.SUPPLEMENT_REQUESTED), history, OFFICER, LINK);

        assertThat(notice.title()).isEqualTo(Notices.SUPPLEMENT_TITLE);
        assertThat(notice.dated()).isEqualTo(history.get(2).at);
        assertThat(text(notice)).contains("Hồ sơ của: Tổ chức: Công ty TNHH Hạt Điều Bình Phước",
                "Yêu cầu bổ sung, hoàn thiện hồ sơ (lần thứ 2) gồm những nội dung sau:", "1. Giấy đề nghị có chữ ký",
                "2. Hợp đồng thuê nhà", "Lý do phải bổ sung lần nữa: Giấy đề nghị chưa có chữ ký",
                "Ghi chú: Gọi số 0909 123 456", "Địa chỉ: —")
                .doesNotContain("1. Bản sao điều lệ");
        assertThat(String.join(" ", text(Notices.supplementRequest(dossier(DossierStatus.SUPPLEMENT_REQUESTED),
                history, SYSTEM, LINK)))).doesNotContain("0909 123 456").contains("liên hệ Bộ phận Một cửa");
    }

    @Test
    void aFormThatDoesNotFitTheDossierIsAConflictNamingWhy() {
        Dossier approved = dossier(DossierStatus.RESOLVED);
        approved.outcome = Outcome.APPROVED;
        assertThatThrownBy(() -> Notices.refusal(approved, List.of(), LINK)).isInstanceOfSatisfying(
                ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                    assertThat(e.detail()).contains("RESOLVED (APPROVED)");
                });
        assertThatThrownBy(() -> Notices.supplementRequest(dossier(DossierStatus.IN_PROGRESS), List.of(), OFFICER,
                LINK)).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThatThrownBy(() -> Notices.apology(dossier(DossierStatus.IN_PROGRESS), List.of(), OFFICER, LINK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.detail()).contains("apolog"));
    }

    @Test
    void aRefusalAtIntakeAndARejectionSayWhichAndGiveTheReason() {
        Dossier refused = dossier(DossierStatus.REFUSED);
        refused.outcomeReason = "Thiếu giấy tờ tùy thân";
        Notice refusal = Notices.refusal(refused, List.of(entry(Action.REFUSE, "2026-01-05T08:40:00+07:00", null,
                Map.of("reason", refused.outcomeReason))), LINK);
        assertThat(text(refusal)).contains("Thiếu giấy tờ tùy thân")
                .anyMatch(line -> line.contains("không tiếp nhận hồ sơ này"));
        assertThat(refusal.signers()).containsExactly("NGƯỜI TIẾP NHẬN HỒ SƠ");

        Dossier rejected = dossier(DossierStatus.RETURNED);
        rejected.resolvingUnitName = "Sở Tài chính Thành phố Hồ Chí Minh";
        rejected.outcome = Outcome.REJECTED;
        rejected.outcomeReason = "Ngành nghề kinh doanh bị cấm";
        Notice rejection = Notices.refusal(rejected, List.of(entry(Action.RESOLVE, "2026-01-07T10:00:00+07:00", null,
                Map.of("outcome", "REJECTED"))), LINK);
        assertThat(text(rejection)).contains("Ngành nghề kinh doanh bị cấm", "Qua xem xét, Sở Tài chính Thành phố "
                + "Hồ Chí Minh thông báo không giải quyết hồ sơ này với lý do cụ thể như sau:");
        // the resolving unit of an inter-linked dossier rejects it; the ward refused at intake
        assertThat(rejection.unitName()).isEqualTo(rejected.resolvingUnitName);
        assertThat(refusal.unitName()).isEqualTo(refused.unitName);
        assertThat(rejection.dated()).isEqualTo(OffsetDateTime.parse("2026-01-07T10:00:00+07:00"));
    }

    @Test
    void theApologyGivesTheMissedAppointmentTheReasonAndTheNewDate() {
        Dossier late = dossier(DossierStatus.IN_PROGRESS);
        late.appointmentDate = LocalDate.of(2026, 1, 14);
        Notice apology = Notices.apology(late, List.of(entry(Action.APOLOGIZE, "2026-01-09T08:00:00+07:00",
                "Chờ ý kiến của Sở Tài chính", Map.of("appointmentDate", "2026-01-14"))), OFFICER, LINK);
        assertThat(text(apology)).contains("Kính gửi: Công ty TNHH Hạt Điều Bình Phước",
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 08/01/2026.",
                "Lý do: Chờ ý kiến của Sở Tài chính", "Ngày hẹn trả kết quả mới: 14/01/2026");
        assertThat(SlipReader.read(apology.render()).text()).contains(Notices.APOLOGY_TITLE,
                "Mã hồ sơ: 000.21.20.H29-260105-0042", "UBND PHƯỜNG BẾN NGHÉ", "Ngày 09 tháng 01 năm 2026");
    }

    @Test
    void anApologyThatExtendedTheTimeGivesTheReceiptsAppointmentTheExtensionsReasonAndTheNewDueDate() {
        Dossier late = dossier(DossierStatus.IN_PROGRESS);
        // the dossier's columns after two extensions, the second one's: the letter reprints what it said
        late.originalDueAt = OffsetDateTime.parse("2026-01-08T17:00:00+07:00");
        late.dueAt = OffsetDateTime.parse("2026-01-20T17:00:00+07:00");
        late.extensionReason = "Chờ kết quả giám định";
        late.appointmentDate = LocalDate.of(2026, 1, 21);
        List<HistoryEntry> history = List.of(
                entry(Action.APOLOGIZE, "2026-01-09T08:00:00+07:00", "Văn bản số 12/UBND", Map.of(
                        "appointmentDate", "2026-01-14", "previousDueAt", "2026-01-08T17:00+07:00",
                        "dueAt", "2026-01-14T17:00+07:00", "extensionReason", "Phải xác minh tại Sở Tư pháp")),
                entry(Action.APOLOGIZE, "2026-01-15T08:00:00+07:00", "Văn bản số 15/UBND", Map.of(
                        "appointmentDate", "2026-01-21", "previousDueAt", "2026-01-14T17:00+07:00",
                        "dueAt", "2026-01-20T17:00+07:00", "extensionReason", "Chờ kết quả giám định")));
        Notice apology = Notices.apology(late, history, OFFICER, LINK);
        assertThat(apology.dated()).isEqualTo(history.get(1).at);
        assertThat(text(apology)).contains(
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 08/01/2026.",
                "Lý do: Chờ kết quả giám định", "Ngày hẹn trả kết quả mới: 21/01/2026")
                .anyMatch(line -> line.endsWith("đề nghị gia hạn thời gian giải quyết hồ sơ đến 17 giờ 00 phút, "
                        + "ngày 20/01/2026; kết quả giải quyết hồ sơ sẽ được trả vào ngày:"))
                .noneMatch(line -> line.contains("Văn bản số") || line.contains("14/01/2026"));

        // a received supplement restarted the clock between the two: the second letter's missed appointment is
        // the due date of the restarted clock, the one its extension moved
        List<HistoryEntry> restarted = List.of(history.get(0),
                entry(Action.RECEIVE_SUPPLEMENT, "2026-01-12T09:00:00+07:00", null, Map.of(
                        "previousDueAt", "2026-01-14T17:00+07:00", "dueAt", "2026-01-13T17:00+07:00")),
                entry(Action.APOLOGIZE, "2026-01-15T08:00:00+07:00", null, Map.of("appointmentDate", "2026-01-21",
                        "previousDueAt", "2026-01-13T17:00+07:00", "dueAt", "2026-01-20T17:00+07:00",
                        "extensionReason", "Chờ kết quả giám định")));
        assertThat(text(Notices.apology(late, restarted, OFFICER, LINK)))
                .contains("Thời gian hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 13/01/2026.");
    }

    @Test
    void theStopNoticeIsForAStoppedDossierOnlyAndTheRefusalSlipIsNot() {
        Dossier stopped = dossier(DossierStatus.STOPPED);
        stopped.resolvingUnitName = "Sở Tư pháp Thành phố Hồ Chí Minh";
        stopped.outcome = Outcome.REJECTED;
        stopped.outcomeReason = "Có tranh chấp về quyền sử dụng đất";
        List<HistoryEntry> history = List.of(entry(Action.START, "2026-01-05T10:00:00+07:00", null, null),
                entry(Action.STOP, "2026-01-07T14:20:00+07:00", "Gọi số 0909 123 456", Map.of("outcome", "REJECTED",
                        "reason", stopped.outcomeReason, "stopped", true)));
        Notice notice = Notices.stopNotice(stopped, history, LINK);
        assertThat(notice.title()).isEqualTo(Notices.STOP_TITLE);
        assertThat(notice.dated()).isEqualTo(history.get(1).at);
        assertThat(notice.signers()).containsExactly("THỦ TRƯỞNG CƠ QUAN GIẢI QUYẾT");
        // an inter-linked dossier: received at the ward, stopped by the department resolving it
        assertThat(notice.unitName()).isEqualTo(stopped.resolvingUnitName);
        assertThat(text(notice)).contains("Kính gửi: Công ty TNHH Hạt Điều Bình Phước",
                "Ngày 05/01/2026, UBND phường Bến Nghé tiếp nhận giải quyết hồ sơ Đăng ký thành lập hộ kinh doanh "
                        + "(mã thủ tục 2.000635) của tổ chức.",
                "Trong quá trình giải quyết, Sở Tư pháp Thành phố Hồ Chí Minh dừng giải quyết hồ sơ của tổ chức từ "
                        + "14 giờ 20 phút, ngày 07/01/2026 với lý do cụ thể như sau:",
                "Có tranh chấp về quyền sử dụng đất")
                .noneMatch(line -> line.contains("0909"));
        assertThat(SlipReader.read(notice.render()).text()).contains(Notices.STOP_TITLE,
                "Mã hồ sơ: 000.21.20.H29-260105-0042", "SỞ TƯ PHÁP THÀNH PHỐ HỒ CHÍ MINH", "Ngày 07 tháng 01 năm 2026");

        assertThatThrownBy(() -> Notices.refusal(stopped, history, LINK)).isInstanceOfSatisfying(
                ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                    assertThat(e.detail()).contains("STOPPED", "stop-notice");
                });
        Dossier rejected = dossier(DossierStatus.RESOLVED);
        rejected.outcome = Outcome.REJECTED;
        assertThatThrownBy(() -> Notices.stopNotice(rejected, List.of(), LINK)).isInstanceOfSatisfying(
                ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                    assertThat(e.detail()).contains("RESOLVED (REJECTED)");
                });
    }

    @Test
    void theControlSlipOfAnExtendedDossierJudgesItsStepsAgainstTheDueDateBeforeTheExtension() {
        Dossier dossier = dossier(DossierStatus.RESOLVED);
        dossier.originalDueAt = OffsetDateTime.parse("2026-01-08T17:00:00+07:00");
        dossier.dueAt = OffsetDateTime.parse("2026-01-14T17:00:00+07:00");
        List<HistoryEntry> history = List.of(
                entry(Action.START, "2026-01-05T10:00:00+07:00", null, null),
                entry(Action.APOLOGIZE, "2026-01-09T08:00:00+07:00", null, Map.of("appointmentDate", "2026-01-14",
                        "previousDueAt", "2026-01-08T17:00+07:00", "dueAt", "2026-01-14T17:00+07:00",
                        "extensionReason", "xác minh")),
                entry(Action.RESOLVE, "2026-01-13T11:00:00+07:00", null, Map.of("outcome", "APPROVED")));
        ControlSlip slip = ControlSlip.of(dossier, history, OFFICER, LINK, RECEIVED);
        assertThat(slip.steps()).extracting(ControlSlip.Step::dueAt).containsOnly(dossier.originalDueAt);
        assertThat(slip.steps()).extracting(ControlSlip.Step::timeliness).containsExactly(Timeliness.EARLY,
                Timeliness.EARLY, Timeliness.LATE, Timeliness.LATE);
    }

    @Test
    void theControlSlipNamesTheUnitHoldingAnInterLinkedDossierAtEachStep() {
        Dossier dossier = dossier(DossierStatus.RETURNED);
        dossier.dueAt = OffsetDateTime.parse("2026-01-15T17:00:00+07:00");
        String department = "Sở Nông nghiệp và Môi trường";
        List<HistoryEntry> history = List.of(
                entry(Action.TRANSFER, "2026-01-05T10:00:00+07:00", null, Map.of("toUnitName", department)),
                entry(Action.START, "2026-01-06T10:00:00+07:00", null, null),
                entry(Action.RESOLVE, "2026-01-09T11:00:00+07:00", null, Map.of("outcome", "APPROVED")),
                entry(Action.RETURN_TO_RECEIVER, "2026-01-09T15:00:00+07:00", null,
                        Map.of("toUnitName", dossier.unitName)),
                entry(Action.RETURN, "2026-01-12T09:00:00+07:00", null, null));
        ControlSlip slip = ControlSlip.of(dossier, history, OFFICER, LINK, RECEIVED);

        assertThat(slip.steps()).extracting(ControlSlip.Step::unitName).containsExactly(dossier.unitName,
                dossier.unitName, department, department, department, dossier.unitName);
        assertThat(slip.steps().get(1).step()).isEqualTo("Chuyển hồ sơ liên thông đến " + department);
        assertThat(slip.steps().get(4).step()).isEqualTo("Chuyển hồ sơ, kết quả về " + dossier.unitName);
        assertThat(SlipReader.read(slip.render()).text()).contains("Sở Nông nghiệp");
    }

    @Test
    void theControlSlipJudgesEachStepAgainstTheDueDateInForceThen() {
        Dossier dossier = dossier(DossierStatus.RESOLVED);
        dossier.dueAt = OffsetDateTime.parse("2026-01-15T17:00:00+07:00");
        List<HistoryEntry> history = List.of(
                entry(Action.START, "2026-01-05T10:00:00+07:00", "Chuyển phòng kinh tế", null),
                entry(Action.REQUEST_SUPPLEMENT, "2026-01-09T09:00:00+07:00", null, null),
                entry(Action.RECEIVE_SUPPLEMENT, "2026-01-12T09:00:00+07:00", null, Map.of(
                        "previousDueAt", "2026-01-08T17:00:00+07:00", "dueAt", "2026-01-15T17:00:00+07:00")),
                entry(Action.RESOLVE, "2026-01-15T11:00:00+07:00", null, Map.of("outcome", "APPROVED")));
        ControlSlip slip = ControlSlip.of(dossier, history, SYSTEM, LINK, RECEIVED);

        assertThat(slip.steps()).extracting(ControlSlip.Step::step).containsExactly("Tiếp nhận hồ sơ",
                "Chuyển xử lý, thẩm định hồ sơ", "Yêu cầu bổ sung, hoàn thiện hồ sơ",
                "Nhận hồ sơ đã bổ sung, hoàn thiện", "Giải quyết xong: chấp thuận");
        assertThat(slip.steps()).extracting(ControlSlip.Step::timeliness).containsExactly(Timeliness.EARLY,
                Timeliness.EARLY, Timeliness.LATE, Timeliness.EARLY, Timeliness.ON_TIME);
        assertThat(slip.steps().get(2).dueAt()).isEqualTo(OffsetDateTime.parse("2026-01-08T17:00:00+07:00"));
        // a commune system's copy carries no staff notes
        assertThat(slip.steps()).extracting(ControlSlip.Step::note).containsOnlyNulls();
        assertThat(ControlSlip.of(dossier, history, OFFICER, LINK, RECEIVED).steps().get(1).note())
                .isEqualTo("Chuyển phòng kinh tế");
        assertThat(SlipReader.read(slip.render()).text()).contains("Quá hạn", "Đúng hạn", "Trước hạn",
                "17:00 08/01/2026");
    }

    @Test
    void theRegistersNoteSaysTheStateWhetherItIsLateAndTheNewAppointmentNeverWhoTheApplicantIs() {
        OffsetDateTime later = OffsetDateTime.parse("2026-01-20T09:00:00+07:00");
        Dossier pending = dossier(DossierStatus.IN_PROGRESS);
        pending.appointmentDate = LocalDate.of(2026, 1, 22);
        assertThat(DossierRegister.note(pending, later)).isEqualTo("Đang giải quyết; quá hạn; hẹn lại ngày 22/01/2026");
        Dossier refused = dossier(DossierStatus.REFUSED);
        assertThat(DossierRegister.note(refused, later)).isEqualTo("Từ chối tiếp nhận");
        Dossier onTime = dossier(DossierStatus.RETURNED);
        onTime.outcome = Outcome.APPROVED;
        onTime.resolvedAt = OffsetDateTime.parse("2026-01-07T15:00:00+07:00");
        assertThat(DossierRegister.note(onTime, later)).isEqualTo("Đã trả kết quả");

        pending.applicantType = ApplicantType.CITIZEN;
        pending.applicantName = "Trần Thị Bình";
        pending.applicantAddress = "12 Lê Lợi";
        DossierRegister.Row masked = DossierRegister.row(pending, null, null, true, later);
        assertThat(masked.applicant()).isEqualTo("T*** T** B");
        assertThat(masked.addressAndPhone()).isEmpty();
        assertThat(DossierRegister.row(pending, null, null, false, later).addressAndPhone())
                .isEqualTo("12 Lê Lợi, 0283 822 1234");
    }

    @Test
    void theRegisterNamesTheResolvingUnitOfAnInterLinkedDossier() {
        OffsetDateTime later = OffsetDateTime.parse("2026-01-20T09:00:00+07:00");
        Dossier here = dossier(DossierStatus.IN_PROGRESS);
        assertThat(DossierRegister.row(here, null, null, false, later).resolvingUnit()).isEqualTo("UBND phường Bến Nghé");
        Dossier interLinked = dossier(DossierStatus.IN_PROGRESS);
        interLinked.resolvingUnitName = "Sở Nông nghiệp và Môi trường";
        assertThat(DossierRegister.row(interLinked, null, null, false, later).resolvingUnit())
                .isEqualTo("Sở Nông nghiệp và Môi trường");
    }
}
