package vn.motcua.dossier.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Outcome;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

class TransitionRulesTest {

    private static void rejects(Runnable rule, String field) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo(field));
        });
    }

    @Test
    void aRejectionNeedsAReasonAndAnApprovalHasNone() {
        assertThat(TransitionRules.resolution(new Requests.Resolve("REJECTED", "  trùng hồ sơ ", null)))
                .isEqualTo(new TransitionRules.Resolution(Outcome.REJECTED, "trùng hồ sơ"));
        assertThat(TransitionRules.resolution(new Requests.Resolve("APPROVED", " ", null)))
                .isEqualTo(new TransitionRules.Resolution(Outcome.APPROVED, null));
        rejects(() -> TransitionRules.resolution(new Requests.Resolve("REJECTED", " ", null)), "reason");
        rejects(() -> TransitionRules.resolution(new Requests.Resolve("APPROVED", "vì sao", null)), "reason");
    }

    @Test
    void anAppointmentDateIsAnIsoDateInTheSupportedRange() {
        assertThat(TransitionRules.appointmentDate(new Requests.Apology(" 2026-12-01 ", null, null, null)))
                .isEqualTo(LocalDate.of(2026, 12, 1));
        for (String bad : List.of("15/07/2026", "2026-02-30", "3000-01-01", "1899-12-31", "+10000-01-01")) {
            rejects(() -> TransitionRules.appointmentDate(new Requests.Apology(bad, null, null, null)),
                    "appointmentDate");
        }
    }

    @Test
    void anExtensionIsANewDueDateWithItsReasonAndAReasonGoesOnlyWithIt() {
        assertThat(TransitionRules.extension(new Requests.Apology("2026-12-02", null, null, "  ")))
                .isNull();
        assertThat(TransitionRules.extension(new Requests.Apology("2026-12-02", null, " 2026-12-01 ", " xác minh ")))
                .isEqualTo(new vn.motcua.dossier.core.Dossier.Extension(LocalDate.of(2026, 12, 1), "xác minh"));
        rejects(() -> TransitionRules.extension(new Requests.Apology("2026-12-02", null, null, "xác minh")),
                "reason");
        rejects(() -> TransitionRules.extension(new Requests.Apology("2026-12-02", null, "2026-12-01", " ")),
                "reason");
        for (String bad : List.of("", "01/12/2026", "2026-13-01", "3000-01-01")) {
            rejects(() -> TransitionRules.extension(new Requests.Apology("2026-12-02", null, bad, "xác minh")),
                    "newDueDate");
        }
    }

    @Test
    void textIsStoredStrippedAndEmptyAsNone() {
        assertThat(TransitionRules.note(null)).isNull();
        assertThat(TransitionRules.note(new Requests.Note("   "))).isNull();
        assertThat(TransitionRules.note(new Requests.Note(" đã báo "))).isEqualTo("đã báo");
        assertThat(TransitionRules.missingItems(new Requests.Supplement(List.of(" Tờ khai ", "CCCD"), null, null)))
                .containsExactly("Tờ khai", "CCCD");
    }
}
