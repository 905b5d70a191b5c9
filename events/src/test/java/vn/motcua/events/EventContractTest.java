package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Java records, the JSON Schemas and the AsyncAPI document describe the same contract. */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 7, 15, 8, 30, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void receivedRecordSerialisesToItsSchema() throws IOException {
        var event = new DossierReceivedV1(UUID.randomUUID(), "000.00.20.H26-260715-0001", "1.001193",
                "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", "000.00.20.H26", "UBND xã Minh Khai",
                UnitLevel.COMMUNE, Channel.IN_PERSON, OnlineLevel.FULL, RECEIVED, RECEIVED.plusDays(1), 1,
                "q3V9xYkLw2mZr8TtB1nC", List.of("000.00.00.H26", "000.00.00.H01"));
        assertThat(violations("dossier-received.v1.json", JSON.valueToTree(event))).isEmpty();
    }

    @Test
    void resolvedRecordSerialisesToItsSchema() throws IOException {
        var event = new DossierResolvedV1(UUID.randomUUID(), "000.00.20.H26-260715-0001", "1.001193",
                "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", "000.00.20.H26", "UBND xã Minh Khai",
                UnitLevel.COMMUNE, Channel.ONLINE, OnlineLevel.FULL, RECEIVED, RECEIVED.plusDays(1), Outcome.APPROVED,
                RECEIVED.plusHours(5), Timeliness.EARLY, true, 0, null);
        assertThat(violations("dossier-resolved.v1.json", JSON.valueToTree(event))).isEmpty();
    }

    @Test
    void fileCountsAreAbsentWhenUnknownAndValidEitherWay() throws IOException {
        var receivedWithout = new DossierReceivedV1(UUID.randomUUID(), "000.00.20.H26-260715-0001", "1.001193",
                "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", "000.00.20.H26", "UBND xã Minh Khai",
                UnitLevel.COMMUNE, Channel.IN_PERSON, OnlineLevel.FULL, RECEIVED, RECEIVED.plusDays(1), 1,
                "q3V9xYkLw2mZr8TtB1nC", null);
        JsonNode received = JSON.valueToTree(receivedWithout);
        assertThat(received.has("fileCount") || received.has("digitisedComponentCount")
                || received.has("reusedComponentCount")).isFalse();
        assertThat(violations("dossier-received.v1.json", received)).isEmpty();
        var receivedWith = new DossierReceivedV1(UUID.randomUUID(), "000.00.20.H26-260715-0001", "1.001193",
                "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", "000.00.20.H26", "UBND xã Minh Khai",
                UnitLevel.COMMUNE, Channel.IN_PERSON, OnlineLevel.FULL, RECEIVED, RECEIVED.plusDays(1), 1,
                "q3V9xYkLw2mZr8TtB1nC", null, 3, 2, 1);
        JsonNode receivedJson = JSON.valueToTree(receivedWith);
        assertThat(receivedJson.get("fileCount").asInt()).isEqualTo(3);
        assertThat(receivedJson.get("digitisedComponentCount").asInt()).isEqualTo(2);
        assertThat(receivedJson.get("reusedComponentCount").asInt()).isEqualTo(1);
        assertThat(violations("dossier-received.v1.json", receivedJson)).isEmpty();

        var resolvedWith = new DossierResolvedV1(UUID.randomUUID(), "000.00.20.H26-260715-0001", "1.001193",
                "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", "000.00.20.H26", "UBND xã Minh Khai",
                UnitLevel.COMMUNE, Channel.ONLINE, OnlineLevel.FULL, RECEIVED, RECEIVED.plusDays(1), Outcome.APPROVED,
                RECEIVED.plusHours(5), Timeliness.EARLY, true, 0, null, 4, 2, 0, true);
        JsonNode resolvedJson = JSON.valueToTree(resolvedWith);
        assertThat(resolvedJson.get("electronicResultIssued").asBoolean()).isTrue();
        assertThat(resolvedJson.get("reusedComponentCount").asInt()).isZero();
        assertThat(violations("dossier-resolved.v1.json", resolvedJson)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) resolvedJson).put("electronicResultIssued", "yes");
        assertThat(violations("dossier-resolved.v1.json", resolvedJson))
                .anySatisfy(m -> assertThat(m).contains("electronicResultIssued"));
    }

    @Test
    void theResolvingUnitSupplementsAndStopSerialiseToTheSchemaAndAreAbsentWhenUnknown() throws IOException {
        var receivedHere = new DossierReceivedV1(UUID.randomUUID(), "000.00.20.H26-260715-0003", "1.012345",
                "Đăng ký biến động quyền sử dụng đất", "DD", "Đất đai", "000.00.20.H26", "UBND xã Minh Khai",
                UnitLevel.COMMUNE, Channel.IN_PERSON, OnlineLevel.PARTIAL, RECEIVED, RECEIVED.plusDays(14), 10,
                "Zx8Cv7Bn6Mm5Ll4Kk3Jj", List.of("000.00.00.H26"));
        assertThat(JSON.valueToTree(receivedHere).has("resolvingUnit")).isFalse();
        var department = new UnitRef("000.00.12.H26", "Sở Nông nghiệp và Môi trường", UnitLevel.AGENCY,
                List.of("000.00.00.H26"));
        JsonNode interLinked = JSON.valueToTree(receivedHere.withResolvingUnit(department));
        assertThat(interLinked.path("resolvingUnit").path("code").asText()).isEqualTo("000.00.12.H26");
        assertThat(interLinked.path("resolvingUnit").path("level").asText()).isEqualTo("AGENCY");
        assertThat(violations("dossier-received.v1.json", interLinked)).isEmpty();

        var resolvedHere = new DossierResolvedV1(UUID.randomUUID(), "000.00.20.H26-260715-0003", "1.012345",
                "Đăng ký biến động quyền sử dụng đất", "DD", "Đất đai", "000.00.20.H26", "UBND xã Minh Khai",
                UnitLevel.COMMUNE, Channel.IN_PERSON, OnlineLevel.PARTIAL, RECEIVED, RECEIVED.plusDays(14),
                Outcome.REJECTED, RECEIVED.plusDays(12), Timeliness.ON_TIME, true, 10, List.of("000.00.00.H26"));
        JsonNode without = JSON.valueToTree(resolvedHere);
        assertThat(without.has("resolvingUnit") || without.has("supplementRequestCount") || without.has("stopped"))
                .isFalse();
        JsonNode stopped = JSON.valueToTree(resolvedHere.withResolution(department, 2, true));
        assertThat(stopped.path("supplementRequestCount").asInt()).isEqualTo(2);
        assertThat(stopped.path("stopped").asBoolean()).isTrue();
        assertThat(violations("dossier-resolved.v1.json", stopped)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) stopped.path("resolvingUnit")).put("level", "DEPARTMENT");
        assertThat(violations("dossier-resolved.v1.json", stopped)).anySatisfy(m -> assertThat(m).contains("level"));
    }

    @Test
    void transferredRecordSerialisesToItsSchemaAndNeedsBothUnits() throws IOException {
        UnitRef commune = new UnitRef("000.00.63.H26", "UBND xã Bát Tràng", UnitLevel.COMMUNE, List.of("000.00.00.H26"));
        UnitRef department = new UnitRef("000.03.00.H26", "Sở Nông nghiệp và Môi trường", UnitLevel.AGENCY,
                List.of("000.00.00.H26"));
        var event = new DossierTransferredV1(UUID.randomUUID(), "000.00.63.H26-260715-0002", "1.012345",
                "000.00.63.H26", commune, department, TransferDirection.TO_RESOLVER, "RECEIVED", RECEIVED, 0);
        JsonNode payload = JSON.valueToTree(event);
        assertThat(violations("dossier-transferred.v1.json", payload)).isEmpty();
        assertThat(payload.path("toUnit").path("ancestorCodes").get(0).asText()).isEqualTo("000.00.00.H26");

        var withoutTarget = new DossierTransferredV1(event.dossierId(), event.receiptCode(), event.procedureCode(),
                event.unitCode(), commune, null, TransferDirection.TO_RESOLVER, "RECEIVED", RECEIVED, 0);
        assertThat(violations("dossier-transferred.v1.json", JSON.valueToTree(withoutTarget)))
                .anyMatch(m -> m.contains("toUnit"));
        var negative = new DossierTransferredV1(event.dossierId(), event.receiptCode(), event.procedureCode(),
                event.unitCode(), department, commune, TransferDirection.TO_RECEIVER, "RESOLVED", RECEIVED, -1);
        assertThat(violations("dossier-transferred.v1.json", JSON.valueToTree(negative)))
                .anyMatch(m -> m.contains("workingDaysHeld"));
    }

    @Test
    void surveyResponseRecordSerialisesToItsSchemaWithAndWithoutDossier() throws IOException {
        var answers = List.of(new SurveyResponseSubmittedV1.Answer("ACCESS_1", "ACCESS", 4),
                new SurveyResponseSubmittedV1.Answer("ACCESS_2", "ACCESS", 2));
        var groups = List.of(new SurveyResponseSubmittedV1.GroupScore("ACCESS", 2, 1, 6));
        var citizen = new SurveyResponseSubmittedV1(UUID.randomUUID(), SurveyResponseSubmittedV1.SOURCE_DOSSIER,
                UUID.randomUUID(), "000.00.20.H26", "UBND xã Minh Khai", "1.001193", "Thủ tục đăng ký khai sinh",
                Channel.ONLINE, 1, RECEIVED, answers, groups, List.of("000.00.00.H26"));
        var kiosk = new SurveyResponseSubmittedV1(UUID.randomUUID(), SurveyResponseSubmittedV1.SOURCE_KIOSK, null,
                "000.00.20.H26", null, null, null, null, 1, RECEIVED, answers, groups, null);
        assertThat(violations("survey-response-submitted.v1.json", JSON.valueToTree(citizen))).isEmpty();
        assertThat(violations("survey-response-submitted.v1.json", JSON.valueToTree(kiosk))).isEmpty();
        assertThat(citizen.missingRequiredFields()).isEmpty();
        JsonNode withComment = ((com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(kiosk))
                .put("comment", "free text never travels");
        assertThat(violations("survey-response-submitted.v1.json", withComment)).isNotEmpty();
    }

    @Test
    void recordsNameTheRequiredFieldsTheyLack() throws IOException {
        DossierReceivedV1 partial = JSON.readValue("{\"dossierId\":\"" + UUID.randomUUID()
                + "\",\"receiptCode\":\"000.00.20.H26-260715-0001\"}", DossierReceivedV1.class);
        assertThat(partial.missingRequiredFields()).contains("procedureCode", "channel", "surveyToken")
                .doesNotContain("dossierId", "receiptCode", "fieldCode");
    }

    @Test
    void schemaRejectsPersonalDataFreeFieldsWithWrongShape() throws IOException {
        JsonNode bad = JSON.readTree("""
                {"dossierId":"not-a-uuid-but-a-string","receiptCode":"bad code","channel":"FAX"}""");
        assertThat(violations("dossier-received.v1.json", bad))
                .anySatisfy(m -> assertThat(m).contains("receiptCode"))
                .anySatisfy(m -> assertThat(m).contains("channel"))
                .anySatisfy(m -> assertThat(m).contains("surveyToken"));
    }

    @Test
    void unitAncestorCodesAreOptionalButMustBeUnitCodes() throws IOException {
        var event = new DossierReceivedV1(UUID.randomUUID(), "000.00.20.H26-260715-0001", "1.001193",
                "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", "000.00.20.H26", "UBND xã Minh Khai",
                UnitLevel.COMMUNE, Channel.IN_PERSON, OnlineLevel.FULL, RECEIVED, RECEIVED.plusDays(1), 1,
                "q3V9xYkLw2mZr8TtB1nC", null);
        com.fasterxml.jackson.databind.node.ObjectNode json = JSON.valueToTree(event);
        assertThat(json.has("unitAncestorCodes")).isFalse();
        assertThat(violations("dossier-received.v1.json", json)).isEmpty();
        json.putArray("unitAncestorCodes").add("huyện Gia Lâm");
        assertThat(violations("dossier-received.v1.json", json)).anySatisfy(m -> assertThat(m).contains("unitAncestorCodes"));
        DossierReceivedV1 read = JSON.readValue("{\"unitAncestorCodes\":[\"000.00.00.H26\"]}", DossierReceivedV1.class);
        assertThat(read.unitAncestorCodes()).containsExactly("000.00.00.H26");
    }

    @Test
    void asyncApiDocumentsEveryTopicWithItsSchemaAndValidExamples() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = resource("asyncapi.yaml")) {
            asyncApi = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        assertThat(asyncApi.path("asyncapi").asText()).startsWith("3.");
        List<String> addresses = new ArrayList<>();
        asyncApi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses).contains(Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED, Topics.DOSSIER_TRANSFERRED,
                Topics.SURVEY_RESPONSE_SUBMITTED);

        JsonNode messages = asyncApi.path("components").path("messages");
        assertThat(messages.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode message : messages) {
            String ref = message.path("payload").path("schema").path("$ref").asText();
            assertThat(ref).as(message.path("name").asText()).startsWith("./schemas/");
            String schemaFile = ref.substring("./schemas/".length());
            assertThat(resource("schemas/" + schemaFile)).as(ref).isNotNull();
            for (JsonNode example : message.path("examples")) {
                assertThat(violations(schemaFile, example.path("payload"))).as(example.path("name").asText()).isEmpty();
            }
        }
    }

    private static Set<String> violations(String schemaFile, JsonNode payload) throws IOException {
        try (InputStream in = resource("schemas/" + schemaFile)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            Set<String> messages = new java.util.TreeSet<>();
            for (ValidationMessage m : schema.validate(payload)) {
                messages.add(m.getMessage());
            }
            return messages;
        }
    }

    private static InputStream resource(String name) {
        return EventContractTest.class.getClassLoader().getResourceAsStream(name);
    }
}
