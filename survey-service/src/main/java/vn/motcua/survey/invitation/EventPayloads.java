package vn.motcua.survey.invitation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.InvalidEventException;
import vn.motcua.events.Payloads;
import vn.motcua.survey.unit.UnitHierarchy;

/** Reads CloudEvents records into the contract's records, rejecting what breaks the contract. */
@ApplicationScoped
public class EventPayloads {

    /** Far more levels than Vietnam's administration has; a longer list is a broken producer. */
    private static final int MAX_ANCESTORS = 10;

    private final ObjectMapper json;

    public EventPayloads(ObjectMapper json) {
        this.json = json;
    }

    public CloudEventAttributes attributes(ConsumerRecord<String, String> record) {
        Function<String, String> header = name -> {
            Header h = record.headers().lastHeader(name);
            return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        };
        return CloudEventAttributes.read(header);
    }

    public DossierReceivedV1 dossierReceived(String value) {
        DossierReceivedV1 event = parse(value, DossierReceivedV1.class);
        complete("dossier-received", event.missingRequiredFields());
        if (event.surveyToken().isBlank() || event.surveyToken().length() > 100) {
            throw new InvalidEventException("dossier-received surveyToken must have 1 to 100 characters");
        }
        checkUnits("dossier-received", event.unitCode(), event.unitAncestorCodes());
        return event;
    }

    public DossierResolvedV1 dossierResolved(String value) {
        DossierResolvedV1 event = parse(value, DossierResolvedV1.class);
        complete("dossier-resolved", event.missingRequiredFields());
        checkUnits("dossier-resolved", event.unitCode(), event.unitAncestorCodes());
        return event;
    }

    /** Unit codes as the schema has them; ancestors, when present, are codes too, never the unit itself. */
    private static void checkUnits(String topic, String unitCode, List<String> ancestors) {
        if (!UnitHierarchy.CODE.matcher(unitCode).matches()) {
            throw new InvalidEventException(topic + " unitCode is not a unit code: " + abbreviate(unitCode));
        }
        if (ancestors == null) {
            return;
        }
        if (ancestors.size() > MAX_ANCESTORS) {
            throw new InvalidEventException(topic + " unitAncestorCodes has more than " + MAX_ANCESTORS + " codes");
        }
        for (String ancestor : ancestors) {
            if (ancestor == null || !UnitHierarchy.CODE.matcher(ancestor).matches() || ancestor.equals(unitCode)) {
                throw new InvalidEventException(topic + " unitAncestorCodes holds " + abbreviate(ancestor)
                        + ", not a parent unit code");
            }
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static void complete(String topic, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new InvalidEventException(topic + " payload lacks " + String.join(", ", missing));
        }
    }

    private <T> T parse(String value, Class<T> type) {
        return Payloads.read(json, value, type);
    }
}
