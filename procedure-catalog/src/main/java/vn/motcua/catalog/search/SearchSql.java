package vn.motcua.catalog.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.catalog.procedure.OnlineLevel;
import vn.motcua.catalog.procedure.ProcedureLevel;

/**
 * Builds the search statement: only the filters in use, bound as parameters. The search text (code, name and
 * field name as accent-free lower-case words, see V5__search_words.sql) is matched in two ways, both served by
 * the GIN trigram index:
 * <ul>
 * <li>{@link Mode#WORDS}: the query's words appear in that order, the last one possibly unfinished
 * ({@code LIKE '% khai si%'}); best first: found in the name (not only the field's name), then shorter names;</li>
 * <li>{@link Mode#SIMILAR}: tolerates typos, {@code <%} (word_similarity above pg_trgm's threshold, 0.6); ranked
 * by that similarity, then as above. It costs about ten times more, so it only runs when the words find
 * nothing.</li>
 * </ul>
 */
final class SearchSql {

    private SearchSql() {
    }

    /** A statement and its named parameters. */
    record Statement(String sql, Map<String, Object> parameters) {
    }

    /** How the text is matched. */
    enum Mode {
        WORDS,
        SIMILAR
    }

    /** The filters, resolved: {@code level} already combines the level and unit filters. */
    record Filters(String q, Mode mode, String field, ProcedureLevel level, OnlineLevel onlineLevel,
            Boolean essential, Boolean delegated, LocalDate at, boolean activeOnly) {
    }

    /** Codes of one page, each row with the total count of matches: {@code code, total}. */
    static Statement page(Filters f, int limit, int offset) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(f, parameters);
        String inName = "(strpos(p.search_name, motcua_search_text(:q)) > 0) desc, length(p.name), p.code";
        String order = f.q() == null ? "p.code"
                : f.mode() == Mode.WORDS ? inName
                : "word_similarity(motcua_search_text(:q), p.search_text) desc, " + inName;
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return new Statement("select p.code, count(*) over () as total from catalog_procedure p where " + where
                + " order by " + order + " limit :limit offset :offset", parameters);
    }

    /** The number of matches (for a page past the end, where the page query has no row to carry it). */
    static Statement count(Filters f) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return new Statement("select count(*) from catalog_procedure p where " + where(f, parameters), parameters);
    }

    private static String where(Filters f, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        parameters.put("at", f.at());
        where.append("p.effective_from <= :at and (p.effective_to is null or p.effective_to >= :at)");
        // a retired procedure applied until its effectiveTo; without one it applies on no date
        where.append(f.activeOnly() ? " and p.status = 'ACTIVE'"
                : " and (p.status = 'ACTIVE' or p.effective_to is not null)");
        if (f.q() != null) {
            where.append(f.mode() == Mode.WORDS ? " and p.search_text like '%' || motcua_search_text(:q) || '%'"
                    : " and motcua_search_text(:q) <% p.search_text");
            parameters.put("q", f.q());
        }
        if (f.field() != null) {
            where.append(" and p.field_code = :field");
            parameters.put("field", f.field());
        }
        if (f.level() != null) {
            where.append(" and p.levels @> jsonb_build_array(cast(:level as text))");
            parameters.put("level", f.level().name());
        }
        if (f.onlineLevel() != null) {
            where.append(" and p.online_level = :onlineLevel");
            parameters.put("onlineLevel", f.onlineLevel().name());
        }
        if (f.essential() != null) {
            where.append(" and p.essential = :essential");
            parameters.put("essential", f.essential());
        }
        if (f.delegated() != null) {
            where.append(f.delegated() ? " and p.delegated_by is not null" : " and p.delegated_by is null");
        }
        return where.toString();
    }
}
