package vn.motcua.survey.unit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the events of one batch say about units, learnt at the end of the batch's transaction: once per distinct
 * fact (the latest time it was said), in the order of the unit codes. So a batch touches each unit row once, and two
 * consumers' batches lock unit rows in the same order, after their survey rows, and never wait on each other in a
 * cycle. {@link UnitHierarchy#learn} keeps the most recent fact whatever the order it is told them.
 */
public final class UnitFacts {

    private record Fact(String code, String name, List<String> ancestors) {
    }

    private final Map<Fact, OffsetDateTime> latest = new LinkedHashMap<>();

    /** Notes that {@code code} was named {@code name} with parents {@code ancestors} (null: not said) at {@code asOf}. */
    public void note(String code, String name, List<String> ancestors, OffsetDateTime asOf) {
        latest.merge(new Fact(code, name, ancestors == null ? null : List.copyOf(ancestors)), asOf,
                (known, now) -> now.isAfter(known) ? now : known);
    }

    /** Tells {@code units} every fact noted, by unit code. */
    public void learnInto(UnitHierarchy units) {
        List<Map.Entry<Fact, OffsetDateTime>> facts = new ArrayList<>(latest.entrySet());
        facts.sort(Comparator.comparing((Map.Entry<Fact, OffsetDateTime> f) -> f.getKey().code())
                .thenComparing(Map.Entry::getValue));
        for (Map.Entry<Fact, OffsetDateTime> fact : facts) {
            units.learn(fact.getKey().code(), fact.getKey().name(), fact.getKey().ancestors(), fact.getValue());
        }
    }
}
