package vn.motcua.survey.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.Outcome;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.kafka.TestEvents;

/** The open window is a setting: with motcua.survey.open-days=7 a survey closes a week after the resolution. */
@QuarkusTest
@TestProfile(OpenDaysSettingTest.SevenDays.class)
class OpenDaysSettingTest {

    public static class SevenDays implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.survey.open-days", "7");
        }
    }

    private final SurveyFixtures fixtures = new SurveyFixtures();

    @Test
    void aSurveyStaysOpenForTheConfiguredNumberOfDays() {
        DossierReceivedV1 received = TestEvents.dossierReceived("000.00.47.H26", Channel.ONLINE);
        fixtures.events.sendDossierReceived(received);
        var resolution = SurveyFixtures.resolved(received, Outcome.APPROVED);
        fixtures.sendResolved(resolution);
        var open = SurveyFixtures.awaitState(received.surveyToken(), "OPEN");
        assertThat(OffsetDateTime.parse(open.getString("closesAt")).toInstant())
                .isEqualTo(resolution.resolvedAt().plusDays(7).toInstant());
        assertThat(OffsetDateTime.parse(open.getString("openedAt")).toInstant())
                .isEqualTo(resolution.resolvedAt().toInstant());
    }
}
