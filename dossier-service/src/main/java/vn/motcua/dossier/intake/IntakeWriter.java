package vn.motcua.dossier.intake;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierRows;
import vn.motcua.dossier.receipt.ReceiptNumbers;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxEvent;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * The intake write: the idempotency record, the receipt number, the dossier and its {@code dossier-received}
 * outbox row are written by one SQL statement in autocommit mode, so they commit together or not at all, and the
 * unit-day's counter row stays locked only while the database runs that statement and commits it, never across
 * a round trip to the service (with many intakes at one desk, that lock is what they queue for). The event
 * payload and the documents are serialised beforehand.
 */
@ApplicationScoped
public class IntakeWriter {

    /** Stands for the receipt code in the serialised event until the database has numbered the dossier. */
    static final String RECEIPT_CODE_PLACEHOLDER = "@receipt-code@";

    private static final String CLAIM = """
            claim as (
                insert into intake_idempotency (caller, key_hash, request_hash, dossier_id, sealed)
                values (?, ?, ?, ?, ?) on conflict do nothing
                returning dossier_id),
            """;

    private static final String INSERT_REST = """
            ,
            dossier_row as (
                insert into dossier (%s)
                select %s
                from code
                returning receipt_code),
            outbox_row as (
                insert into outbox_event (event_id, aggregate_id, topic, type, subject, occurred_at, payload)
                select ?, ?, ?, ?, receipt_code, ?, replace(?, ?, receipt_code)
                from dossier_row
                returning subject)
            select subject from outbox_row""".formatted(DossierRows.names(), DossierRows.values("code.code"));

    private static final String INSERT = "with " + ReceiptNumbers.nextCode(null) + INSERT_REST;
    private static final String INSERT_WITH_KEY = "with " + CLAIM + ReceiptNumbers.nextCode("claim") + INSERT_REST;

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final DossierRows rows;

    public IntakeWriter(AgroalDataSource dataSource, Outbox outbox, DossierRows rows) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.rows = rows;
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

    /** The earlier request with this key, if any (a read outside any transaction). */
    public Optional<Earlier> earlier(IdempotencyKey key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select dossier_id, request_hash, sealed from intake_idempotency where caller = ? and key_hash = ?")) {
            select.setString(1, key.caller());
            select.setBytes(2, key.keyHash());
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Earlier(row.getObject(1, UUID.class), row.getBytes(2), row.getBytes(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read idempotency records: " + e.getMessage(), e);
        }
    }

    /** Writes the dossier in one autocommit statement; outside any transaction. */
    @Transactional(Transactional.TxType.NEVER)
    public Outcome write(Dossier dossier, Optional<IdempotencyKey> key, byte[] requestHash, byte[] sealed,
            Function<Dossier, DossierReceivedV1> event) {
        LocalDate day = WorkingCalendar.businessDate(dossier.receivedAt);
        dossier.receiptCode = RECEIPT_CODE_PLACEHOLDER;
        OutboxEvent received = outbox.prepare(Topics.DOSSIER_RECEIVED, EventTypes.DOSSIER_RECEIVED_V1, dossier.id,
                null, dossier.receivedAt, event.apply(dossier));
        String receiptCode;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(key.isPresent() ? INSERT_WITH_KEY : INSERT)) {
            connection.setAutoCommit(true);
            int i = 0;
            if (key.isPresent()) {
                insert.setString(++i, key.get().caller());
                insert.setBytes(++i, key.get().keyHash());
                insert.setBytes(++i, requestHash);
                insert.setObject(++i, dossier.id);
                insert.setBytes(++i, sealed);
            }
            {
                insert.setString(++i, dossier.unitCode);
                insert.setObject(++i, day);
                insert.setString(++i, ReceiptNumbers.prefix(dossier.unitCode, day));
                i = rows.bind(insert, i, dossier, false);
                insert.setObject(++i, received.eventId());
                insert.setObject(++i, received.aggregateId());
                insert.setString(++i, received.topic());
                insert.setString(++i, received.type());
                insert.setObject(++i, received.occurredAt());
                insert.setString(++i, received.payload());
                insert.setString(++i, RECEIPT_CODE_PLACEHOLDER);
            }
            try (ResultSet result = insert.executeQuery()) {
                receiptCode = result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("intake of " + dossier.id + " failed: " + e.getMessage(), e);
        }
        if (receiptCode == null) { // a concurrent request with the same key was first
            return new Outcome(null, earlier(key.orElseThrow()).orElseThrow());
        }
        dossier.receiptCode = receiptCode;
        return new Outcome(dossier, null);
    }
}
