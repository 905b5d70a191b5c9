package vn.motcua.dossier.core;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A where clause built from conditions with JDBC-style {@code ?} parameters, bound in order. */
public final class Sql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code condition} (with as many {@code ?} as {@code values}), joined with {@code and}. */
    public Sql and(String condition, Object... values) {
        if (condition.chars().filter(c -> c == '?').count() != values.length) {
            throw new IllegalArgumentException("parameters do not match: " + condition);
        }
        conditions.add("(" + condition + ")");
        Collections.addAll(parameters, values);
        return this;
    }

    /** {@code where ...} with ordinal parameters {@code ?1, ?2, ...}, or empty. */
    public String where() {
        if (conditions.isEmpty()) {
            return "";
        }
        String joined = String.join(" and ", conditions);
        StringBuilder out = new StringBuilder(" where ");
        int ordinal = 0;
        for (char c : joined.toCharArray()) {
            out.append(c);
            if (c == '?') {
                out.append(++ordinal);
            }
        }
        return out.toString();
    }

    /** Binds the parameters to a query made from {@link #where()}. */
    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
