package vn.motcua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;

class ReportingExperimentsTest {

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void eventsAreCompleteCloudEventsKeyedByDossier() throws Exception {
        ReportingEvents events = new ReportingEvents(Args.parse(List.of("--token", "t", "--unit-code", "000.00.20.H26")));
        DossierReceivedV1 received = events.received(7, java.time.OffsetDateTime.now(ReportingEvents.VIETNAM));
        assertThat(received.missingRequiredFields()).isEmpty();
        assertThat(ReportingEvents.resolved(received, 7).missingRequiredFields()).isEmpty();
        assertThat(ReportingEvents.response(received, 7).missingRequiredFields()).isEmpty();
        assertThat(received.receiptCode()).matches("[0-9A-Z.]{1,35}-[0-9]{6}-[0-9]{4,}");

        ProducerRecord<String, String> record = ReportingEvents.record(received);
        assertThat(record.topic()).isEqualTo(Topics.DOSSIER_RECEIVED);
        assertThat(record.key()).isEqualTo(received.dossierId().toString());
        CloudEventAttributes attributes = CloudEventAttributes.read(name -> record.headers().lastHeader(name) == null
                ? null : header(record, name));
        assertThat(attributes.type()).isEqualTo(EventTypes.DOSSIER_RECEIVED_V1);
        JsonNode payload = ReportingEvents.parse(record.value());
        assertThat(payload.path("dossierId").asText()).isEqualTo(received.dossierId().toString());
        assertThat(payload.path("receivedAt").asText()).contains("+07:00");
        assertThat(ReportingEvents.record(ReportingEvents.resolved(received, 1)).topic())
                .isEqualTo(Topics.DOSSIER_RESOLVED);
    }

    @Test
    void syntheticEventsNameTheBenchmarkAsTheirSourceNotAService() throws Exception {
        String asyncApi;
        try (var in = CloudEventAttributes.class.getResourceAsStream("/asyncapi.yaml")) {
            asyncApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> serviceSources = java.util.regex.Pattern.compile("(?m)^\\s*ce_source: (\\S+)$").matcher(asyncApi)
                .results().map(m -> m.group(1)).toList();
        assertThat(serviceSources).as("the producers' ce_source in the AsyncAPI examples")
                .contains("/motcua/dossier-service", "/motcua/survey-service");

        ReportingEvents events = new ReportingEvents(Args.parse(List.of("--token", "t")));
        DossierReceivedV1 received = events.received(3, java.time.OffsetDateTime.now(ReportingEvents.VIETNAM));
        for (Object payload : List.of(received, ReportingEvents.resolved(received, 3),
                ReportingEvents.response(received, 3))) {
            ProducerRecord<String, String> record = ReportingEvents.record(payload);
            assertThat(header(record, "ce_source")).as(record.topic()).isEqualTo("/motcua/benchmark")
                    .isNotIn(serviceSources);
        }
    }

    @Test
    void refusesANonLoopbackBrokerOrServiceAndUnknownFlags() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"reporting-freshness", "--token", "t", "--kafka-bootstrap", "8.8.8.8:9092"},
                new PrintStream(out), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused");
        code = Main.run(new String[] {"reporting-replay", "--token", "t", "--base-url", "http://example.com"},
                new PrintStream(out), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        code = Main.run(new String[] {"reporting-replay", "--token", "t", "--concurrency", "4"},
                new PrintStream(out), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("concurrency");
    }

    @Test
    void bothExperimentsAreListedWithTheirHelp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"reporting-replay", "--help"}, new PrintStream(out), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--events N").contains("--kpi-token");
        assertThat(Main.usage()).contains("reporting-freshness").contains("reporting-replay");
    }
}
