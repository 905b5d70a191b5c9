package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventAttributesTest {

    private static final OffsetDateTime TIME = OffsetDateTime.parse("2026-07-15T08:30:00+07:00");

    @Test
    void headersRoundTrip() {
        var attributes = new CloudEventAttributes("e-1", "/motcua/dossier-service", EventTypes.DOSSIER_RECEIVED_V1,
                TIME, "000.00.20.H26-260715-0001");
        Map<String, String> headers = attributes.headers();
        assertThat(headers).containsEntry("ce_specversion", "1.0").containsEntry("content-type", "application/json");
        assertThat(CloudEventAttributes.read(headers::get)).isEqualTo(attributes);
    }

    @Test
    void timeAlwaysCarriesSecondsAsRfc3339Requires() {
        var onTheMinute = new CloudEventAttributes("e-1", "/s", EventTypes.DOSSIER_RECEIVED_V1, TIME, null);
        assertThat(onTheMinute.headers()).containsEntry("ce_time", "2026-07-15T08:30:00+07:00");
        var withFraction = new CloudEventAttributes("e-2", "/s", EventTypes.DOSSIER_RECEIVED_V1,
                TIME.withNano(120_000_000), null);
        assertThat(withFraction.headers()).containsEntry("ce_time", "2026-07-15T08:30:00.12+07:00");
    }

    @Test
    void missingOrMalformedAttributesAreContractBreaches() {
        var attributes = new CloudEventAttributes("e-1", "/s", EventTypes.DOSSIER_RECEIVED_V1, TIME, null);
        Map<String, String> noId = new HashMap<>(attributes.headers());
        noId.remove("ce_id");
        assertThatThrownBy(() -> CloudEventAttributes.read(noId::get))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("ce_id");
        Map<String, String> badTime = new HashMap<>(attributes.headers());
        badTime.put("ce_time", "yesterday");
        assertThatThrownBy(() -> CloudEventAttributes.read(badTime::get)).hasMessageContaining("ce_time");
        assertThatThrownBy(() -> CloudEventAttributes.read(Map.<String, String>of()::get))
                .hasMessageContaining("specversion");
        assertThatThrownBy(() -> attributes.requireType(EventTypes.DOSSIER_RESOLVED_V1))
                .isInstanceOf(InvalidEventException.class);
    }
}
