package vn.motcua.survey.results;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.survey.response.Responses;

/**
 * Computes {@link SurveyResults} over responses submitted in the period (business dates, Asia/Ho_Chi_Minh) at the
 * unit (by default with its sub-units, as the responses' unit parents at intake place them), for the procedure and
 * channel. The response rate counts surveys opened in the period and how many of them
 * were answered; kiosk responses count in satisfaction but not in the rate (they have no invitation).
 */
@ApplicationScoped
public class ResultsQuery {

    /**
     * The results for {@code filter}, restricted to {@code scope} and its sub-units when {@code scope} is not null
     * (an officer's unit).
     */
    public SurveyResults results(SurveyResults.Filter filter, String scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = conditions(filter, scope, "r", "submitted_at", params);
        Object[] counts = (Object[]) bind(Panache.getEntityManager().createNativeQuery(
                "select count(*), count(*) filter (where r.source = 'DOSSIER'), count(*) filter (where r.source = 'KIOSK')"
                        + " from survey_response r" + where), params).getSingleResult();

        List<SurveyResults.QuestionResult> questions = new ArrayList<>();
        Map<String, long[]> groups = new LinkedHashMap<>();
        long answers = 0;
        long satisfied = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(Panache.getEntityManager().createNativeQuery("""
                select a.group_code, a.question_code, count(*),
                       count(*) filter (where a.score = 1), count(*) filter (where a.score = 2),
                       count(*) filter (where a.score = 3), count(*) filter (where a.score = 4),
                       count(*) filter (where a.score = 5)
                from response_answer a join survey_response r on r.id = a.response_id""" + where
                + " group by a.group_code, a.question_code order by a.group_code, a.question_code"), params)
                .getResultList();
        for (Object[] row : rows) {
            String group = (String) row[0];
            long n = number(row[2]);
            List<Long> distribution = List.of(number(row[3]), number(row[4]), number(row[5]), number(row[6]),
                    number(row[7]));
            long ok = distribution.get(3) + distribution.get(4);
            questions.add(new SurveyResults.QuestionResult((String) row[1], group, n, ok, Percentages.of(ok, n),
                    distribution));
            long[] g = groups.computeIfAbsent(group, k -> new long[2]);
            g[0] += n;
            g[1] += ok;
            answers += n;
            satisfied += ok;
        }
        List<SurveyResults.GroupResult> groupResults = new ArrayList<>();
        for (String code : SipasOrder.sorted(groups.keySet())) {
            long[] g = groups.get(code);
            groupResults.add(new SurveyResults.GroupResult(code, g[0], g[1], Percentages.of(g[1], g[0])));
        }
        questions.sort(java.util.Comparator.comparing((SurveyResults.QuestionResult q) -> SipasOrder.rank(q.group()))
                .thenComparing(q -> q.question().length()).thenComparing(SurveyResults.QuestionResult::question));

        // the response rate, over the surveys opened in the period
        Map<String, Object> openedParams = new LinkedHashMap<>();
        String opened = conditions(filter, scope, "s", "opened_at", openedParams) + " and s.opened_at is not null";
        Object[] rate = (Object[]) bind(Panache.getEntityManager().createNativeQuery(
                "select count(*), count(*) filter (where s.answered_at is not null) from survey s" + opened),
                openedParams).getSingleResult();
        long openedCount = number(rate[0]);
        long answeredCount = number(rate[1]);
        return new SurveyResults(filter, number(counts[0]), number(counts[1]), number(counts[2]), openedCount,
                answeredCount, Percentages.of(answeredCount, openedCount),
                new SurveyResults.Satisfaction(answers, satisfied, Percentages.of(satisfied, answers)), groupResults,
                questions);
    }

    /**
     * The SQL where clause for {@code filter} over a table with unit_code, unit_ancestor_codes, procedure_code and
     * channel, aliased {@code alias}, in the period by {@code timeColumn}. "A unit with its sub-units" is the unit
     * itself or any row whose parents (at intake) include it.
     */
    private static String conditions(SurveyResults.Filter filter, String scope, String alias, String timeColumn,
            Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (scope != null) {
            where.append(unitCondition(alias, "scope", true));
            params.put("scope", scope);
        }
        if (filter.unit() != null) {
            where.append(unitCondition(alias, "unit", filter.includeSubUnits()));
            params.put("unit", filter.unit());
        }
        if (filter.procedure() != null) {
            where.append(" and ").append(alias).append(".procedure_code = :procedure");
            params.put("procedure", filter.procedure());
        }
        if (filter.channel() != null) {
            where.append(" and ").append(alias).append(".channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.from() != null) {
            where.append(" and ").append(alias).append('.').append(timeColumn).append(" >= :from");
            params.put("from", start(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and ").append(alias).append('.').append(timeColumn).append(" < :to");
            params.put("to", start(filter.to().plusDays(1)));
        }
        return where.toString();
    }

    private static String unitCondition(String alias, String param, boolean withSubUnits) {
        return withSubUnits
                ? " and (" + alias + ".unit_code = :" + param + " or " + alias + ".unit_ancestor_codes @> array[cast(:"
                        + param + " as text)])"
                : " and " + alias + ".unit_code = :" + param;
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Responses.BUSINESS_ZONE).toOffsetDateTime();
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The five SIPAS groups in their usual order; other group codes follow alphabetically. */
    static final class SipasOrder {
        private static final List<String> ORDER = List.of("ACCESS", "PROCEDURE", "CIVIL_SERVANTS", "RESULT", "FEEDBACK");

        static int rank(String group) {
            int i = ORDER.indexOf(group);
            return i < 0 ? ORDER.size() : i;
        }

        static List<String> sorted(java.util.Collection<String> groups) {
            List<String> list = new ArrayList<>(groups);
            list.sort(java.util.Comparator.comparingInt(SipasOrder::rank).thenComparing(g -> g));
            return list;
        }
    }
}
