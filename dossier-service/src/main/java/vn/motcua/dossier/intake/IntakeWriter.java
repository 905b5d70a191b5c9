package vn.motcua.dossier.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.motcua.dossier.calendar.WorkingCalendar;
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
                insert into dossier (id, receipt_code, status, channel, received_at, due_at, processing_days,
                    procedure_code, procedure_name, procedure_version, field_code, field_name, online_level,
                    unit_code, unit_name, unit_level, unit_ancestor_codes, applicant_type, applicant_name,
                    applicant_citizen_id, applicant_tax_code, applicant_phone, applicant_email, applicant_address,
                    documents, note,
                    lookup_secret_hash, survey_token_hash, survey_token_sealed, received_by, version)
                select ?, code.code, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, 0
                from code
                returning receipt_code),
            outbox_row as (
                insert into outbox_event (event_id, aggregate_id, topic, type, subject, occurred_at, payload)
                select ?, ?, ?, ?, receipt_code, ?, replace(?, ?, receipt_code)
                from dossier_row
                returning subject)
            select subject from outbox_row""";

    private static final String INSERT = "with " + ReceiptNumbers.nextCode(null) + INSERT_REST;
    private static final String INSERT_WITH_KEY = "with " + CLAIM + ReceiptNumbers.nextCode("claim") + INSERT_REST;

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final ObjectMapper json;

    public IntakeWriter(AgroalDataSource dataSource, Outbox outbox, ObjectMapper json) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.json = json;
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
        String documents;
        try {
            documents = json.writeValueAsString(dossier.documents);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
                insert.setObject(++i, dossier.id);
                insert.setString(++i, dossier.status.name());
                insert.setString(++i, dossier.channel.name());
                insert.setObject(++i, dossier.receivedAt);
                insert.setObject(++i, dossier.dueAt);
                insert.setInt(++i, dossier.processingDays);
                insert.setString(++i, dossier.procedureCode);
                insert.setString(++i, dossier.procedureName);
                insert.setObject(++i, dossier.procedureVersion, Types.INTEGER);
                insert.setString(++i, dossier.fieldCode);
                insert.setString(++i, dossier.fieldName);
                insert.setString(++i, dossier.onlineLevel.name());
                insert.setString(++i, dossier.unitCode);
                insert.setString(++i, dossier.unitName);
                insert.setString(++i, dossier.unitLevel.name());
                insert.setArray(++i, connection.createArrayOf("varchar", dossier.unitAncestorCodes.toArray()));
                insert.setString(++i, dossier.applicantType.name());
                insert.setString(++i, dossier.applicantName);
                insert.setString(++i, dossier.applicantCitizenId);
                insert.setString(++i, dossier.applicantTaxCode);
                insert.setString(++i, dossier.applicantPhone);
                insert.setString(++i, dossier.applicantEmail);
                insert.setString(++i, dossier.applicantAddress);
                insert.setString(++i, documents);
                insert.setString(++i, dossier.note);
                insert.setString(++i, dossier.lookupSecretHash);
                insert.setString(++i, dossier.surveyTokenHash);
                insert.setBytes(++i, dossier.surveyTokenSealed);
                insert.setString(++i, dossier.receivedBy);
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
