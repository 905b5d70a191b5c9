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
        assertThat(dossier.facts(AFTER_DUE)).isEqualTo(new Lifecycle.Facts(true, false));
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
        assertThat(dossier(DossierStatus.IN_PROGRESS).requestSupplement(List.of("Tờ khai")))
                .containsEntry("missingItems", List.of("Tờ khai"));
    }

    @Test
    void onlyResolvingAndWithdrawingSettleTheOutcome() {
        assertThat(Arrays.stream(Action.values()).filter(Action::resolves))
                .containsExactly(Action.RESOLVE, Action.WITHDRAW);
    }

    @Test
    void anApologyAppointmentMustBeAfterToday() {
        Dossier dossier = dossier(DossierStatus.IN_PROGRESS);
        LocalDate today = WorkingCalendar.businessDate(AFTER_DUE);
        // rejected before the calendar is asked whether the day is a working day
        WorkingCalendar noCalendar = null;
        assertThatThrownBy(() -> dossier.apologize(today, AFTER_DUE, noCalendar))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("appointmentDate");
                            assertThat(f.message()).contains("after today");
                        }));
        assertThat(dossier.apologyAt).isNull();
        assertThat(dossier.appointmentDate).isNull();
    }
}
