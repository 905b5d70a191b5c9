package vn.motcua.reporting.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.InvalidEventException;
import vn.motcua.events.Payloads;
import vn.motcua.events.SurveyResponseSubmittedV1;
import vn.motcua.events.Topics;

/**
 * Reads a record of one of the three topics into an {@link IncomingEvent}, rejecting whatever breaks the
 * contract or would not fit the read model (an {@link InvalidEventException}: the live consumers dead-letter
 * it, a replay skips it). Live consumers and replay share this one reading, so they accept the same events.
 */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper json;

    public EventReader(ObjectMapper json) {
        this.json = json;
    }

    public IncomingEvent read(ConsumerRecord<String, String> record) {
        CloudEventAttributes attributes = CloudEventAttributes.read(name -> {
            Header header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        });
        if (attributes.id().length() > 200) {
            throw new InvalidEventException("ce_id is longer than 200 characters");
        }
        Object payload = switch (record.topic()) {
            case Topics.DOSSIER_RECEIVED -> dossierReceived(attributes, record.value());
            case Topics.DOSSIER_RESOLVED -> dossierResolved(attributes, record.value());
            case Topics.SURVEY_RESPONSE_SUBMITTED -> surveyResponse(attributes, record.value());
            default -> throw new InvalidEventException("topic " + record.topic() + " is not read by reporting");
        };
        return new IncomingEvent(attributes.id(), record.topic(), payload);
    }

    private DossierReceivedV1 dossierReceived(CloudEventAttributes attributes, String value) {
        attributes.requireType(EventTypes.DOSSIER_RECEIVED_V1);
        DossierReceivedV1 event = parse(value, DossierReceivedV1.class);
        Problems problems = new Problems(Topics.DOSSIER_RECEIVED, event.missingRequiredFields());
        problems.dossierFields(event.receiptCode(), event.unitCode(), event.unitName(), event.procedureCode(),
                event.procedureName(), event.fieldCode(), event.fieldName(), event.unitAncestorCodes());
        return problems.orThrow(event);
    }

    private DossierResolvedV1 dossierResolved(CloudEventAttributes attributes, String value) {
        attributes.requireType(EventTypes.DOSSIER_RESOLVED_V1);
        DossierResolvedV1 event = parse(value, DossierResolvedV1.class);
        Problems problems = new Problems(Topics.DOSSIER_RESOLVED, event.missingRequiredFields());
        problems.dossierFields(event.receiptCode(), event.unitCode(), event.unitName(), event.procedureCode(),
                event.procedureName(), event.fieldCode(), event.fieldName(), event.unitAncestorCodes());
        return problems.orThrow(event);
    }

    private SurveyResponseSubmittedV1 surveyResponse(CloudEventAttributes attributes, String value) {
        attributes.requireType(EventTypes.SURVEY_RESPONSE_SUBMITTED_V1);
        SurveyResponseSubmittedV1 event = parse(value, SurveyResponseSubmittedV1.class);
        Problems problems = new Problems(Topics.SURVEY_RESPONSE_SUBMITTED, event.missingRequiredFields());
        if (event.source() != null && !SurveyResponseSubmittedV1.SOURCE_DOSSIER.equals(event.source())
                && !SurveyResponseSubmittedV1.SOURCE_KIOSK.equals(event.source())) {
            problems.add("source " + event.source() + " is neither DOSSIER nor KIOSK");
        }
        if (SurveyResponseSubmittedV1.SOURCE_DOSSIER.equals(event.source()) && event.dossierId() == null) {
            problems.add("a DOSSIER response lacks dossierId");
        }
        problems.maxLength("unitCode", event.unitCode(), 35);
        problems.maxLength("unitName", event.unitName(), 300);
        problems.maxLength("procedureCode", event.procedureCode(), 30);
        problems.maxLength("procedureName", event.procedureName(), 1000);
        problems.ancestors(event.unitAncestorCodes());
        if (event.groups() != null) {
            for (SurveyResponseSubmittedV1.GroupScore group : event.groups()) {
                if (group == null || group.group() == null || group.group().isBlank()) {
                    problems.add("a group score lacks its group");
                } else {
                    problems.maxLength("groups[].group", group.group(), 40);
                }
            }
        }
        return problems.orThrow(event);
    }

    private <T> T parse(String value, Class<T> type) {
        return Payloads.read(json, value, type);
    }

    /** What is wrong with one payload, reported all at once. */
    private static final class Problems {
        private final String topic;
        private final List<String> found = new ArrayList<>();

        Problems(String topic, List<String> missingFields) {
            this.topic = topic;
            if (!missingFields.isEmpty()) {
                found.add("lacks " + String.join(", ", missingFields));
            }
        }

        void add(String problem) {
            found.add(problem);
        }

        void maxLength(String field, String value, int max) {
            if (value != null && value.length() > max) {
                found.add(field + " is longer than " + max + " characters");
            }
        }

        void ancestors(List<String> codes) {
            if (codes != null) {
                for (String code : codes) {
                    if (code == null || !code.matches("[0-9A-Z.]{1,35}")) {
                        found.add("unitAncestorCodes holds " + code + ", not a unit code");
                    }
                }
            }
        }

        void dossierFields(String receiptCode, String unitCode, String unitName, String procedureCode,
                String procedureName, String fieldCode, String fieldName, List<String> ancestors) {
            maxLength("receiptCode", receiptCode, 60);
            maxLength("unitCode", unitCode, 35);
            maxLength("unitName", unitName, 300);
            maxLength("procedureCode", procedureCode, 30);
            maxLength("procedureName", procedureName, 1000);
            maxLength("fieldCode", fieldCode, 20);
            maxLength("fieldName", fieldName, 300);
            ancestors(ancestors);
        }

        <T> T orThrow(T event) {
            if (!found.isEmpty()) {
                throw new InvalidEventException(topic + " payload " + String.join("; ", found));
            }
            return event;
        }
    }
}
