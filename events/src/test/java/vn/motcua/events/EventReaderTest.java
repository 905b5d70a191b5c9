package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every rule of the one reading of consumed records: each breach is named, each valid record is read. */
class EventReaderTest {

    /** Fails on unknown properties, as Jackson does by default: the reader must ignore them anyway. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 7, 15, 1, 30, 0, 0, ZoneOffset.UTC);
    private static final String UNIT = "000.00.20.H26";

    private final EventReader reader = new EventReader(JSON);

    @Test
    void eachTopicsRecordIsReadIntoItsContractRecordWithItsId() {
        DossierReceivedV1 received = received();
        IncomingEvent event = reader.read(record(Topics.DOSSIER_RECEIVED, "e-1", EventTypes.DOSSIER_RECEIVED_V1,
                JSON.valueToTree(received)));
        assertThat(event).isEqualTo(new IncomingEvent("e-1", Topics.DOSSIER_RECEIVED, received));

        DossierResolvedV1 resolved = resolved();
        assertThat(reader.read(record(Topics.DOSSIER_RESOLVED, "e-2", EventTypes.DOSSIER_RESOLVED_V1,
                JSON.valueToTree(resolved))).payload()).isEqualTo(resolved);

        SurveyResponseSubmittedV1 kiosk = response(SurveyResponseSubmittedV1.SOURCE_KIOSK, null);
        assertThat(reader.read(record(Topics.SURVEY_RESPONSE_SUBMITTED, "e-3", EventTypes.SURVEY_RESPONSE_SUBMITTED_V1,
                JSON.valueToTree(kiosk))).payload()).isEqualTo(kiosk);
    }

    @Test
    void fieldsAddedLaterAreIgnoredAsCompatibleEvolutionAllows() {
        ObjectNode payload = JSON.valueToTree(received());
        payload.put("documentCount", 3);
        assertThat(reader.read(dossierReceived(payload)).payload()).isEqualTo(received());
    }

    @Test
    void fileCountsAndTheElectronicResultAreOptionalAndReadWhenPresent() {
        DossierReceivedV1 withoutCounts = (DossierReceivedV1) reader.read(dossierReceived(JSON.valueToTree(received())))
                .payload();
        assertThat(withoutCounts.fileCount()).isNull();
        assertThat(withoutCounts.digitisedComponentCount()).isNull();
        assertThat(withoutCounts.reusedComponentCount()).isNull();
        DossierResolvedV1 resolvedWithout = (DossierResolvedV1) reader.read(dossierResolved(JSON.valueToTree(resolved())))
                .payload();
        assertThat(resolvedWithout.electronicResultIssued()).isNull();

        ObjectNode received = JSON.valueToTree(received());
        received.put("fileCount", 4).put("digitisedComponentCount", 2).put("reusedComponentCount", 1);
        DossierReceivedV1 withCounts = (DossierReceivedV1) reader.read(dossierReceived(received)).payload();
        assertThat(withCounts.fileCount()).isEqualTo(4);
        assertThat(withCounts.digitisedComponentCount()).isEqualTo(2);
        assertThat(withCounts.reusedComponentCount()).isEqualTo(1);
        ObjectNode resolved = JSON.valueToTree(resolved());
        resolved.put("fileCount", 5).put("digitisedComponentCount", 3).put("reusedComponentCount", 0)
                .put("electronicResultIssued", true);
        DossierResolvedV1 resolvedWith = (DossierResolvedV1) reader.read(dossierResolved(resolved)).payload();
        assertThat(resolvedWith.fileCount()).isEqualTo(5);
        assertThat(resolvedWith.digitisedComponentCount()).isEqualTo(3);
        assertThat(resolvedWith.reusedComponentCount()).isZero();
        assertThat(resolvedWith.electronicResultIssued()).isTrue();
    }

    @Test
    void fileCountsAreNonNegativeIntegersAndTheElectronicResultABoolean() {
        ObjectNode textForCount = JSON.valueToTree(received());
        textForCount.put("fileCount", "2");
        assertBreach(dossierReceived(textForCount)).hasMessageContaining("/fileCount");

        ObjectNode negative = JSON.valueToTree(received());
        negative.put("digitisedComponentCount", -1);
        assertBreach(dossierReceived(negative)).hasMessageContaining("/digitisedComponentCount");

        ObjectNode fraction = JSON.valueToTree(resolved());
        fraction.put("reusedComponentCount", 1.5);
        assertBreach(dossierResolved(fraction)).hasMessageContaining("/reusedComponentCount");

        ObjectNode numberForFlag = JSON.valueToTree(resolved());
        numberForFlag.put("electronicResultIssued", 1);
        assertBreach(dossierResolved(numberForFlag)).hasMessageContaining("/electronicResultIssued");

        ObjectNode textForFlag = JSON.valueToTree(resolved());
        textForFlag.put("electronicResultIssued", "true");
        assertBreach(dossierResolved(textForFlag)).hasMessageContaining("/electronicResultIssued");
    }

    @Test
    void theResolvingUnitAndTheDecree118FieldsAreOptionalAndReadWhenPresent() {
        DossierReceivedV1 receivedHere = (DossierReceivedV1) reader.read(dossierReceived(JSON.valueToTree(received())))
                .payload();
        assertThat(receivedHere.resolvingUnit()).isNull();
        assertThat(receivedHere.resolvingUnitCode()).isEqualTo(UNIT);
        DossierResolvedV1 resolvedHere = (DossierResolvedV1) reader.read(dossierResolved(JSON.valueToTree(resolved())))
                .payload();
        assertThat(resolvedHere.resolvingUnitCode()).isEqualTo(UNIT);
        assertThat(resolvedHere.supplementRequestCount()).isNull();
        assertThat(resolvedHere.wasStopped()).isFalse();

        UnitRef department = new UnitRef("000.00.12.H26", "Sở Nông nghiệp và Môi trường", UnitLevel.AGENCY,
                List.of("000.00.00.H26"));
        DossierReceivedV1 interLinked = received().withResolvingUnit(department);
        assertThat(reader.read(dossierReceived(JSON.valueToTree(interLinked))).payload()).isEqualTo(interLinked);
        assertThat(interLinked.resolvingUnitCode()).isEqualTo("000.00.12.H26");
        DossierResolvedV1 stopped = resolved().withResolution(department, 2, true);
        DossierResolvedV1 read = (DossierResolvedV1) reader.read(dossierResolved(JSON.valueToTree(stopped))).payload();
        assertThat(read.resolvingUnit()).isEqualTo(department);
        assertThat(read.supplementRequestCount()).isEqualTo(2);
        assertThat(read.wasStopped()).isTrue();
    }

    @Test
    void theReceivingUnitAsResolvingUnitIsLeftOut() {
        UnitRef itself = new UnitRef(UNIT, "UBND xã Minh Khai", UnitLevel.COMMUNE, List.of());
        assertThat(received().withResolvingUnit(itself).resolvingUnit()).isNull();
        assertThat(JSON.valueToTree(resolved().withResolution(itself, 0, false)).has("resolvingUnit")).isFalse();
    }

    @Test
    void aMalformedResolvingUnitIsABreachNamingItsField() {
        ObjectNode withoutLevel = JSON.valueToTree(received());
        withoutLevel.putObject("resolvingUnit").put("code", "000.00.12.H26").put("name", "Sở Xây dựng");
        assertBreach(dossierReceived(withoutLevel)).hasMessageContaining("resolvingUnit").hasMessageContaining("level");

        ObjectNode itselfAsParent = JSON.valueToTree(resolved());
        itselfAsParent.putObject("resolvingUnit").put("code", "000.00.12.H26").put("name", "Sở Xây dựng")
                .put("level", "AGENCY").putArray("ancestorCodes").add("000.00.12.H26");
        assertBreach(dossierResolved(itselfAsParent)).hasMessageContaining("resolvingUnit/ancestorCodes holds");

        ObjectNode negativeSupplements = JSON.valueToTree(resolved());
        negativeSupplements.put("supplementRequestCount", -1);
        assertBreach(dossierResolved(negativeSupplements)).hasMessageContaining("/supplementRequestCount");

        ObjectNode textForStopped = JSON.valueToTree(resolved());
        textForStopped.put("stopped", "yes");
        assertBreach(dossierResolved(textForStopped)).hasMessageContaining("/stopped");
    }

    @Test
    void aTransferIsReadWithBothUnitsAndBreachesNameTheirField() {
        UnitRef department = new UnitRef("000.03.00.H26", "Sở Nông nghiệp và Môi trường", UnitLevel.AGENCY,
                List.of("000.00.00.H26"));
        DossierTransferredV1 sent = new DossierTransferredV1(UUID.fromString("7d0b7d2e-8f3a-4c51-9a1e-2b6c3d4e5f60"),
                UNIT + "-260715-0001", "1.001193", UNIT, new UnitRef(UNIT, "UBND xã Minh Khai", UnitLevel.COMMUNE,
                        List.of("000.00.00.H26")), department, TransferDirection.TO_RESOLVER, "RECEIVED", AT, 0);
        IncomingEvent event = reader.read(record(Topics.DOSSIER_TRANSFERRED, "e-9", EventTypes.DOSSIER_TRANSFERRED_V1,
                JSON.valueToTree(sent)));
        DossierTransferredV1 read = (DossierTransferredV1) event.payload();
        assertThat(read.toUnit().code()).isEqualTo("000.03.00.H26");
        assertThat(read.direction()).isEqualTo(TransferDirection.TO_RESOLVER);

        ObjectNode itselfAsParent = JSON.valueToTree(sent);
        ((ArrayNode) itselfAsParent.path("toUnit").path("ancestorCodes")).add("000.03.00.H26");
        assertBreach(record(Topics.DOSSIER_TRANSFERRED, "e-9", EventTypes.DOSSIER_TRANSFERRED_V1, itselfAsParent))
                .hasMessageContaining("toUnit/ancestorCodes holds");
        ObjectNode sideways = JSON.valueToTree(sent);
        sideways.put("direction", "SIDEWAYS");
        assertBreach(record(Topics.DOSSIER_TRANSFERRED, "e-9", EventTypes.DOSSIER_TRANSFERRED_V1, sideways))
                .hasMessageContaining("/direction");
        assertBreach(record(Topics.DOSSIER_TRANSFERRED, "e-9", EventTypes.DOSSIER_RESOLVED_V1, JSON.valueToTree(sent)));
    }

    @Test
    void aTopicOutsideTheContractIsABreach() {
        assertBreach(record("dossier-archived", "e-1", EventTypes.DOSSIER_RECEIVED_V1, JSON.valueToTree(received())))
                .hasMessage("topic dossier-archived is not in the event contract");
    }

    @Test
    void cloudEventsHeadersMustBeCompleteAndWellFormed() {
        ConsumerRecord<String, String> noType = new ConsumerRecord<>(Topics.DOSSIER_RECEIVED, 0, 0L, "k",
                JSON.valueToTree(received()).toString());
        new CloudEventAttributes("e-1", "/tests", EventTypes.DOSSIER_RECEIVED_V1, AT, null).headers().forEach(
                (name, value) -> {
                    if (!name.equals(CloudEventHeaders.TYPE)) {
                        noType.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
                    }
                });
        assertBreach(noType).hasMessage("ce_type header is missing");

        ConsumerRecord<String, String> badTime = dossierReceived(JSON.valueToTree(received()));
        badTime.headers().add(CloudEventHeaders.TIME, "yesterday".getBytes(StandardCharsets.UTF_8));
        assertBreach(badTime).hasMessageContaining("ce_time");
    }

    @Test
    void anIdLongerThanTheConsumersStoreIsABreach() {
        String longest = "i".repeat(EventReader.MAX_ID_LENGTH);
        assertThat(reader.read(record(Topics.DOSSIER_RECEIVED, longest, EventTypes.DOSSIER_RECEIVED_V1,
                JSON.valueToTree(received()))).id()).isEqualTo(longest);
        assertBreach(record(Topics.DOSSIER_RECEIVED, longest + "i", EventTypes.DOSSIER_RECEIVED_V1,
                JSON.valueToTree(received()))).hasMessage("ce_id is longer than 200 characters");
    }

    @Test
    void eachTopicCarriesOneType() {
        assertBreach(record(Topics.DOSSIER_RESOLVED, "e-1", EventTypes.DOSSIER_RECEIVED_V1,
                JSON.valueToTree(resolved())))
                .hasMessage("ce_type " + EventTypes.DOSSIER_RECEIVED_V1 + " is not " + EventTypes.DOSSIER_RESOLVED_V1);
    }

    @Test
    void aPayloadThatIsNoJsonObjectIsABreachNamingItsRecord() {
        assertBreach(rawRecord(Topics.DOSSIER_RESOLVED, EventTypes.DOSSIER_RESOLVED_V1, "{\"dossierId\": oops"))
                .hasMessageStartingWith("dossier-resolved payload is not a DossierResolvedV1: ");
        assertBreach(rawRecord(Topics.SURVEY_RESPONSE_SUBMITTED, EventTypes.SURVEY_RESPONSE_SUBMITTED_V1, "[1, 2, 3]"))
                .hasMessageStartingWith("survey-response-submitted payload is not a SurveyResponseSubmittedV1: ");
        assertBreach(rawRecord(Topics.DOSSIER_RECEIVED, EventTypes.DOSSIER_RECEIVED_V1, null))
                .hasMessage("dossier-received payload is empty");
        assertBreach(rawRecord(Topics.DOSSIER_RECEIVED, EventTypes.DOSSIER_RECEIVED_V1, " "))
                .hasMessage("dossier-received payload is empty");
    }

    @Test
    void requiredFieldsAreNamedAllAtOnceIncludingNumbersAJavaRecordWouldDefault() {
        ObjectNode payload = JSON.valueToTree(received());
        payload.remove(List.of("channel", "surveyToken", "processingWorkingDays"));
        assertBreach(dossierReceived(payload)).hasMessageContaining("lacks ")
                .hasMessageContaining("channel").hasMessageContaining("surveyToken")
                .hasMessageContaining("processingWorkingDays");
    }

    @Test
    void valuesFollowTheSchemasPatternsEnumerationsAndFormats() {
        ObjectNode badCode = JSON.valueToTree(received());
        badCode.put("receiptCode", "bad code");
        assertBreach(dossierReceived(badCode)).hasMessageContaining("/receiptCode");

        ObjectNode fax = JSON.valueToTree(received());
        fax.put("channel", "FAX");
        assertBreach(dossierReceived(fax)).hasMessageContaining("/channel");

        ObjectNode notAUuid = JSON.valueToTree(received());
        notAUuid.put("dossierId", "not-a-uuid-at-all");
        assertBreach(dossierReceived(notAUuid)).hasMessageContaining("/dossierId");

        ObjectNode notATime = JSON.valueToTree(received());
        notATime.put("receivedAt", "2026-07-15 08:30");
        assertBreach(dossierReceived(notATime)).hasMessageContaining("/receivedAt");

        ObjectNode textForNumber = JSON.valueToTree(received());
        textForNumber.put("processingWorkingDays", "3");
        assertBreach(dossierReceived(textForNumber)).hasMessageContaining("/processingWorkingDays");
    }

    @Test
    void textsFitTheConsumersStores() {
        ObjectNode longest = JSON.valueToTree(received());
        longest.put("unitName", "n".repeat(300)).put("procedureName", "p".repeat(1000)).put("fieldCode", "f".repeat(20))
                .put("fieldName", "f".repeat(300)).put("surveyToken", "t".repeat(100));
        assertThat(reader.read(dossierReceived(longest)).payload()).isInstanceOf(DossierReceivedV1.class);

        for (Map.Entry<String, Integer> limit : Map.of("unitName", 300, "procedureName", 1000, "fieldCode", 20,
                "fieldName", 300, "surveyToken", 100).entrySet()) {
            ObjectNode tooLong = longest.deepCopy();
            tooLong.put(limit.getKey(), "x".repeat(limit.getValue() + 1));
            assertBreach(dossierReceived(tooLong)).hasMessageContaining("/" + limit.getKey());
        }
        ObjectNode longReceipt = JSON.valueToTree(received());
        longReceipt.put("receiptCode", UNIT + "-260715-" + "1".repeat(60));
        assertBreach(dossierReceived(longReceipt)).hasMessageContaining("/receiptCode");
        ObjectNode shortToken = JSON.valueToTree(received());
        shortToken.put("surveyToken", "t".repeat(15));
        assertBreach(dossierReceived(shortToken)).hasMessageContaining("/surveyToken");
    }

    @Test
    void ancestorsAreAtMostTenParentUnitCodes() {
        ObjectNode notACode = JSON.valueToTree(received());
        notACode.putArray("unitAncestorCodes").add("huyện Gia Lâm");
        assertBreach(dossierReceived(notACode)).hasMessageContaining("/unitAncestorCodes/0");

        ObjectNode itself = JSON.valueToTree(received());
        itself.putArray("unitAncestorCodes").add("000.00.00.H26").add(UNIT);
        assertBreach(dossierReceived(itself))
                .hasMessage("dossier-received unitAncestorCodes holds " + UNIT + ", not a parent unit code");

        ObjectNode ten = JSON.valueToTree(received());
        ten.set("unitAncestorCodes", JSON.valueToTree(Collections.nCopies(10, "000.00.00.H26")));
        assertThat(reader.read(dossierReceived(ten)).payload()).isInstanceOf(DossierReceivedV1.class);
        ((com.fasterxml.jackson.databind.node.ArrayNode) ten.get("unitAncestorCodes")).add("000.00.00.H26");
        assertBreach(dossierReceived(ten)).hasMessageContaining("/unitAncestorCodes");

        ObjectNode resolvedItself = JSON.valueToTree(resolved());
        resolvedItself.putArray("unitAncestorCodes").add(UNIT);
        assertBreach(record(Topics.DOSSIER_RESOLVED, "e-1", EventTypes.DOSSIER_RESOLVED_V1, resolvedItself))
                .hasMessageContaining("not a parent unit code");
    }

    @Test
    void aCitizensResponseNamesItsDossierAndNoResponseCarriesTheComment() {
        ObjectNode citizen = JSON.valueToTree(response(SurveyResponseSubmittedV1.SOURCE_DOSSIER, UUID.randomUUID()));
        assertThat(reader.read(surveyResponse(citizen)).payload()).isInstanceOf(SurveyResponseSubmittedV1.class);
        citizen.remove("dossierId");
        assertBreach(surveyResponse(citizen)).hasMessageContaining("lacks dossierId");

        ObjectNode otherSource = JSON.valueToTree(response("EMAIL", null));
        assertBreach(surveyResponse(otherSource)).hasMessageContaining("/source");

        ObjectNode withComment = JSON.valueToTree(response(SurveyResponseSubmittedV1.SOURCE_KIOSK, null));
        withComment.put("comment", "free text never travels");
        assertBreach(surveyResponse(withComment)).hasMessageContaining("survey-response-submitted payload");
    }

    @Test
    void scoresAndGroupsFollowTheSchema() {
        ObjectNode badScore = JSON.valueToTree(response(SurveyResponseSubmittedV1.SOURCE_KIOSK, null));
        ((ObjectNode) badScore.get("answers").get(0)).put("score", 6);
        assertBreach(surveyResponse(badScore)).hasMessageContaining("/answers/0/score");

        ObjectNode noGroup = JSON.valueToTree(response(SurveyResponseSubmittedV1.SOURCE_KIOSK, null));
        ((ObjectNode) noGroup.get("groups").get(0)).remove("group");
        assertBreach(surveyResponse(noGroup)).hasMessageContaining("/groups/0 lacks group");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertBreach(ConsumerRecord<String, String> record) {
        return assertThatThrownBy(() -> reader.read(record)).isInstanceOf(InvalidEventException.class);
    }

    private static ConsumerRecord<String, String> dossierReceived(ObjectNode payload) {
        return record(Topics.DOSSIER_RECEIVED, "e-1", EventTypes.DOSSIER_RECEIVED_V1, payload);
    }

    private static ConsumerRecord<String, String> dossierResolved(ObjectNode payload) {
        return record(Topics.DOSSIER_RESOLVED, "e-1", EventTypes.DOSSIER_RESOLVED_V1, payload);
    }

    private static ConsumerRecord<String, String> surveyResponse(ObjectNode payload) {
        return record(Topics.SURVEY_RESPONSE_SUBMITTED, "e-1", EventTypes.SURVEY_RESPONSE_SUBMITTED_V1, payload);
    }

    private static ConsumerRecord<String, String> record(String topic, String id, String type, Object payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0L, "key", payload.toString());
        new CloudEventAttributes(id, "/tests", type, AT, null).headers()
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static ConsumerRecord<String, String> rawRecord(String topic, String type, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0L, "key", value);
        new CloudEventAttributes("e-1", "/tests", type, AT, null).headers()
                .forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static DossierReceivedV1 received() {
        return new DossierReceivedV1(UUID.fromString("7d0b7d2e-8f3a-4c51-9a1e-2b6c3d4e5f60"), UNIT + "-260715-0001",
                "1.001193", "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", UNIT, "UBND xã Minh Khai", UnitLevel.COMMUNE,
                Channel.IN_PERSON, OnlineLevel.FULL, AT, AT.plusDays(1), 1, "q3V9xYkLw2mZr8TtB1nC",
                List.of("000.00.00.H26"));
    }

    private static DossierResolvedV1 resolved() {
        return new DossierResolvedV1(UUID.fromString("7d0b7d2e-8f3a-4c51-9a1e-2b6c3d4e5f60"), UNIT + "-260715-0001",
                "1.001193", "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", UNIT, "UBND xã Minh Khai", UnitLevel.COMMUNE,
                Channel.ONLINE, OnlineLevel.FULL, AT, AT.plusDays(1), Outcome.APPROVED, AT.plusHours(5),
                Timeliness.EARLY, true, 0, null);
    }

    private static SurveyResponseSubmittedV1 response(String source, UUID dossierId) {
        return new SurveyResponseSubmittedV1(UUID.fromString("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"), source, dossierId,
                UNIT, "UBND xã Minh Khai", null, null, null, 1, AT,
                List.of(new SurveyResponseSubmittedV1.Answer("ACCESS_1", "ACCESS", 4)),
                List.of(new SurveyResponseSubmittedV1.GroupScore("ACCESS", 1, 1, 4)), null);
    }
}
