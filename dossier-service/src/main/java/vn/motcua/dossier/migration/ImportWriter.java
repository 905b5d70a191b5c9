package vn.motcua.dossier.migration;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierEvents;
import vn.motcua.dossier.core.DossierRows;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.receipt.ReceiptCode;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxEvent;

/**
 * Writes checked historical dossiers in one transaction with batched statements: receipt numbers, dossier rows,
 * history rows, outbox rows ({@code dossier-received} at receivedAt, {@code dossier-resolved} at resolvedAt, their
 * payloads built by the live code) and the legacy-id records. A rollback gives the numbers back, like intake.
 *
 * <p>Numbering: each (unit, business day) keeps its own row in {@code receipt_counter}, past days included. The
 * dossiers without an old receipt code get the next numbers of their unit-day in order of receipt; old codes of
 * that day lift the counter to their highest sequence first, so generated numbers follow them and never collide.
 * All unit-days of a request are numbered by one statement, in a fixed order so concurrent imports cannot
 * deadlock.
 */
@ApplicationScoped
class ImportWriter {

    private static final String NUMBER = """
            with wanted (unit_code, day, used, count) as (
                select * from unnest(?::varchar[], ?::varchar[]::date[], ?::int[], ?::int[]))
            insert into receipt_counter as c (unit_code, day, last)
            select unit_code, day, used + count from wanted order by unit_code, day
            on conflict (unit_code, day) do update set last = greatest(excluded.last,
                c.last + (select w.count from wanted w where w.unit_code = excluded.unit_code and w.day = excluded.day))
            returning unit_code, day::varchar, last""";

    private static final String INSERT_HISTORY = """
            insert into dossier_history (dossier_id, at, actor, action, from_status, to_status, note, details)
            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";

    private static final String INSERT_IMPORT = """
            insert into dossier_import (legacy_id, dossier_id, request_hash, imported_by) values (?, ?, ?, ?)""";

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final DossierEvents events;
    private final DossierRows rows;

    ImportWriter(AgroalDataSource dataSource, Outbox outbox, DossierEvents events, DossierRows rows) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.events = events;
        this.rows = rows;
    }

    /** A checked dossier ready to write: its receipt code is null until numbered, unless the old platform gave one. */
    record NewDossier(int index, String legacyId, byte[] requestHash, Dossier dossier, OffsetDateTime dueAtOnReceipt,
            List<HistoryEntry> history, boolean resolved, String lookupSecret, String surveyToken) {
    }

    /** An earlier import of a legacy id; its secrets were shown once, when it was created. */
    record Earlier(String legacyId, UUID dossierId, byte[] requestHash, String receiptCode, DossierStatus status,
            OffsetDateTime receivedAt, OffsetDateTime dueAt) {

        DossierImportResult.Entry entry(int index, String legacyId) {
            return new DossierImportResult.Entry(index, legacyId, dossierId, receiptCode, status,
                    StepReplay.inZone(receivedAt), StepReplay.inZone(dueAt), false, null, null);
        }
    }

    /** Earlier imports of these legacy ids (read outside any transaction). */
    Map<String, Earlier> earlier(Collection<String> legacyIds) {
        Map<String, Earlier> found = new HashMap<>();
        if (legacyIds.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select i.legacy_id, i.dossier_id, i.request_hash, d.receipt_code, d.status, d.received_at,
                            d.due_at
                        from dossier_import i join dossier d on d.id = i.dossier_id
                        where i.legacy_id = any(?)""")) {
            select.setArray(1, connection.createArrayOf("varchar", legacyIds.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.put(row.getString(1), new Earlier(row.getString(1), row.getObject(2, UUID.class),
                            row.getBytes(3), row.getString(4), DossierStatus.valueOf(row.getString(5)),
                            row.getObject(6, OffsetDateTime.class), row.getObject(7, OffsetDateTime.class)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read earlier imports: " + e.getMessage(), e);
        }
    }

    /** Which of these receipt codes dossiers already have. */
    Set<String> takenReceiptCodes(Collection<String> codes) {
        Set<String> taken = new HashSet<>();
        if (codes.isEmpty()) {
            return taken;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select receipt_code from dossier where receipt_code = any(?)")) {
            select.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    taken.add(row.getString(1));
                }
            }
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read receipt codes: " + e.getMessage(), e);
        }
    }

    /** Writes every dossier or none. */
    @Transactional
    void write(List<NewDossier> dossiers, String admin) {
        if (dossiers.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            number(connection, dossiers);
            try (PreparedStatement dossier = connection.prepareStatement(DossierRows.INSERT);
                    PreparedStatement history = connection.prepareStatement(INSERT_HISTORY);
                    PreparedStatement event = connection.prepareStatement(OutboxEvent.INSERT);
                    PreparedStatement imported = connection.prepareStatement(INSERT_IMPORT)) {
                List<OutboxEvent> resolvedEvents = new ArrayList<>();
                for (NewDossier n : dossiers) {
                    Dossier d = n.dossier();
                    addDossier(dossier, n);
                    for (HistoryEntry h : n.history()) {
                        addHistory(history, h);
                    }
                    addEvent(event, received(d, n));
                    if (n.resolved()) {
                        resolvedEvents.add(outbox.prepare(Topics.DOSSIER_RESOLVED, EventTypes.DOSSIER_RESOLVED_V1,
                                d.id, d.receiptCode, d.resolvedAt, events.resolved(d)));
                    }
                    imported.setString(1, n.legacyId());
                    imported.setObject(2, d.id);
                    imported.setBytes(3, n.requestHash());
                    imported.setString(4, admin);
                    imported.addBatch();
                }
                // after every dossier-received, so each dossier's events keep their order in the outbox
                for (OutboxEvent resolved : resolvedEvents) {
                    addEvent(event, resolved);
                }
                dossier.executeBatch();
                history.executeBatch();
                event.executeBatch();
                imported.executeBatch();
            }
        } catch (SQLException e) {
            throw new ImportFailedException(e);
        }
    }

    /**
     * The {@code dossier-received} that intake would have sent: with the due date set at receipt, not the one a
     * later received supplement restarted.
     */
    private OutboxEvent received(Dossier d, NewDossier n) {
        OffsetDateTime dueAtNow = d.dueAt;
        d.dueAt = n.dueAtOnReceipt();
        try {
            return outbox.prepare(Topics.DOSSIER_RECEIVED, EventTypes.DOSSIER_RECEIVED_V1, d.id, d.receiptCode,
                    d.receivedAt, DossierEvents.received(d, n.surveyToken()));
        } finally {
            d.dueAt = dueAtNow;
        }
    }

    /** Gives each dossier without an old code the next number of its unit-day, in order of receipt. */
    private void number(Connection connection, List<NewDossier> dossiers) throws SQLException {
        record UnitDay(String unit, LocalDate day) {
        }
        Map<UnitDay, List<Dossier>> unnumbered = new TreeMap<>(Comparator.comparing(UnitDay::unit)
                .thenComparing(UnitDay::day));
        Map<UnitDay, Integer> used = new HashMap<>();
        for (NewDossier n : dossiers) {
            Dossier d = n.dossier();
            UnitDay key = new UnitDay(d.unitCode, WorkingCalendar.businessDate(d.receivedAt));
            List<Dossier> group = unnumbered.computeIfAbsent(key, k -> new ArrayList<>());
            if (d.receiptCode == null) {
                group.add(d);
            } else {
                int sequence = Integer.parseInt(d.receiptCode.substring(d.receiptCode.lastIndexOf('-') + 1));
                used.merge(key, sequence, Math::max);
            }
        }
        List<String> units = new ArrayList<>();
        List<String> days = new ArrayList<>();
        List<Integer> usedUpTo = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        unnumbered.forEach((key, group) -> {
            units.add(key.unit());
            days.add(key.day().toString());
            usedUpTo.add(used.getOrDefault(key, 0));
            counts.add(group.size());
            group.sort(Comparator.comparing((Dossier d) -> d.receivedAt));
        });
        try (PreparedStatement number = connection.prepareStatement(NUMBER)) {
            number.setArray(1, connection.createArrayOf("varchar", units.toArray()));
            number.setArray(2, connection.createArrayOf("varchar", days.toArray()));
            number.setArray(3, connection.createArrayOf("int4", usedUpTo.toArray()));
            number.setArray(4, connection.createArrayOf("int4", counts.toArray()));
            try (ResultSet row = number.executeQuery()) {
                while (row.next()) {
                    UnitDay key = new UnitDay(row.getString(1), LocalDate.parse(row.getString(2)));
                    List<Dossier> group = unnumbered.get(key);
                    int first = row.getInt(3) - group.size() + 1;
                    for (int k = 0; k < group.size(); k++) {
                        group.get(k).receiptCode = ReceiptCode.format(key.unit(), key.day(), first + k);
                    }
                }
            }
        }
    }

    private void addDossier(PreparedStatement insert, NewDossier n) throws SQLException {
        rows.bind(insert, 0, n.dossier(), true);
        insert.addBatch();
    }

    private void addHistory(PreparedStatement insert, HistoryEntry h) throws SQLException {
        insert.setObject(1, h.dossierId);
        insert.setObject(2, h.at);
        insert.setString(3, h.actor);
        insert.setString(4, h.action.name());
        insert.setString(5, h.fromStatus.name());
        insert.setString(6, h.toStatus.name());
        insert.setString(7, h.note);
        insert.setString(8, h.details == null ? null : rows.json(h.details));
        insert.addBatch();
    }

    private static void addEvent(PreparedStatement insert, OutboxEvent e) throws SQLException {
        e.bind(insert);
        insert.addBatch();
    }

    /** A failed write; the transaction rolls back. Keeps the SQL state for the 409/503 mapping. */
    static final class ImportFailedException extends RuntimeException {
        ImportFailedException(SQLException cause) {
            super("historical import failed: " + cause.getMessage(), cause);
        }
    }
}
