package vn.motcua.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.core.DossierStatus.IN_PROGRESS;
import static vn.motcua.dossier.core.DossierStatus.RECEIVED;
import static vn.motcua.dossier.core.DossierStatus.REFUSED;
import static vn.motcua.dossier.core.DossierStatus.RESOLVED;
import static vn.motcua.dossier.core.DossierStatus.RETURNED;
import static vn.motcua.dossier.core.DossierStatus.STOPPED;
import static vn.motcua.dossier.core.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.dossier.core.DossierStatus.WITHDRAWN;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Timeliness;

class LifecycleTest {

    /** Every legal (state, action) → next state; anything not listed is illegal. Apology and return rules aside. */
    private static final Map<DossierStatus, Map<Action, DossierStatus>> LEGAL = new EnumMap<>(DossierStatus.class);

    static {
        for (DossierStatus s : DossierStatus.values()) {
            LEGAL.put(s, new EnumMap<>(Action.class));
        }
        LEGAL.get(RECEIVED).put(Action.START, IN_PROGRESS);
        LEGAL.get(RECEIVED).put(Action.REFUSE, REFUSED);
        LEGAL.get(RECEIVED).put(Action.WITHDRAW, WITHDRAWN);
        LEGAL.get(RECEIVED).put(Action.APOLOGIZE, RECEIVED);
        LEGAL.get(IN_PROGRESS).put(Action.REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        LEGAL.get(IN_PROGRESS).put(Action.RESOLVE, RESOLVED);
        LEGAL.get(IN_PROGRESS).put(Action.WITHDRAW, WITHDRAWN);
        LEGAL.get(IN_PROGRESS).put(Action.APOLOGIZE, IN_PROGRESS);
        LEGAL.get(IN_PROGRESS).put(Action.STOP, STOPPED);
        LEGAL.get(SUPPLEMENT_REQUESTED).put(Action.RECEIVE_SUPPLEMENT, IN_PROGRESS);
        LEGAL.get(SUPPLEMENT_REQUESTED).put(Action.WITHDRAW, WITHDRAWN);
        LEGAL.get(SUPPLEMENT_REQUESTED).put(Action.APOLOGIZE, SUPPLEMENT_REQUESTED);
        LEGAL.get(SUPPLEMENT_REQUESTED).put(Action.STOP, STOPPED);
        LEGAL.get(RESOLVED).put(Action.RETURN, RETURNED);
        LEGAL.get(RESOLVED).put(Action.APOLOGIZE, RESOLVED);
        // handing an inter-linked dossier between its units keeps the state
        LEGAL.get(RECEIVED).put(Action.TRANSFER, RECEIVED);
        LEGAL.get(IN_PROGRESS).put(Action.TRANSFER, IN_PROGRESS);
        LEGAL.get(IN_PROGRESS).put(Action.RETURN_TO_RECEIVER, IN_PROGRESS);
        LEGAL.get(RESOLVED).put(Action.RETURN_TO_RECEIVER, RESOLVED);
    }

    private static final List<Lifecycle.Facts> ALL_FACTS = java.util.stream.IntStream.rangeClosed(0, 3).boxed()
            .flatMap(requests -> java.util.stream.Stream.of(new Lifecycle.Facts(false, false, requests),
                    new Lifecycle.Facts(true, false, requests), new Lifecycle.Facts(true, true, requests),
                    new Lifecycle.Facts(false, true, requests)))
            .toList();

    private static boolean expectedAllowed(DossierStatus from, Action action, Lifecycle.Facts facts) {
        if (!LEGAL.get(from).containsKey(action)) {
            return false;
        }
        if (action == Action.APOLOGIZE) {
            return facts.late();
        }
        if (action == Action.RETURN) {
            return !facts.late() || facts.apologized();
        }
        if (action == Action.REQUEST_SUPPLEMENT) {
            return facts.supplementRequests() < 2;
        }
        return true;
    }

    @Test
    void everyStateActionAndFactsCombination() {
        int checked = 0;
        for (DossierStatus from : DossierStatus.values()) {
            for (Lifecycle.Facts facts : ALL_FACTS) {
                for (Action action : Action.values()) {
                    checked++;
                    boolean allowed = expectedAllowed(from, action, facts);
                    assertThat(Lifecycle.allows(from, action, facts)).as("%s %s %s", from, action, facts)
                            .isEqualTo(allowed);
                    assertThat(Lifecycle.allowedActions(from, facts).contains(action)).isEqualTo(allowed);
                    if (allowed) {
                        assertThat(Lifecycle.apply(from, action, facts)).isEqualTo(LEGAL.get(from).get(action));
                    } else {
                        assertThatThrownBy(() -> Lifecycle.apply(from, action, facts))
                                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                                    assertThat(e.currentState()).isEqualTo(from);
                                    assertThat(e.action()).isEqualTo(action);
                                    assertThat(e.allowedActions()).isEqualTo(Lifecycle.allowedActions(from, facts))
                                            .doesNotContain(action);
                                    assertThat(e.getMessage()).isNotBlank();
                                });
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(DossierStatus.values().length * Action.values().length * ALL_FACTS.size());
    }

    @Test
    void allowedActionsOfEachStateOnTime() {
        Lifecycle.Facts f = Lifecycle.Facts.ON_TIME;
        assertThat(Lifecycle.allowedActions(RECEIVED, f))
                .containsExactly(Action.START, Action.WITHDRAW, Action.REFUSE, Action.TRANSFER);
        assertThat(Lifecycle.allowedActions(IN_PROGRESS, f)).containsExactly(Action.REQUEST_SUPPLEMENT,
                Action.RESOLVE, Action.WITHDRAW, Action.STOP, Action.TRANSFER, Action.RETURN_TO_RECEIVER);
        assertThat(Lifecycle.allowedActions(SUPPLEMENT_REQUESTED, f))
                .containsExactly(Action.RECEIVE_SUPPLEMENT, Action.WITHDRAW, Action.STOP);
        assertThat(Lifecycle.allowedActions(RESOLVED, f)).containsExactly(Action.RETURN, Action.RETURN_TO_RECEIVER);
        assertThat(Lifecycle.allowedActions(RETURNED, f)).isEmpty();
        assertThat(Lifecycle.allowedActions(WITHDRAWN, f)).isEmpty();
        assertThat(Lifecycle.allowedActions(REFUSED, f)).isEmpty();
        assertThat(Lifecycle.allowedActions(STOPPED, f)).isEmpty();
    }

    @Test
    void aSecondSupplementRequestIsPossibleAndAThirdIsNot() {
        assertThat(Lifecycle.allows(IN_PROGRESS, Action.REQUEST_SUPPLEMENT, new Lifecycle.Facts(false, false, 1)))
                .isTrue();
        Lifecycle.Facts twice = new Lifecycle.Facts(false, false, Lifecycle.MAX_SUPPLEMENT_REQUESTS);
        assertThat(Lifecycle.allowedActions(IN_PROGRESS, twice))
                .containsExactly(Action.RESOLVE, Action.WITHDRAW, Action.STOP, Action.TRANSFER, Action.RETURN_TO_RECEIVER);
        assertThatThrownBy(() -> Lifecycle.apply(IN_PROGRESS, Action.REQUEST_SUPPLEMENT, twice))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("already requested 2 times");
    }

    @Test
    void processingIsStoppedOnlyWhileItRunsOrWaitsForASupplement() {
        for (DossierStatus s : DossierStatus.values()) {
            boolean stoppable = s == IN_PROGRESS || s == SUPPLEMENT_REQUESTED;
            assertThat(Lifecycle.allows(s, Action.STOP, Lifecycle.Facts.ON_TIME)).as(s.name()).isEqualTo(stoppable);
            assertThat(Lifecycle.allows(s, Action.STOP, new Lifecycle.Facts(true, true, 2))).isEqualTo(stoppable);
        }
        assertThat(Lifecycle.isOpen(STOPPED)).isFalse();
        assertThat(Action.STOP.resolves()).isTrue();
    }

    @Test
    void aLateResolvedDossierIsReturnedOnlyAfterAnApology() {
        Lifecycle.Facts late = new Lifecycle.Facts(true, false, 0);
        assertThat(Lifecycle.allowedActions(RESOLVED, late)).containsExactly(Action.APOLOGIZE, Action.RETURN_TO_RECEIVER);
        assertThatThrownBy(() -> Lifecycle.apply(RESOLVED, Action.RETURN, late))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("apology");
        Lifecycle.Facts apologized = new Lifecycle.Facts(true, true, 0);
        assertThat(Lifecycle.allowedActions(RESOLVED, apologized))
                .containsExactly(Action.RETURN, Action.APOLOGIZE, Action.RETURN_TO_RECEIVER);
        assertThat(Lifecycle.apply(RESOLVED, Action.RETURN, apologized)).isEqualTo(RETURNED);
    }

    @Test
    void onlyReturnedWithdrawnRefusedAndStoppedAreFinal() {
        for (DossierStatus s : DossierStatus.values()) {
            boolean noWayOut = ALL_FACTS.stream().allMatch(f -> Lifecycle.allowedActions(s, f).isEmpty());
            assertThat(Lifecycle.isFinal(s)).as(s.name()).isEqualTo(noWayOut);
        }
    }

    @Test
    void timelinessIsByBusinessDateInVietnam() {
        OffsetDateTime due = OffsetDateTime.parse("2026-07-15T17:00:00+07:00");
        assertThat(Punctuality.of(OffsetDateTime.parse("2026-07-14T23:59:00+07:00"), due)).isEqualTo(Timeliness.EARLY);
        assertThat(Punctuality.of(OffsetDateTime.parse("2026-07-15T00:00:00+07:00"), due))
                .isEqualTo(Timeliness.ON_TIME);
        // after office hours but still the due date in Vietnam
        assertThat(Punctuality.of(OffsetDateTime.parse("2026-07-15T20:00:00+07:00"), due))
                .isEqualTo(Timeliness.ON_TIME);
        // 2026-07-15T17:30Z is already 16 July in Vietnam
        assertThat(Punctuality.of(OffsetDateTime.parse("2026-07-15T17:30:00Z"), due)).isEqualTo(Timeliness.LATE);
        assertThat(Punctuality.late(null, due, OffsetDateTime.parse("2026-07-16T08:00:00+07:00"))).isTrue();
        assertThat(Punctuality.late(null, due, OffsetDateTime.parse("2026-07-15T16:00:00+07:00"))).isFalse();
        // resolved on time stays on time later on
        assertThat(Punctuality.late(OffsetDateTime.parse("2026-07-15T10:00:00+07:00"), due,
                OffsetDateTime.parse("2026-08-01T10:00:00+07:00"))).isFalse();
    }
}
