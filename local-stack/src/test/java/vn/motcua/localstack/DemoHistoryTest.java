package vn.motcua.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final OffsetDateTime NOW = TODAY.atTime(11, 0).atOffset(DemoHistory.VIETNAM);
    private static final LocalDate FROM = TODAY.minusDays(91);
    private static final List<DemoHistory.Procedure> PROCEDURES = List.of(
            new DemoHistory.Procedure("1.001193", Map.of("IN_PERSON", 1, "ONLINE", 1, "POSTAL", 1),
                    List.of("Tờ khai đăng ký khai sinh")),
            new DemoHistory.Procedure("2.000635", Map.of("IN_PERSON", 5), List.of("Đơn đề nghị")));

    private static List<DemoHistory.Dossier> history(long seed) {
        return new DemoHistory(PROCEDURES, DemoData.COMMUNES, seed, day -> day.plusDays(1))
                .generate(FROM, TODAY, NOW, 2.5);
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(history(7)).isEqualTo(history(7)).isNotEqualTo(history(8));
    }

    @Test
    void aboutTheAskedVolumeOnWeekdaysBeforeToday() {
        List<DemoHistory.Dossier> history = history(7);
        long weekdays = FROM.datesUntil(TODAY).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
        assertThat(history.size()).isBetween((int) (weekdays * 4 * 2), (int) (weekdays * 4 * 3));
        assertThat(history).allSatisfy(d -> {
            LocalDate day = d.receivedAt().toLocalDate();
            assertThat(day).isAfterOrEqualTo(FROM).isBefore(TODAY);
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(history.stream().map(DemoHistory.Dossier::legacyId).distinct()).hasSize(history.size());
        // dossier-service takes only plausible citizen IDs: province code, a sex/century digit 0-3, year, 6 digits
        assertThat(history).allSatisfy(d -> assertThat(d.applicant().get("citizenId")).matches("001[0-3][0-9]{8}"));
    }

    @Test
    void everyStepFollowsTheLastAndHappenedBeforeNow() {
        for (DemoHistory.Dossier dossier : history(7)) {
            OffsetDateTime previous = dossier.receivedAt();
            for (DemoHistory.Step step : dossier.steps()) {
                assertThat(step.at()).as(dossier.legacyId() + " " + step.action()).isAfter(previous).isBefore(NOW);
                previous = step.at();
            }
        }
    }

    @Test
    void theMixHasEveryFateAndOnlyChannelsTheProcedureOffers() {
        List<DemoHistory.Dossier> history = history(7);
        Map<DemoHistory.Fate, Long> fates = history.stream()
                .collect(Collectors.groupingBy(DemoHistory.Dossier::fate, Collectors.counting()));
        assertThat(fates.keySet()).containsExactlyInAnyOrder(DemoHistory.Fate.values());
        assertThat(fates.get(DemoHistory.Fate.ON_TIME)).isGreaterThan(history.size() / 2);
        assertThat(history).allSatisfy(d -> assertThat(PROCEDURES.stream()
                .filter(p -> p.code().equals(d.procedureCode())).findFirst().orElseThrow().processingDays())
                .containsKey(d.channel()));
        long online = history.stream().filter(d -> d.channel().equals("ONLINE")).count();
        assertThat(online).isBetween(history.size() / 5L, history.size() / 2L);
    }

    @Test
    void aLateDossierIsResolvedPastAnyDueDateAndApologisedForBeforeItsReturn() {
        List<DemoHistory.Dossier> late = history(7).stream().filter(d -> d.fate() == DemoHistory.Fate.LATE).toList();
        assertThat(late).isNotEmpty();
        for (DemoHistory.Dossier dossier : late) {
            int workingDays = PROCEDURES.stream().filter(p -> p.code().equals(dossier.procedureCode())).findFirst()
                    .orElseThrow().processingDays().get(dossier.channel());
            List<String> actions = dossier.steps().stream().map(DemoHistory.Step::action).toList();
            assertThat(actions).containsExactly("START", "RESOLVE", "APOLOGIZE", "RETURN");
            OffsetDateTime resolved = dossier.steps().get(1).at();
            assertThat(resolved).isAfterOrEqualTo(dossier.receivedAt().plusDays(2L * workingDays
                    + DemoHistory.LATE_MARGIN_DAYS));
            assertThat(dossier.steps().get(2).details().get("appointmentDate"))
                    .isEqualTo(resolved.toLocalDate().plusDays(1).toString());
        }
    }

    @Test
    void onTimeDossiersResolveOnTheDayTheirClockLastStarted() {
        for (DemoHistory.Dossier dossier : history(7)) {
            if (dossier.fate() != DemoHistory.Fate.ON_TIME) {
                continue;
            }
            List<DemoHistory.Step> steps = dossier.steps();
            OffsetDateTime clockStart = steps.stream().filter(s -> s.action().equals("RECEIVE_SUPPLEMENT"))
                    .map(DemoHistory.Step::at).findFirst().orElse(dossier.receivedAt());
            DemoHistory.Step resolve = steps.stream().filter(s -> s.action().equals("RESOLVE")).findFirst().orElseThrow();
            assertThat(resolve.at().toLocalDate()).isEqualTo(clockStart.toLocalDate());
            assertThat(steps.get(steps.size() - 1).action()).isEqualTo("RETURN");
        }
    }
}
