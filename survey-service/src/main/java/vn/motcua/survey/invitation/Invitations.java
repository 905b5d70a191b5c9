package vn.motcua.survey.invitation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void received(DossierReceivedV1 e, UnitFacts learnt) {
        Panache.getEntityManager().createNativeQuery("""
                insert into survey (dossier_id, token_hash, unit_code, unit_name, procedure_code, procedure_name, channel,
                                    received_at, unit_ancestor_codes)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, string_to_array(cast(?9 as text), ','))
                on conflict (dossier_id) do update set token_hash = excluded.token_hash, received_at = excluded.received_at,
                    unit_code = excluded.unit_code, unit_name = excluded.unit_name,
                    procedure_code = excluded.procedure_code, procedure_name = excluded.procedure_name,
                    channel = excluded.channel,
                    unit_ancestor_codes = coalesce(excluded.unit_ancestor_codes, survey.unit_ancestor_codes)
                where survey.token_hash is null""")
                .setParameter(1, e.dossierId())
                .setParameter(2, Survey.hashOf(e.surveyToken()))
                .setParameter(3, e.unitCode())
                .setParameter(4, e.unitName())
                .setParameter(5, e.procedureCode())
                .setParameter(6, e.procedureName())
                .setParameter(7, e.channel().name())
                .setParameter(8, e.receivedAt())
                .setParameter(9, UnitHierarchy.join(e.unitAncestorCodes()))
                .executeUpdate();
        learnt.note(e.unitCode(), e.unitName(), e.unitAncestorCodes(), e.receivedAt());
        openIfReady(e.dossierId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(DossierResolvedV1 e, UnitFacts learnt) {
        Panache.getEntityManager().createNativeQuery("""
                insert into survey (dossier_id, unit_code, unit_name, procedure_code, procedure_name, channel,
                                    outcome, resolved_at, unit_ancestor_codes)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, string_to_array(cast(?9 as text), ','))
                on conflict (dossier_id) do update set outcome = excluded.outcome, resolved_at = excluded.resolved_at,
                    unit_ancestor_codes = coalesce(survey.unit_ancestor_codes, excluded.unit_ancestor_codes)
                where survey.outcome is null""")
                .setParameter(1, e.dossierId())
                .setParameter(2, e.unitCode())
                .setParameter(3, e.unitName())
                .setParameter(4, e.procedureCode())
                .setParameter(5, e.procedureName())
                .setParameter(6, e.channel().name())
                .setParameter(7, e.outcome().name())
                .setParameter(8, e.resolvedAt())
                .setParameter(9, UnitHierarchy.join(e.unitAncestorCodes()))
                .executeUpdate();
        learnt.note(e.unitCode(), e.unitName(), e.unitAncestorCodes(), e.resolvedAt());
        openIfReady(e.dossierId());
    }

    private void openIfReady(java.util.UUID dossierId) {
        Panache.getEntityManager().createNativeQuery("""
                update survey set opened_at = resolved_at, closes_at = resolved_at + make_interval(days => ?2),
                    questionnaire_version = (select max(version) from questionnaire)
                where dossier_id = ?1 and token_hash is not null and outcome in ('APPROVED', 'REJECTED')
                  and opened_at is null""")
                .setParameter(1, dossierId)
                .setParameter(2, openDays)
                .executeUpdate();
    }
}
