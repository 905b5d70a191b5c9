package vn.motcua.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The one reading of a consumed record, shared by every consumer (live, re-driven or replayed), so they all accept
 * the same events. A record keeps the contract when, in this order:
 * <ol>
 * <li>its topic is one of {@link Topics};</li>
 * <li>its CloudEvents headers are complete and well formed ({@link CloudEventAttributes#read}) and {@code ce_id} has
 *     at most {@value #MAX_ID_LENGTH} characters (consumers store it to skip redeliveries);</li>
 * <li>{@code ce_type} is the one type its topic carries;</li>
 * <li>its value is a JSON document valid against the topic's JSON Schema ({@code schemas/*.json}: the contract)
 *     that binds to the topic's record; fields added later are ignored, as compatible evolution allows;</li>
 * <li>no {@code unitAncestorCodes} entry is the unit itself, nor a {@code resolvingUnit/ancestorCodes} entry the
 *     resolving unit (a rule the schema language cannot say).</li>
 * </ol>
 * Anything else is an {@link InvalidEventException} naming what is wrong: a contract breach, which consumers
 * dead-letter.
 */
public final class EventReader {

    /** Longer ids would not fit the consumers' processed-event stores. */
    public static final int MAX_ID_LENGTH = 200;

    private static final Map<String, Contract> CONTRACTS = Stream.of(
            new Contract(Topics.DOSSIER_RECEIVED, EventTypes.DOSSIER_RECEIVED_V1, DossierReceivedV1.class,
                    "dossier-received.v1.json"),
            new Contract(Topics.DOSSIER_RESOLVED, EventTypes.DOSSIER_RESOLVED_V1, DossierResolvedV1.class,
                    "dossier-resolved.v1.json"),
            new Contract(Topics.DOSSIER_TRANSFERRED, EventTypes.DOSSIER_TRANSFERRED_V1, DossierTransferredV1.class,
                    "dossier-transferred.v1.json"),
            new Contract(Topics.SURVEY_RESPONSE_SUBMITTED, EventTypes.SURVEY_RESPONSE_SUBMITTED_V1,
                    SurveyResponseSubmittedV1.class, "survey-response-submitted.v1.json"))
            .collect(Collectors.toUnmodifiableMap(Contract::topic, Function.identity()));

    private final ObjectMapper json;
    /** Per topic, the binding of its record; fields unknown to it are ignored whatever the service's mapper says. */
    private final Map<String, ObjectReader> records;

    /** @param json the service's mapper (Java time support) */
    public EventReader(ObjectMapper json) {
        this.json = json;
        this.records = CONTRACTS.values().stream().collect(Collectors.toUnmodifiableMap(Contract::topic,
                contract -> json.readerFor(contract.record()).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
    }

    /** @throws InvalidEventException when the record breaks the contract */
    public IncomingEvent read(ConsumerRecord<String, String> record) {
        Contract contract = CONTRACTS.get(record.topic());
        if (contract == null) {
            throw new InvalidEventException("topic " + record.topic() + " is not in the event contract");
        }
        CloudEventAttributes attributes = CloudEventAttributes.read(name -> {
            Header header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        });
        if (attributes.id().length() > MAX_ID_LENGTH) {
            throw new InvalidEventException(CloudEventHeaders.ID + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        attributes.requireType(contract.type());
        return new IncomingEvent(attributes.id(), record.topic(), payload(contract, record.value()));
    }

    private Object payload(Contract contract, String value) {
        String breach = contract.topic() + " payload is not a " + contract.record().getSimpleName() + ": ";
        if (value == null) {
            throw new InvalidEventException(contract.topic() + " payload is empty");
        }
        JsonNode document;
        try {
            document = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(breach + e.getOriginalMessage());
        }
        if (document == null || document.isMissingNode()) {
            throw new InvalidEventException(contract.topic() + " payload is empty");
        }
        List<String> violations = violations(contract.schema().validate(document));
        if (!violations.isEmpty()) {
            throw new InvalidEventException(breach + String.join("; ", violations));
        }
        requireParentsOnly(contract, document);
        try {
            return records.get(contract.topic()).readValue(document);
        } catch (IOException e) {
            throw new InvalidEventException(breach + (e instanceof JsonProcessingException p ? p.getOriginalMessage()
                    : e.getMessage()));
        }
    }

    /** The schema's findings, missing top-level fields first as one "lacks a, b". */
    private static List<String> violations(Iterable<ValidationMessage> messages) {
        List<String> missing = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (ValidationMessage message : messages) {
            boolean required = "required".equals(message.getType());
            if (required && message.getInstanceLocation().getNameCount() == 0) {
                missing.add(message.getProperty());
            } else if (required) {
                others.add(message.getInstanceLocation() + " lacks " + message.getProperty());
            } else {
                others.add(message.getMessage());
            }
        }
        List<String> all = new ArrayList<>();
        if (!missing.isEmpty()) {
            all.add("lacks " + String.join(", ", missing));
        }
        all.addAll(others);
        return all;
    }

    private static void requireParentsOnly(Contract contract, JsonNode document) {
        requireParentsOnly(contract, "unitAncestorCodes", document.path("unitCode").asText(),
                document.path("unitAncestorCodes"));
        JsonNode resolving = document.path("resolvingUnit");
        requireParentsOnly(contract, "resolvingUnit/ancestorCodes", resolving.path("code").asText(),
                resolving.path("ancestorCodes"));
        for (String unit : List.of("fromUnit", "toUnit")) { // dossier-transferred
            requireParentsOnly(contract, unit + "/ancestorCodes", document.path(unit).path("code").asText(),
                    document.path(unit).path("ancestorCodes"));
        }
    }

    private static void requireParentsOnly(Contract contract, String field, String unit, JsonNode ancestors) {
        for (JsonNode ancestor : ancestors) {
            if (ancestor.asText().equals(unit)) {
                throw new InvalidEventException(contract.topic() + " " + field + " holds " + unit
                        + ", not a parent unit code");
            }
        }
    }

    /** What one topic carries: its CloudEvents type and the payload's record and JSON Schema. */
    private record Contract(String topic, String type, Class<?> record, JsonSchema schema) {

        Contract(String topic, String type, Class<?> record, String schemaFile) {
            this(topic, type, record, load(schemaFile));
        }

        private static JsonSchema load(String schemaFile) {
            try (InputStream in = EventReader.class.getClassLoader().getResourceAsStream("schemas/" + schemaFile)) {
                if (in == null) {
                    throw new IllegalStateException("schemas/" + schemaFile + " is not on the class path");
                }
                // formats (uuid, date-time) are only annotations in draft 2020-12 unless asserted
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in,
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
