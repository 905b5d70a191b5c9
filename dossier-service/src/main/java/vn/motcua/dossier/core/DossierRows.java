package vn.motcua.dossier.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one writer of {@code dossier} rows in plain SQL, for the two paths that cannot go through Hibernate: intake
 * (numbering, dossier and outbox row in one autocommit statement, see IntakeWriter) and historical import
 * (batched inserts). Every column is listed once, here, with how its value is bound; adding a column to
 * {@link Dossier} means adding it here too, and nowhere else.
 */
@ApplicationScoped
public class DossierRows {

    /** The receipt code's column, which intake fills from its numbering statement instead of a parameter. */
    public static final String RECEIPT_CODE = "receipt_code";

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int index, Dossier dossier, DossierRows rows) throws SQLException;
    }

    private record Column(String name, String parameter, Binder binder) {
    }

    private static Column column(String name, Binder binder) {
        return new Column(name, "?", binder);
    }

    private static final List<Column> COLUMNS = List.of(
            column("id", (s, i, d, r) -> s.setObject(i, d.id)),
            column(RECEIPT_CODE, (s, i, d, r) -> s.setString(i, d.receiptCode)),
            column("status", (s, i, d, r) -> s.setString(i, d.status.name())),
            column("channel", (s, i, d, r) -> s.setString(i, d.channel.name())),
            column("received_at", (s, i, d, r) -> s.setObject(i, d.receivedAt)),
            column("due_at", (s, i, d, r) -> s.setObject(i, d.dueAt)),
            column("processing_days", (s, i, d, r) -> s.setInt(i, d.processingDays)),
            column("procedure_code", (s, i, d, r) -> s.setString(i, d.procedureCode)),
            column("procedure_name", (s, i, d, r) -> s.setString(i, d.procedureName)),
            column("procedure_version", (s, i, d, r) -> s.setObject(i, d.procedureVersion, Types.INTEGER)),
            column("field_code", (s, i, d, r) -> s.setString(i, d.fieldCode)),
            column("field_name", (s, i, d, r) -> s.setString(i, d.fieldName)),
            column("online_level", (s, i, d, r) -> s.setString(i, d.onlineLevel.name())),
            column("unit_code", (s, i, d, r) -> s.setString(i, d.unitCode)),
            column("unit_name", (s, i, d, r) -> s.setString(i, d.unitName)),
            column("unit_level", (s, i, d, r) -> s.setString(i, d.unitLevel.name())),
            column("unit_ancestor_codes", (s, i, d, r) -> s.setArray(i,
                    s.getConnection().createArrayOf("varchar", d.unitAncestorCodes.toArray()))),
            column("resolving_unit_code", (s, i, d, r) -> s.setString(i, d.resolvingUnitCode)),
            column("resolving_unit_name", (s, i, d, r) -> s.setString(i, d.resolvingUnitName)),
            column("resolving_unit_level", (s, i, d, r) -> s.setString(i, d.resolvingUnitLevel.name())),
            column("resolving_unit_ancestor_codes", (s, i, d, r) -> s.setArray(i,
                    s.getConnection().createArrayOf("varchar", d.resolvingUnitAncestorCodes.toArray()))),
            column("held_by_unit_code", (s, i, d, r) -> s.setString(i, d.heldByUnitCode)),
            column("held_since", (s, i, d, r) -> s.setObject(i, d.heldSince)),
            column("applicant_type", (s, i, d, r) -> s.setString(i, d.applicantType.name())),
            column("applicant_name", (s, i, d, r) -> s.setString(i, d.applicantName)),
            column("applicant_citizen_id", (s, i, d, r) -> s.setString(i, d.applicantCitizenId)),
            column("applicant_tax_code", (s, i, d, r) -> s.setString(i, d.applicantTaxCode)),
            column("applicant_phone", (s, i, d, r) -> s.setString(i, d.applicantPhone)),
            column("applicant_email", (s, i, d, r) -> s.setString(i, d.applicantEmail)),
            column("applicant_address", (s, i, d, r) -> s.setString(i, d.applicantAddress)),
            new Column("documents", "?::jsonb", (s, i, d, r) -> s.setString(i, r.json(d.documents))),
            column("note", (s, i, d, r) -> s.setString(i, d.note)),
            column("lookup_secret_hash", (s, i, d, r) -> s.setString(i, d.lookupSecretHash)),
            column("survey_token_hash", (s, i, d, r) -> s.setString(i, d.surveyTokenHash)),
            column("survey_token_sealed", (s, i, d, r) -> s.setBytes(i, d.surveyTokenSealed)),
            column("received_by", (s, i, d, r) -> s.setString(i, d.receivedBy)),
            column("outcome", (s, i, d, r) -> s.setString(i, d.outcome == null ? null : d.outcome.name())),
            column("outcome_reason", (s, i, d, r) -> s.setString(i, d.outcomeReason)),
            column("resolved_at", (s, i, d, r) -> s.setObject(i, d.resolvedAt)),
            column("apology_at", (s, i, d, r) -> s.setObject(i, d.apologyAt)),
            column("appointment_date", (s, i, d, r) -> s.setObject(i, d.appointmentDate)),
            column("overdue_at", (s, i, d, r) -> s.setObject(i, d.overdueAt)),
            column("original_due_at", (s, i, d, r) -> s.setObject(i, d.originalDueAt)),
            column("extension_reason", (s, i, d, r) -> s.setString(i, d.extensionReason)),
            column("supplement_request_count", (s, i, d, r) -> s.setInt(i, d.supplementRequestCount)),
            column("version", (s, i, d, r) -> s.setInt(i, d.version)));

    /** {@code insert into dossier (...) values (...)}: every column a parameter. */
    public static final String INSERT = "insert into dossier (" + names() + ") values (" + values(null) + ")";

    private final ObjectMapper json;

    public DossierRows(ObjectMapper json) {
        this.json = json;
    }

    /** The column list, in the order {@link #bind} binds them. */
    public static String names() {
        return COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** The values for {@link #names()}; with {@code receiptCode} (an SQL expression) that column is no parameter. */
    public static String values(String receiptCode) {
        return COLUMNS.stream().map(c -> receiptCode != null && c.name().equals(RECEIPT_CODE) ? receiptCode
                : c.parameter()).collect(Collectors.joining(", "));
    }

    /**
     * Binds the dossier's values to the parameters after {@code last} ({@code withReceiptCode} false when the
     * statement was made with {@code values(expression)}); returns the index of the last one bound.
     */
    public int bind(PreparedStatement statement, int last, Dossier dossier, boolean withReceiptCode)
            throws SQLException {
        int index = last;
        for (Column column : COLUMNS) {
            if (withReceiptCode || !column.name().equals(RECEIPT_CODE)) {
                column.binder().bind(statement, ++index, dossier, this);
            }
        }
        return index;
    }

    /** A value as JSON text, for the jsonb columns of the dossier and its history. */
    public String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
