package vn.motcua.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.events.Outcome;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/** The dossier's own lifecycle rules, without a database. */
class DossierTest {

    private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-07-16T17:00:00+07:00");
    private static final OffsetDateTime BEFORE_DUE = OffsetDateTime.parse("2026-07-15T10:00:00+07:00");
    private static final OffsetDateTime AFTER_DUE = OffsetDateTime.parse("2026-07-20T10:00:00+07:00");

    private static Dossier dossier(DossierStatus status) {
        Dossier dossier = new Dossier();
        dossier.status = status;
        dossier.dueAt = DUE;
        return dossier;
    }

    @Test
    void theNextStateFollowsTheLifecycleAndChangesNothing() {
        Dossier dossier = dossier(DossierStatus.RECEIVED);
        assertThat(dossier.next(Action.START, BEFORE_DUE)).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(dossier.status).isEqualTo(DossierStatus.RECEIVED);
        assertThatThrownBy(() -> dossier.next(Action.RESOLVE, BEFORE_DUE))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aLateDossierNeedsAnApologyBeforeItsResultIsReturned() {
        Dossier dossier = dossier(DossierStatus.IN_PROGRESS);
        assertThatThrownBy(() -> dossier.next(Action.APOLOGIZE, BEFORE_DUE))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("only a late dossier");
        dossier.resolve(Outcome.APPROVED, null, AFTER_DUE);
        dossier.status = DossierStatus.RESOLVED;
        assertThat(dossier.facts(AFTER_DUE)).isEqualTo(new Lifecycle.Facts(true, false, 0));
        assertThatThrownBy(() -> dossier.next(Action.RETURN, AFTER_DUE))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("apology letter");
        dossier.apologyAt = AFTER_DUE;
        assertThat(dossier.next(Action.RETURN, AFTER_DUE)).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void resolvingRecordsOutcomeReasonTimeAndTimeliness() {
        Dossier dossier = dossier(DossierStatus.IN_PROGRESS);
        assertThat(dossier.resolve(Outcome.REJECTED, "thiếu giấy tờ", BEFORE_DUE)).containsExactly(
                Map.entry("outcome", "REJECTED"), Map.entry("reason", "thiếu giấy tờ"),
                Map.entry("timeliness", "EARLY"));
        assertThat(dossier.outcome).isEqualTo(Outcome.REJECTED);
        assertThat(dossier.outcomeReason).isEqualTo("thiếu giấy tờ");
        assertThat(dossier.resolvedAt).isEqualTo(BEFORE_DUE);
        assertThat(dossier(DossierStatus.IN_PROGRESS).resolve(Outcome.APPROVED, null, AFTER_DUE))
                .doesNotContainKey("reason").containsEntry("timeliness", "LATE");
    }

    @Test
    void withdrawingAndRefusingRecordWhatHappened() {
        Dossier withdrawn = dossier(DossierStatus.RECEIVED);
        assertThat(withdrawn.withdraw(DUE)).containsEntry("timeliness", "ON_TIME");
        assertThat(withdrawn.outcome).isEqualTo(Outcome.WITHDRAWN);
        assertThat(withdrawn.resolvedAt).isEqualTo(DUE);

        Dossier refused = dossier(DossierStatus.RECEIVED);
        assertThat(refused.refuse("không thuộc thẩm quyền")).containsEntry("reason", "không thuộc thẩm quyền");
        assertThat(refused.outcomeReason).isEqualTo("không thuộc thẩm quyền");
        assertThat(refused.outcome).isNull();
        assertThat(dossier(DossierStatus.IN_PROGRESS).requestSupplement(List.of("Tờ khai"), null))
                .containsEntry("missingItems", List.of("Tờ khai")).containsEntry("supplementRequestNumber", 1);
    }

    @Test
    void resolvingWithdrawingAndStoppingSettleTheOutcome() {
        assertThat(Arrays.stream(Action.values()).filter(Action::resolves))
                .containsExactly(Action.RESOLVE, Action.WITHDRAW, Action.STOP);
    }

    @Test
    void aStopEndsTheDossierRejectedWithItsReasonAndTimeliness() {
        Dossier dossier = dossier(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(dossier.stop("không bổ sung trong thời hạn", AFTER_DUE)).containsExactly(
                Map.entry("outcome", "REJECTED"), Map.entry("reason", "không bổ sung trong thời hạn"),
                Map.entry("timeliness", "LATE"), Map.entry("stopped", true));
        assertThat(dossier.outcome).isEqualTo(Outcome.REJECTED);
        assertThat(dossier.outcomeReason).isEqualTo("không bổ sung trong thời hạn");
        assertThat(dossier.resolvedAt).isEqualTo(AFTER_DUE);
    }

    @Test
    void supplementRequestsAreNumberedAndTheSecondNeedsAReason() {
        Dossier dossier = dossier(DossierStatus.IN_PROGRESS);
        dossier.requestSupplement(List.of("Tờ khai"), null);
        assertThatThrownBy(() -> dossier.requestSupplement(List.of("CCCD"), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNPROCESSABLE);
                    assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("reason"));
                });
        assertThat(dossier.supplementRequestCount).isEqualTo(1);
        assertThat(dossier.requestSupplement(List.of("CCCD"), "bản sao không chứng thực"))
                .containsEntry("supplementRequestNumber", 2).containsEntry("reason", "bản sao không chứng thực");
        assertThat(dossier.supplementRequestCount).isEqualTo(2);
        assertThat(dossier.facts(BEFORE_DUE).supplementRequests()).isEqualTo(2);
    }

    @Test
    void anExtensionKeepsTheOriginalDueDateForTimeliness() {
        Dossier dossier = dossier(DossierStatus.IN_PROGRESS);
        OffsetDateTime extended = OffsetDateTime.parse("2026-07-24T17:00:00+07:00");
        dossier.originalDueAt = DUE;
        dossier.dueAt = extended;
        assertThat(dossier.punctualityDueAt()).isEqualTo(DUE);
        // resolved within the extension: still late, against the due date of the receipt
        assertThat(dossier.facts(AFTER_DUE).late()).isTrue();
        assertThat(dossier.resolve(Outcome.APPROVED, null, AFTER_DUE)).containsEntry("timeliness", "LATE");
        // without an extension the due date in force decides, as before
        assertThat(dossier(DossierStatus.IN_PROGRESS).punctualityDueAt()).isEqualTo(DUE);
    }

    @Test
    void anExtensionOfAResolvedDossierOrToADateNotAfterTheDueDateIsRefused() {
        LocalDate today = WorkingCalendar.businessDate(AFTER_DUE);
        WorkingCalendar noCalendar = null; // each rule here is decided before the calendar is asked
        Dossier resolved = dossier(DossierStatus.RESOLVED);
        assertThatThrownBy(() -> resolved.apologize(today, new Dossier.Extension(today.plusDays(7), "xác minh"),
                AFTER_DUE, noCalendar)).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field())
                                .containsExactly("appointmentDate", "newDueDate"));
        Dossier open = dossier(DossierStatus.IN_PROGRESS);
        for (LocalDate notAfter : List.of(WorkingCalendar.businessDate(DUE), today)) {
            assertThatThrownBy(() -> open.apologize(today, new Dossier.Extension(notAfter, "xác minh"), AFTER_DUE,
                    noCalendar)).isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.errors()).filteredOn(f -> f.field().equals("newDueDate"))
                                    .singleElement().satisfies(f -> assertThat(f.message()).contains("after the due")));
        }
        assertThat(open.dueAt).isEqualTo(DUE);
        assertThat(open.originalDueAt).isNull();
        assertThat(open.apologyAt).isNull();
    }

    @Test
    void anApologyAppointmentMustBeAfterToday() {
        Dossier dossier = dossier(DossierStatus.IN_PROGRESS);
        LocalDate today = WorkingCalendar.businessDate(AFTER_DUE);
        // rejected before the calendar is asked whether the day is a working day
        WorkingCalendar noCalendar = null;
        assertThatThrownBy(() -> dossier.apologize(today, null, AFTER_DUE, noCalendar))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("appointmentDate");
                            assertThat(f.message()).contains("after today");
                        }));
        assertThat(dossier.apologyAt).isNull();
        assertThat(dossier.appointmentDate).isNull();
    }
}
