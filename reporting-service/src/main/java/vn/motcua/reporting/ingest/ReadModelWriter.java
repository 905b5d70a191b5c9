package vn.motcua.reporting.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.IncomingEvent;
import vn.motcua.events.SurveyResponseSubmittedV1;
import vn.motcua.events.UnitRef;

/**
 * The projection of events into one generation's tables: the only one, used by the live consumers (a batch
 * of one, in their transaction) and by a replay (thousands per statement). Each table is written with one
 * multi-row statement over {@code unnest}ed arrays.
 *
 * <p>The result does not depend on delivery order or repetition: event ids already in
 * {@code processed_event} are skipped; dossier-received owns a dossier's descriptive columns and its file counts at
 * intake, dossier-resolved its resolution columns, due date, resolving unit (dossier-received's until then),
 * supplement count, stopped flag, file counts at resolution and electronic result flag, whichever comes first
 * (counts an event did not carry stay null: the views read them as 0 and false); a unit keeps, column by column, the
 * value from the event with the latest business time that had one (a resolving unit is a unit too); a survey
 * response is written once. The KPI aggregates follow every change of a dossier or response in the same
 * transaction ({@link KpiAggregates}).
 */
@ApplicationScoped
public class ReadModelWriter {

    private final KpiAggregates aggregates;

    public ReadModelWriter(KpiAggregates aggregates) {
        this.aggregates = aggregates;
    }

    /**
     * Where the projection records the ids of the events it applies, learning which it had applied before, in
     * the caller's transaction.
     */
    public interface Ledger {
        /** Records the ids not recorded before and returns their events (the first copy of each id), in order. */
        List<IncomingEvent> recordFirstDeliveries(Connection connection, String schema, List<IncomingEvent> events)
                throws SQLException;

        /** The transaction was rolled back to the savepoint taken just before the last call. */
        default void rolledBack() {
        }

        /**
         * Whether the writer keeps the KPI aggregates with each batch; a ledger that does not (a replay's first pass)
         * has them built whole afterwards ({@link KpiAggregates#build}).
         */
        default boolean keepsAggregates() {
            return true;
        }
    }

    /** The generation's {@code processed_event} table, checked through its primary key. */
    public static final Ledger PROCESSED_EVENT_TABLE = ReadModelWriter::firstDeliveries;

    /** {@link #apply(Connection, int, List, Ledger, BiConsumer)} with the {@link #PROCESSED_EVENT_TABLE}. */
    public int apply(Connection connection, int generation, List<IncomingEvent> events,
            BiConsumer<IncomingEvent, SQLException> rejected) throws SQLException {
        return apply(connection, generation, events, PROCESSED_EVENT_TABLE, rejected);
    }

    /**
     * Applies {@code events} to {@code generation} in the caller's transaction; returns how many were new. When
     * the batch breaks a rule of the database (a data or constraint error), it is applied again event by event,
     * each under a savepoint, and every event that breaks the rule alone goes to {@code rejected} and changes
     * nothing; any other error is thrown.
     */
    public int apply(Connection connection, int generation, List<IncomingEvent> events, Ledger ledger,
            BiConsumer<IncomingEvent, SQLException> rejected) throws SQLException {
        Savepoint batch = connection.setSavepoint();
        try {
            int applied = apply(connection, generation, events, ledger);
            connection.releaseSavepoint(batch);
            return applied;
        } catch (SQLException e) {
            if (!breaksADataRule(e)) {
                throw e;
            }
            connection.rollback(batch);
            ledger.rolledBack();
        }
        int applied = 0;
        for (IncomingEvent event : events) {
            Savepoint single = connection.setSavepoint();
            try {
                applied += apply(connection, generation, List.of(event), ledger);
                connection.releaseSavepoint(single);
            } catch (SQLException e) {
                if (!breaksADataRule(e)) {
                    throw e;
                }
                connection.rollback(single);
                ledger.rolledBack();
                rejected.accept(event, e);
            }
        }
        return applied;
    }

    /** SQLSTATE class 22 (data exception) or 23 (integrity constraint): the event, not the database, is at fault. */
    private static boolean breaksADataRule(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private int apply(Connection connection, int generation, List<IncomingEvent> events, Ledger ledger)
            throws SQLException {
        String schema = ReadModelGenerations.schema(generation);
        List<IncomingEvent> fresh = ledger.recordFirstDeliveries(connection, schema, events);
        Map<UUID, DossierReceivedV1> received = new LinkedHashMap<>();
        Map<UUID, DossierResolvedV1> resolved = new LinkedHashMap<>();
        Map<UUID, SurveyResponseSubmittedV1> responses = new LinkedHashMap<>();
        Map<String, UnitDescription> units = new LinkedHashMap<>();
        for (IncomingEvent event : fresh) {
            UnitDescription unit;
            if (event.payload() instanceof DossierReceivedV1 r) {
                received.put(r.dossierId(), r); // a later copy of the same dossier's event wins, as it would one by one
                unit = UnitDescription.of(r.unitCode(), r.unitName(), r.unitLevel().name(), r.unitAncestorCodes(),
                        r.receivedAt());
                resolvingUnit(units, r.resolvingUnit(), r.receivedAt());
            } else if (event.payload() instanceof DossierResolvedV1 r) {
                resolved.put(r.dossierId(), r);
                unit = UnitDescription.of(r.unitCode(), r.unitName(), r.unitLevel().name(), r.unitAncestorCodes(),
                        r.resolvedAt());
                resolvingUnit(units, r.resolvingUnit(), r.resolvedAt());
            } else {
                SurveyResponseSubmittedV1 r = (SurveyResponseSubmittedV1) event.payload();
                responses.putIfAbsent(r.responseId(), r); // the first answer stays, as it would one by one
                unit = UnitDescription.of(r.unitCode(), r.unitName(), null, r.unitAncestorCodes(), r.submittedAt());
            }
            units.merge(unit.code(), unit, UnitDescription::merge);
        }
        Set<UUID> dossiers = new HashSet<>(received.keySet());
        dossiers.addAll(resolved.keySet());
        boolean keepAggregates = ledger.keepsAggregates() && !fresh.isEmpty();
        if (keepAggregates) {
            Set<UUID> touched = new HashSet<>(dossiers);
            responses.values().stream().map(SurveyResponseSubmittedV1::dossierId).filter(Objects::nonNull)
                    .forEach(touched::add);
            aggregates.lock(connection, touched);
            aggregates.retract(connection, generation, dossiers);
        }
        upsertReceived(connection, schema, received.values());
        upsertResolved(connection, schema, resolved.values());
        Set<UUID> newResponses = insertResponses(connection, schema, responses.values());
        upsertUnits(connection, schema, units.values());
        if (keepAggregates) {
            aggregates.add(connection, generation, dossiers, newResponses);
        }
        return fresh.size();
    }

    /** A resolving unit is a unit seen in the events too: it can be asked for, and lends its ancestors. */
    private static void resolvingUnit(Map<String, UnitDescription> units, UnitRef unit, OffsetDateTime at) {
        if (unit != null && unit.code() != null) {
            UnitDescription description = UnitDescription.of(unit.code(), unit.name(),
                    unit.level() == null ? null : unit.level().name(), unit.ancestorCodes(), at);
            units.merge(description.code(), description, UnitDescription::merge);
        }
    }

    private static List<IncomingEvent> firstDeliveries(Connection connection, String schema, List<IncomingEvent> events)
            throws SQLException {
        Map<String, IncomingEvent> byId = new LinkedHashMap<>();
        events.forEach(event -> byId.putIfAbsent(event.id(), event));
        var columns = new Columns<>(byId.values());
        columns.add(IncomingEvent::id);
        columns.add(IncomingEvent::topic);
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement statement = columns.prepare(connection, """
                insert into %s.processed_event (event_id, topic)
                select * from unnest(?::text[], ?::text[])
                on conflict do nothing returning event_id""".formatted(schema));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                inserted.add(rows.getString(1));
            }
        }
        return byId.values().stream().filter(event -> inserted.contains(event.id())).toList();
    }

    private static void upsertReceived(Connection connection, String schema, Collection<DossierReceivedV1> events)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        Columns<DossierReceivedV1> columns = dossierColumns(events, DossierReceivedV1::dossierId, DossierReceivedV1::receiptCode,
                DossierReceivedV1::unitCode, DossierReceivedV1::unitName, e -> e.unitLevel().name(),
                DossierReceivedV1::unitAncestorCodes, DossierReceivedV1::procedureCode, DossierReceivedV1::procedureName,
                DossierReceivedV1::fieldCode, DossierReceivedV1::fieldName, e -> e.channel().name(),
                e -> e.onlineLevel().name(), DossierReceivedV1::receivedAt, DossierReceivedV1::dueAt);
        columns.add(e -> Integer.toString(e.processingWorkingDays()));
        columns.add(e -> Columns.text(e.fileCount()));
        columns.add(e -> Columns.text(e.digitisedComponentCount()));
        columns.add(e -> Columns.text(e.reusedComponentCount()));
        resolvingUnitColumns(columns, DossierReceivedV1::resolvingUnit);
        columns.execute(connection, """
                insert into %s.dossier as d (dossier_id, receipt_code, unit_code, unit_name, unit_level,
                    unit_ancestor_codes, procedure_code, procedure_name, field_code, field_name, channel, online_level,
                    received_at, due_at, processing_working_days, received_file_count,
                    received_digitised_component_count, received_reused_component_count, resolving_unit_code,
                    resolving_unit_name, resolving_unit_level, resolving_unit_ancestor_codes)
                select c1::uuid, c2, c3, c4, c5, coalesce(string_to_array(c6, ','), '{}'), c7, c8, c9, c10, c11, c12,
                    c13::timestamptz, c14::timestamptz, c15::int, c16::int, c17::int, c18::int, c19, c20, c21,
                    string_to_array(c22, ',')
                from unnest(%s) as t(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18,
                    c19, c20, c21, c22)
                on conflict (dossier_id) do update set
                    received_file_count = excluded.received_file_count,
                    received_digitised_component_count = excluded.received_digitised_component_count,
                    received_reused_component_count = excluded.received_reused_component_count,
                    receipt_code = excluded.receipt_code, unit_code = excluded.unit_code,
                    unit_name = excluded.unit_name, unit_level = excluded.unit_level,
                    unit_ancestor_codes = excluded.unit_ancestor_codes, procedure_code = excluded.procedure_code,
                    procedure_name = excluded.procedure_name, field_code = excluded.field_code,
                    field_name = excluded.field_name, channel = excluded.channel, online_level = excluded.online_level,
                    received_at = excluded.received_at, processing_working_days = excluded.processing_working_days,
                    -- once resolved, the due date in force and the unit that resolved it are the resolution's
                    due_at = case when d.resolved_at is null then excluded.due_at else d.due_at end,
                    resolving_unit_code = case when d.resolved_at is null then excluded.resolving_unit_code
                        else d.resolving_unit_code end,
                    resolving_unit_name = case when d.resolved_at is null then excluded.resolving_unit_name
                        else d.resolving_unit_name end,
                    resolving_unit_level = case when d.resolved_at is null then excluded.resolving_unit_level
                        else d.resolving_unit_level end,
                    resolving_unit_ancestor_codes = case when d.resolved_at is null
                        then excluded.resolving_unit_ancestor_codes else d.resolving_unit_ancestor_codes end
                """.formatted(schema, Columns.placeholders(22)));
    }

    private static void upsertResolved(Connection connection, String schema, Collection<DossierResolvedV1> events)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        Columns<DossierResolvedV1> columns = dossierColumns(events, DossierResolvedV1::dossierId, DossierResolvedV1::receiptCode,
                DossierResolvedV1::unitCode, DossierResolvedV1::unitName, e -> e.unitLevel().name(),
                DossierResolvedV1::unitAncestorCodes, DossierResolvedV1::procedureCode, DossierResolvedV1::procedureName,
                DossierResolvedV1::fieldCode, DossierResolvedV1::fieldName, e -> e.channel().name(),
                e -> e.onlineLevel().name(), DossierResolvedV1::receivedAt, DossierResolvedV1::dueAt);
        columns.add(e -> e.outcome().name());
        columns.add(e -> e.resolvedAt().toString());
        columns.add(e -> e.timeliness().name());
        columns.add(e -> Integer.toString(e.workingDaysTaken()));
        columns.add(e -> Columns.text(e.fileCount()));
        columns.add(e -> Columns.text(e.digitisedComponentCount()));
        columns.add(e -> Columns.text(e.reusedComponentCount()));
        columns.add(e -> Columns.text(e.electronicResultIssued()));
        resolvingUnitColumns(columns, DossierResolvedV1::resolvingUnit);
        columns.add(e -> Columns.text(e.supplementRequestCount()));
        columns.add(e -> Columns.text(e.stopped()));
        // the descriptive columns are only a stand-in until dossier-received arrives and overwrites them
        columns.execute(connection, """
                insert into %s.dossier (dossier_id, receipt_code, unit_code, unit_name, unit_level,
                    unit_ancestor_codes, procedure_code, procedure_name, field_code, field_name, channel, online_level,
                    received_at, due_at, outcome, resolved_at, timeliness, working_days_taken, resolved_file_count,
                    resolved_digitised_component_count, resolved_reused_component_count, electronic_result_issued,
                    resolving_unit_code, resolving_unit_name, resolving_unit_level, resolving_unit_ancestor_codes,
                    supplement_request_count, stopped)
                select c1::uuid, c2, c3, c4, c5, coalesce(string_to_array(c6, ','), '{}'), c7, c8, c9, c10, c11, c12,
                    c13::timestamptz, c14::timestamptz, c15, c16::timestamptz, c17, c18::int, c19::int, c20::int,
                    c21::int, c22::boolean, c23, c24, c25, string_to_array(c26, ','), c27::int, c28::boolean
                from unnest(%s) as t(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18,
                    c19, c20, c21, c22, c23, c24, c25, c26, c27, c28)
                on conflict (dossier_id) do update set
                    due_at = excluded.due_at, outcome = excluded.outcome, resolved_at = excluded.resolved_at,
                    timeliness = excluded.timeliness, working_days_taken = excluded.working_days_taken,
                    resolved_file_count = excluded.resolved_file_count,
                    resolved_digitised_component_count = excluded.resolved_digitised_component_count,
                    resolved_reused_component_count = excluded.resolved_reused_component_count,
                    electronic_result_issued = excluded.electronic_result_issued,
                    resolving_unit_code = excluded.resolving_unit_code,
                    resolving_unit_name = excluded.resolving_unit_name,
                    resolving_unit_level = excluded.resolving_unit_level,
                    resolving_unit_ancestor_codes = excluded.resolving_unit_ancestor_codes,
                    supplement_request_count = excluded.supplement_request_count, stopped = excluded.stopped
                """.formatted(schema, Columns.placeholders(28)));
    }

    /** The resolving unit's code, name, level and ancestors, all null when the event names none. */
    private static <E> void resolvingUnitColumns(Columns<E> columns, Function<E, UnitRef> unit) {
        columns.add(e -> unit.apply(e) == null ? null : unit.apply(e).code());
        columns.add(e -> unit.apply(e) == null ? null : unit.apply(e).name());
        columns.add(e -> unit.apply(e) == null || unit.apply(e).level() == null ? null : unit.apply(e).level().name());
        columns.add(e -> unit.apply(e) == null ? null : Columns.codes(unit.apply(e).ancestorCodes()));
    }

    @SuppressWarnings("java:S107") // one accessor per shared column of the two dossier events
    private static <E> Columns<E> dossierColumns(Collection<E> events, Function<E, UUID> dossierId,
            Function<E, String> receiptCode, Function<E, String> unitCode, Function<E, String> unitName,
            Function<E, String> unitLevel, Function<E, List<String>> ancestors, Function<E, String> procedureCode,
            Function<E, String> procedureName, Function<E, String> fieldCode, Function<E, String> fieldName,
            Function<E, String> channel, Function<E, String> onlineLevel, Function<E, OffsetDateTime> receivedAt,
            Function<E, OffsetDateTime> dueAt) {
        var columns = new Columns<>(events);
        columns.add(e -> dossierId.apply(e).toString());
        columns.add(receiptCode);
        columns.add(unitCode);
        columns.add(unitName);
        columns.add(unitLevel);
        columns.add(e -> Columns.codes(ancestors.apply(e)));
        columns.add(procedureCode);
        columns.add(procedureName);
        columns.add(fieldCode);
        columns.add(fieldName);
        columns.add(channel);
        columns.add(onlineLevel);
        columns.add(e -> receivedAt.apply(e).toString());
        columns.add(e -> dueAt.apply(e).toString());
        return columns;
    }

    /** Inserts the responses not there yet, with their group scores; returns their ids. */
    private static Set<UUID> insertResponses(Connection connection, String schema,
            Collection<SurveyResponseSubmittedV1> responses) throws SQLException {
        if (responses.isEmpty()) {
            return Set.of();
        }
        var columns = new Columns<>(responses);
        columns.add(r -> r.responseId().toString());
        columns.add(SurveyResponseSubmittedV1::source);
        columns.add(r -> r.dossierId() == null ? null : r.dossierId().toString());
        columns.add(SurveyResponseSubmittedV1::unitCode);
        columns.add(SurveyResponseSubmittedV1::unitName);
        columns.add(r -> Columns.codes(r.unitAncestorCodes()));
        columns.add(SurveyResponseSubmittedV1::procedureCode);
        columns.add(SurveyResponseSubmittedV1::procedureName);
        columns.add(r -> r.channel() == null ? null : r.channel().name());
        columns.add(r -> r.submittedAt().toString());
        columns.add(r -> Integer.toString(r.questionnaireVersion()));
        Set<UUID> inserted = new HashSet<>();
        try (PreparedStatement statement = columns.prepare(connection, """
                insert into %s.survey_response (response_id, source, dossier_id, unit_code, unit_name,
                    unit_ancestor_codes, procedure_code, procedure_name, channel, submitted_at, questionnaire_version)
                select c1::uuid, c2, c3::uuid, c4, c5, coalesce(string_to_array(c6, ','), '{}'), c7, c8, c9,
                    c10::timestamptz, c11::int
                from unnest(%s) as t(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11)
                on conflict (response_id) do nothing returning response_id""".formatted(schema, Columns.placeholders(11)));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                inserted.add(rows.getObject(1, UUID.class));
            }
        }
        List<GroupRow> scores = new ArrayList<>();
        for (SurveyResponseSubmittedV1 response : responses) {
            if (inserted.contains(response.responseId())) {
                Set<String> seen = new HashSet<>();
                for (SurveyResponseSubmittedV1.GroupScore group : response.groups()) {
                    if (seen.add(group.group())) {
                        scores.add(new GroupRow(response.responseId(), group));
                    }
                }
            }
        }
        if (scores.isEmpty()) {
            return inserted;
        }
        var scoreColumns = new Columns<>(scores);
        scoreColumns.add(s -> s.responseId().toString());
        scoreColumns.add(s -> s.score().group());
        scoreColumns.add(s -> Integer.toString(s.score().answered()));
        scoreColumns.add(s -> Integer.toString(s.score().satisfied()));
        scoreColumns.add(s -> Integer.toString(s.score().scoreSum()));
        scoreColumns.execute(connection, """
                insert into %s.survey_group_score (response_id, group_code, answered, satisfied, score_sum)
                select c1::uuid, c2, c3::int, c4::int, c5::int from unnest(%s) as t(c1, c2, c3, c4, c5)
                """.formatted(schema, Columns.placeholders(5)));
        return inserted;
    }

    private record GroupRow(UUID responseId, SurveyResponseSubmittedV1.GroupScore score) {
    }

    private static void upsertUnits(Connection connection, String schema, Collection<UnitDescription> units)
            throws SQLException {
        if (units.isEmpty()) {
            return;
        }
        var columns = new Columns<>(units);
        columns.add(UnitDescription::code);
        columns.add(u -> u.name().value());
        columns.add(u -> u.name().at());
        columns.add(u -> u.level().value());
        columns.add(u -> u.level().at());
        columns.add(u -> u.ancestors().value());
        columns.add(u -> u.ancestors().at());
        columns.execute(connection, """
                insert into %s.unit as u (unit_code, unit_name, unit_name_at, unit_level, unit_level_at,
                    unit_ancestor_codes, unit_ancestors_at)
                select c1, c2, c3::timestamptz, c4, c5::timestamptz, coalesce(string_to_array(c6, ','), '{}'),
                    c7::timestamptz
                from unnest(%s) as t(c1, c2, c3, c4, c5, c6, c7)
                on conflict (unit_code) do update set
                    unit_name = case when excluded.unit_name_at >= coalesce(u.unit_name_at, '-infinity')
                        then excluded.unit_name else u.unit_name end,
                    unit_name_at = greatest(u.unit_name_at, excluded.unit_name_at),
                    unit_level = case when excluded.unit_level_at >= coalesce(u.unit_level_at, '-infinity')
                        then excluded.unit_level else u.unit_level end,
                    unit_level_at = greatest(u.unit_level_at, excluded.unit_level_at),
                    unit_ancestor_codes = case when excluded.unit_ancestors_at >= coalesce(u.unit_ancestors_at, '-infinity')
                        then excluded.unit_ancestor_codes else u.unit_ancestor_codes end,
                    unit_ancestors_at = greatest(u.unit_ancestors_at, excluded.unit_ancestors_at)
                """.formatted(schema, Columns.placeholders(7)));
    }
}
