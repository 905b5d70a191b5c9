package vn.motcua.survey.response;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.events.Channel;
import vn.motcua.events.EventTypes;
import vn.motcua.events.SurveyResponseSubmittedV1;
import vn.motcua.events.Topics;
import vn.motcua.outbox.Outbox;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.survey.questionnaire.Questionnaire;
import vn.motcua.survey.questionnaire.Questionnaires;
import vn.motcua.survey.unit.UnitHierarchy;

/**
 * Records responses: to a dossier's survey by its token (once, while open) or anonymously from a kiosk. The
 * response, its answers, the survey's answered mark and the survey-response-submitted outbox row commit together;
 * invalid input writes nothing. Every response carries its unit's parents (nearest first) so results can take a unit
 * with its sub-units: a dossier's from its intake, else the latest known from {@link UnitHierarchy} (the kiosk's
 * only source); none when the unit's parents are unknown.
 */
@ApplicationScoped
public class Responses {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Questionnaires questionnaires;
    private final Outbox outbox;
    private final UnitHierarchy units;

    public Responses(Questionnaires questionnaires, Outbox outbox, UnitHierarchy units) {
        this.questionnaires = questionnaires;
        this.outbox = outbox;
        this.units = units;
    }

    /** The survey for a token; 404 when the token is unknown or the dossier was withdrawn (it has no survey). */
    public Survey survey(String token) {
        return find(token, false);
    }

    /** What was recorded. */
    public record Submitted(UUID responseId, OffsetDateTime submittedAt, int questionnaireVersion) {
    }

    @Transactional
    public Submitted submitForToken(String token, ResponseInput input) {
        Survey survey = find(token, true);
        SurveyState state = survey.state(OffsetDateTime.now());
        if (state != SurveyState.OPEN) {
            String detail = switch (state) {
                case ANSWERED -> "this survey has already been answered";
                case EXPIRED -> "this survey closed on " + survey.closesAt.atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
                default -> "this survey opens when the dossier is resolved";
            };
            throw new ProblemException(ProblemType.CONFLICT, detail).with("state", state.name());
        }
        Questionnaire questionnaire = questionnaires.version(survey.questionnaireVersion).orElseThrow();
        List<AnswerRules.ScoredAnswer> answers = AnswerRules.check(input, questionnaire.version,
                questionnaire.definition);
        OffsetDateTime now = OffsetDateTime.now(BUSINESS_ZONE).withNano(0);
        UUID id = UUID.randomUUID();
        List<String> ancestors = survey.unitAncestorCodes != null ? List.of(survey.unitAncestorCodes)
                : units.ancestorsOf(survey.unitCode).orElse(List.of());
        insert(id, "DOSSIER", survey.dossierId, survey.unitCode, ancestors, survey.procedureCode, survey.channel,
                questionnaire.version, input.comment(), now, answers);
        survey.answeredAt = now;
        var event = new SurveyResponseSubmittedV1(id, SurveyResponseSubmittedV1.SOURCE_DOSSIER, survey.dossierId,
                survey.unitCode, survey.unitName, survey.procedureCode, survey.procedureName,
                Channel.valueOf(survey.channel), questionnaire.version, now, eventAnswers(answers), groups(answers),
                ancestors);
        outbox.append(Topics.SURVEY_RESPONSE_SUBMITTED, EventTypes.SURVEY_RESPONSE_SUBMITTED_V1,
                survey.dossierId, survey.dossierId.toString(), now, event);
        return new Submitted(id, now, questionnaire.version);
    }

    /** An anonymous response at {@code unitCode}'s desk, to the current questionnaire. */
    @Transactional
    public Submitted submitAtKiosk(String unitCode, ResponseInput input) {
        Questionnaire questionnaire = questionnaires.current()
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "no questionnaire has been published"));
        List<AnswerRules.ScoredAnswer> answers = AnswerRules.check(input, questionnaire.version,
                questionnaire.definition);
        OffsetDateTime now = OffsetDateTime.now(BUSINESS_ZONE).withNano(0);
        UUID id = UUID.randomUUID();
        List<String> ancestors = units.ancestorsOf(unitCode).orElse(List.of());
        insert(id, "KIOSK", null, unitCode, ancestors, null, Channel.IN_PERSON.name(), questionnaire.version,
                input.comment(), now, answers);
        var event = new SurveyResponseSubmittedV1(id, SurveyResponseSubmittedV1.SOURCE_KIOSK, null, unitCode,
                units.nameOf(unitCode).orElse(null), null, null, Channel.IN_PERSON, questionnaire.version, now,
                eventAnswers(answers), groups(answers), ancestors);
        outbox.append(Topics.SURVEY_RESPONSE_SUBMITTED, EventTypes.SURVEY_RESPONSE_SUBMITTED_V1, id,
                id.toString(), now, event);
        return new Submitted(id, now, questionnaire.version);
    }

    private static Survey find(String token, boolean lock) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            throw ProblemException.notFound("no survey for this token");
        }
        var query = Survey.<Survey>find("tokenHash", Survey.hashOf(token));
        if (lock) {
            query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        Survey survey = query.firstResult();
        if (survey == null) {
            throw ProblemException.notFound("no survey for this token");
        }
        if (survey.withdrawn()) {
            throw ProblemException.notFound("the dossier was withdrawn: it has no survey");
        }
        return survey;
    }

    private static void insert(UUID id, String source, UUID dossierId, String unitCode, List<String> ancestors,
            String procedureCode, String channel, int version, String comment, OffsetDateTime at,
            List<AnswerRules.ScoredAnswer> answers) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("""
                insert into survey_response (id, source, dossier_id, unit_code, procedure_code, channel,
                                             questionnaire_version, comment, submitted_at, unit_ancestor_codes)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, string_to_array(cast(?10 as text), ','))""")
                .setParameter(1, id).setParameter(2, source).setParameter(3, dossierId).setParameter(4, unitCode)
                .setParameter(5, procedureCode).setParameter(6, channel).setParameter(7, version)
                .setParameter(8, comment == null || comment.isBlank() ? null : comment).setParameter(9, at)
                .setParameter(10, UnitHierarchy.join(ancestors))
                .executeUpdate();
        for (AnswerRules.ScoredAnswer answer : answers) {
            em.createNativeQuery("insert into response_answer (response_id, question_code, group_code, score) "
                    + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, answer.question()).setParameter(3, answer.group())
                    .setParameter(4, (short) answer.score())
                    .executeUpdate();
        }
    }

    private static List<SurveyResponseSubmittedV1.Answer> eventAnswers(List<AnswerRules.ScoredAnswer> answers) {
        return answers.stream().map(a -> new SurveyResponseSubmittedV1.Answer(a.question(), a.group(), a.score()))
                .toList();
    }

    static List<SurveyResponseSubmittedV1.GroupScore> groups(List<AnswerRules.ScoredAnswer> answers) {
        Map<String, int[]> byGroup = new LinkedHashMap<>();
        for (AnswerRules.ScoredAnswer a : answers) {
            int[] totals = byGroup.computeIfAbsent(a.group(), g -> new int[3]);
            totals[0]++;
            totals[1] += a.score() >= 4 ? 1 : 0;
            totals[2] += a.score();
        }
        List<SurveyResponseSubmittedV1.GroupScore> groups = new ArrayList<>();
        byGroup.forEach((g, t) -> groups.add(new SurveyResponseSubmittedV1.GroupScore(g, t[0], t[1], t[2])));
        return groups;
    }
}
