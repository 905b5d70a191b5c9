package vn.motcua.dossier.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.receipt.ReceiptCode;
import vn.motcua.dossier.receipt.ReceiptNumbers;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * The intake transaction: the idempotency record, the receipt number, the dossier and its
 * {@code dossier-received} outbox row commit together or not at all. Numbering comes as late as possible so the
 * unit-day's counter row stays locked only briefly.
 */
@ApplicationScoped
public class IntakeWriter {

    private final EntityManager em;
    private final ReceiptNumbers numbers;
    private final Outbox outbox;

    public IntakeWriter(EntityManager em, ReceiptNumbers numbers, Outbox outbox) {
        this.em = em;
        this.numbers = numbers;
        this.outbox = outbox;
    }

    /** What a retried request with an Idempotency-Key finds. */
    public record Earlier(UUID dossierId, byte[] requestHash, byte[] sealed) {

        /** The dossier of the earlier request, or 422 when that request had another body. */
        public UUID sameRequest(byte[] hash) {
            if (!Arrays.equals(requestHash, hash)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        "this Idempotency-Key was already used for a different request")
                        .with("idempotencyKey", "reused with another body");
            }
            return dossierId;
        }
    }

    /** The outcome: the dossier written now, or the earlier one this retry repeats. */
    public record Outcome(Dossier dossier, Earlier earlier) {
    }

    @Transactional
    public Optional<Earlier> earlier(IdempotencyKey key) {
        List<?> rows = em.createNativeQuery("""
                select dossier_id, request_hash, sealed from intake_idempotency where caller = ?1 and key_hash = ?2""")
                .setParameter(1, key.caller())
                .setParameter(2, key.keyHash())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Earlier((UUID) row[0], (byte[]) row[1], (byte[]) row[2]));
    }

    @Transactional
    public Outcome write(Dossier dossier, Optional<IdempotencyKey> key, byte[] requestHash, byte[] sealed,
            Function<Dossier, DossierReceivedV1> event) {
        if (key.isPresent()) {
            int claimed = em.createNativeQuery("""
                    insert into intake_idempotency (caller, key_hash, request_hash, dossier_id, sealed)
                    values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                    .setParameter(1, key.get().caller())
                    .setParameter(2, key.get().keyHash())
                    .setParameter(3, requestHash)
                    .setParameter(4, dossier.id)
                    .setParameter(5, sealed)
                    .executeUpdate();
            if (claimed == 0) { // a concurrent request with the same key committed first
                return new Outcome(null, earlier(key.get()).orElseThrow());
            }
        }
        int sequence = numbers.next(dossier.unitCode, WorkingCalendar.businessDate(dossier.receivedAt));
        dossier.receiptCode = ReceiptCode.format(dossier.unitCode, WorkingCalendar.businessDate(dossier.receivedAt),
                sequence);
        dossier.persist();
        outbox.append(Topics.DOSSIER_RECEIVED, EventTypes.DOSSIER_RECEIVED_V1, dossier.id, dossier.receiptCode,
                dossier.receivedAt, event.apply(dossier));
        return new Outcome(dossier, null);
    }
}
