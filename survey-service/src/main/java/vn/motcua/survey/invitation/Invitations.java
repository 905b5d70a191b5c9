package vn.motcua.survey.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.survey.response.Survey;
import vn.motcua.survey.unit.UnitFacts;
import vn.motcua.survey.unit.UnitHierarchy;

/**
 * Keeps one survey row per dossier from the two dossier events, in whichever order they arrive (the survey
 * token only as its hash, {@link Survey#hashOf}). Each upsert
 * locks the row, so the two consumers never lose each other's half; the survey opens (for
 * {@code motcua.survey.open-days} days from the resolution, on the questionnaire version current at that moment)
 * as soon as the row has both the token and an APPROVED or REJECTED outcome. A WITHDRAWN dossier gets no survey.
 * The unit's parents are those at intake (dossier-received); dossier-resolved supplies them only while the intake's
 * are unknown. Both events also note the unit's name and parents in {@code learnt}, which the caller teaches
 * {@link UnitHierarchy} at the end of the transaction ({@link UnitFacts}).
 */
@ApplicationScoped
public class Invitations {

    private final int openDays;

    public Invitations(InvitationConfig config) {
        this.openDays = config.openDays();
    }

    /**
     * Applies {@code events} on {@code connection}, the transaction's, in one statement per change, locking the
     * survey rows in the order of {@code events}; of several events about one dossier the first counts, as it would
     * one by one (the later ones change nothing).
     */
    void received(Connection connection, List<DossierReceivedV1> events, UnitFacts learnt) throws SQLException {
        List<DossierReceivedV1> first = firstPerDossier(events, DossierReceivedV1::dossierId);
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into survey (dossier_id, token_hash, unit_code, unit_name, procedure_code, procedure_name, channel,
                                    received_at, unit_ancestor_codes)
                select cast(e.dossier_id as uuid), e.token_hash, e.unit_code, e.unit_name, e.procedure_code,
                       e.procedure_name, e.channel, cast(e.received_at as timestamptz),
                       string_to_array(e.ancestors, ',')
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]))
                     with ordinality as e(dossier_id, token_hash, unit_code, unit_name, procedure_code, procedure_name,
                                          channel, received_at, ancestors, n)
                order by e.n
                on conflict (dossier_id) do update set token_hash = excluded.token_hash, received_at = excluded.received_at,
                    unit_code = excluded.unit_code, unit_name = excluded.unit_name,
                    procedure_code = excluded.procedure_code, procedure_name = excluded.procedure_name,
                    channel = excluded.channel,
                    unit_ancestor_codes = coalesce(excluded.unit_ancestor_codes, survey.unit_ancestor_codes)
                where survey.token_hash is null""")) {
            statement.setArray(1, SqlArrays.text(connection, first.stream().map(DossierReceivedV1::dossierId)));
            statement.setArray(2, SqlArrays.text(connection, first.stream().map(e -> Survey.hashOf(e.surveyToken()))));
            statement.setArray(3, SqlArrays.text(connection, first.stream().map(DossierReceivedV1::unitCode)));
            statement.setArray(4, SqlArrays.text(connection, first.stream().map(DossierReceivedV1::unitName)));
            statement.setArray(5, SqlArrays.text(connection, first.stream().map(DossierReceivedV1::procedureCode)));
            statement.setArray(6, SqlArrays.text(connection, first.stream().map(DossierReceivedV1::procedureName)));
            statement.setArray(7, SqlArrays.text(connection, first.stream().map(DossierReceivedV1::channel)));
            statement.setArray(8, SqlArrays.text(connection, first.stream().map(DossierReceivedV1::receivedAt)));
            statement.setArray(9, SqlArrays.text(connection,
                    first.stream().map(e -> UnitHierarchy.join(e.unitAncestorCodes()))));
            statement.executeUpdate();
        }
        events.forEach(e -> learnt.note(e.unitCode(), e.unitName(), e.unitAncestorCodes(), e.receivedAt()));
        openIfReady(connection, first.stream().map(DossierReceivedV1::dossierId).toList());
    }

    /** As {@link #received}, for dossier-resolved. */
    void resolved(Connection connection, List<DossierResolvedV1> events, UnitFacts learnt) throws SQLException {
        List<DossierResolvedV1> first = firstPerDossier(events, DossierResolvedV1::dossierId);
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into survey (dossier_id, unit_code, unit_name, procedure_code, procedure_name, channel,
                                    outcome, resolved_at, unit_ancestor_codes)
                select cast(e.dossier_id as uuid), e.unit_code, e.unit_name, e.procedure_code, e.procedure_name,
                       e.channel, e.outcome, cast(e.resolved_at as timestamptz), string_to_array(e.ancestors, ',')
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]))
                     with ordinality as e(dossier_id, unit_code, unit_name, procedure_code, procedure_name, channel,
                                          outcome, resolved_at, ancestors, n)
                order by e.n
                on conflict (dossier_id) do update set outcome = excluded.outcome, resolved_at = excluded.resolved_at,
                    unit_ancestor_codes = coalesce(survey.unit_ancestor_codes, excluded.unit_ancestor_codes)
                where survey.outcome is null""")) {
            statement.setArray(1, SqlArrays.text(connection, first.stream().map(DossierResolvedV1::dossierId)));
            statement.setArray(2, SqlArrays.text(connection, first.stream().map(DossierResolvedV1::unitCode)));
            statement.setArray(3, SqlArrays.text(connection, first.stream().map(DossierResolvedV1::unitName)));
            statement.setArray(4, SqlArrays.text(connection, first.stream().map(DossierResolvedV1::procedureCode)));
            statement.setArray(5, SqlArrays.text(connection, first.stream().map(DossierResolvedV1::procedureName)));
            statement.setArray(6, SqlArrays.text(connection, first.stream().map(DossierResolvedV1::channel)));
            statement.setArray(7, SqlArrays.text(connection, first.stream().map(DossierResolvedV1::outcome)));
            statement.setArray(8, SqlArrays.text(connection, first.stream().map(DossierResolvedV1::resolvedAt)));
            statement.setArray(9, SqlArrays.text(connection,
                    first.stream().map(e -> UnitHierarchy.join(e.unitAncestorCodes()))));
            statement.executeUpdate();
        }
        events.forEach(e -> learnt.note(e.unitCode(), e.unitName(), e.unitAncestorCodes(), e.resolvedAt()));
        openIfReady(connection, first.stream().map(DossierResolvedV1::dossierId).toList());
    }

    private void openIfReady(Connection connection, List<UUID> dossierIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                update survey set opened_at = resolved_at, closes_at = resolved_at + make_interval(days => ?),
                    questionnaire_version = (select max(version) from questionnaire)
                where dossier_id = any(cast(? as uuid[])) and token_hash is not null
                  and outcome in ('APPROVED', 'REJECTED') and opened_at is null""")) {
            statement.setInt(1, openDays);
            statement.setArray(2, SqlArrays.text(connection, dossierIds.stream()));
            statement.executeUpdate();
        }
    }

    private static <T> List<T> firstPerDossier(List<T> events, Function<T, UUID> dossier) {
        Set<UUID> seen = new HashSet<>();
        return events.stream().filter(e -> seen.add(dossier.apply(e))).toList();
    }
}
