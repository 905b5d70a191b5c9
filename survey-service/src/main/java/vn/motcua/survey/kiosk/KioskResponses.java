package vn.motcua.survey.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.query.NativeQuery;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.survey.response.ResponseInput;
import vn.motcua.survey.response.Responses;

/**
 * Kiosk responses with an optional {@code Idempotency-Key}: a tablet on a flaky network retries, and the retry
 * must neither record a second response nor publish a second event. The key, scoped to the kiosk's unit, is
 * claimed in the response's own transaction; a concurrent retry waits on the claim and then replays.
 */
@ApplicationScoped
public class KioskResponses {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7E]{8,200}");

    private final Responses responses;
    private final ObjectMapper json;

    public KioskResponses(Responses responses, ObjectMapper json) {
        this.responses = responses;
        this.json = json;
    }

    /** The response recorded now, or, for a retry of the same body with the same key, the one recorded before. */
    @Transactional
    public Responses.Submitted submit(String unitCode, ResponseInput input, String idempotencyKey) {
        if (idempotencyKey == null) {
            return responses.submitAtKiosk(unitCode, input);
        }
        if (!KEY_SHAPE.matcher(idempotencyKey).matches()) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, "must be 8 to 200 visible ASCII characters, "
                    + "e.g. a UUID");
        }
        byte[] requestHash = hash(input);
        var em = Panache.getEntityManager();
        int claimed = em.createNativeQuery("""
                insert into kiosk_idempotency (unit_code, idempotency_key, request_hash) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, unitCode).setParameter(2, idempotencyKey).setParameter(3, requestHash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(unitCode, idempotencyKey, requestHash);
        }
        Responses.Submitted submitted = responses.submitAtKiosk(unitCode, input);
        em.createNativeQuery("update kiosk_idempotency set response_id = ?3 where unit_code = ?1 and idempotency_key = ?2")
                .setParameter(1, unitCode).setParameter(2, idempotencyKey).setParameter(3, submitted.responseId())
                .executeUpdate();
        return submitted;
    }

    @SuppressWarnings("unchecked")
    private static Responses.Submitted replay(String unitCode, String key, byte[] requestHash) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select k.request_hash, r.id, r.submitted_at, r.questionnaire_version
                from kiosk_idempotency k join survey_response r on r.id = k.response_id
                where k.unit_code = ?1 and k.idempotency_key = ?2""")
                .setParameter(1, unitCode).setParameter(2, key)
                .unwrap(NativeQuery.class)
                .addScalar("request_hash", byte[].class).addScalar("id", UUID.class)
                .addScalar("submitted_at", OffsetDateTime.class).addScalar("questionnaire_version", Integer.class)
                .getResultList();
        Object[] earlier = rows.get(0);
        if (!Arrays.equals((byte[]) earlier[0], requestHash)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "this Idempotency-Key was already used for a different response")
                    .with("idempotencyKey", "reused with another body");
        }
        OffsetDateTime submittedAt = ((OffsetDateTime) earlier[2]).atZoneSameInstant(Responses.BUSINESS_ZONE)
                .toOffsetDateTime();
        return new Responses.Submitted((UUID) earlier[1], submittedAt, (Integer) earlier[3]);
    }

    private byte[] hash(ResponseInput input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(input));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a kiosk response", e);
        }
    }
}
