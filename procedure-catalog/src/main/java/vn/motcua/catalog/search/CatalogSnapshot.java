package vn.motcua.catalog.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalog.common.CatalogStatus;
import vn.motcua.catalog.procedure.OnlineLevel;
import vn.motcua.catalog.procedure.ProcedureLevel;
import vn.motcua.catalog.procedure.ProcedureView;
import vn.motcua.catalog.unit.AdministrativeUnit;

/**
 * The whole catalog as the public search reads it, immutable: every procedure (retired ones too, for searches at
 * past dates) with its search text, the units and the field codes. A catalog holds at most a few thousand
 * procedures, so a search scans them all in memory (well under a millisecond) instead of asking PostgreSQL.
 *
 * <p>Text matching, on {@link SearchText normalised} text ({@code code name field-name}):
 * <ol>
 * <li>the query's words appear in that order, the last one possibly unfinished; best first: found in the name
 * (not only in the field's name), then shorter names, then by code;</li>
 * <li>only when that finds nothing: the same with a typo tolerated in each word ({@link Typos}); ranked by the
 * number of typos, then as above.</li>
 * </ol>
 */
final class CatalogSnapshot {

    /** The filters, resolved: {@code level} already combines the level and unit filters. */
    record Filters(String q, String field, ProcedureLevel level, OnlineLevel onlineLevel, Boolean essential,
            Boolean delegated, LocalDate at, boolean activeOnly) {
    }

    private record Entry(ProcedureView view, String text, String name, int[] words, int nameWordsEnd) {
    }

    private record Match(Entry entry, int typos, boolean inName) {
    }

    private static final Comparator<Match> BEST_FIRST = Comparator.comparingInt(Match::typos)
            .thenComparing(Match::inName, Comparator.reverseOrder())
            .thenComparingInt(m -> m.entry().view().name().length())
            .thenComparing(m -> m.entry().view().code());

    private final List<Entry> entries;
    private final String[] vocabulary;
    private final Map<String, AdministrativeUnit> units;
    private final Set<String> fields;
    private final long revision;

    CatalogSnapshot(List<ProcedureView> procedures, List<AdministrativeUnit> units, Set<String> fields,
            long revision) {
        Map<String, Integer> wordIds = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        List<Entry> entries = new ArrayList<>(procedures.size());
        for (ProcedureView p : procedures) {
            String name = SearchText.of(p.name());
            String text = SearchText.of(p.code() + " " + p.name() + " " + p.field().name());
            String[] words = SearchText.words(text);
            int[] ids = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                ids[i] = wordIds.computeIfAbsent(words[i], w -> {
                    vocabulary.add(w);
                    return vocabulary.size() - 1;
                });
            }
            int nameWordsEnd = SearchText.words(SearchText.of(p.code())).length + SearchText.words(name).length;
            entries.add(new Entry(p, text, name, ids, nameWordsEnd));
        }
        this.entries = List.copyOf(entries);
        this.vocabulary = vocabulary.toArray(String[]::new);
        Map<String, AdministrativeUnit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code, u));
        this.units = Map.copyOf(byCode);
        this.fields = Set.copyOf(fields);
        this.revision = revision;
    }

    /** The catalog change count this snapshot reflects. */
    long revision() {
        return revision;
    }

    boolean hasField(String code) {
        return fields.contains(code);
    }

    Optional<AdministrativeUnit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /** Every match, best first. */
    List<ProcedureView> search(Filters f) {
        List<Entry> candidates = entries.stream().filter(e -> accepts(e.view(), f)).toList();
        if (f.q() == null) {
            return candidates.stream().map(Entry::view).sorted(Comparator.comparing(ProcedureView::code)).toList();
        }
        String q = SearchText.of(f.q());
        List<Match> matches = new ArrayList<>();
        for (Entry e : candidates) {
            if (e.text().contains(q)) {
                matches.add(new Match(e, 0, e.name().contains(q)));
            }
        }
        if (matches.isEmpty()) {
            matches = withTypos(candidates, SearchText.words(q));
        }
        return matches.stream().sorted(BEST_FIRST).map(m -> m.entry().view()).toList();
    }

    private List<Match> withTypos(List<Entry> candidates, String[] typed) {
        if (typed.length == 0) {
            return List.of();
        }
        // per typed word, the typos to each catalog word (TOO_FAR when not close)
        int[][] typos = new int[typed.length][];
        for (int t = 0; t < typed.length; t++) {
            boolean last = t == typed.length - 1;
            int[] row = new int[vocabulary.length];
            boolean any = false;
            for (int w = 0; w < vocabulary.length; w++) {
                row[w] = last ? Typos.prefixDistance(typed[t], vocabulary[w]) : Typos.distance(typed[t], vocabulary[w]);
                any |= row[w] < Typos.TOO_FAR;
            }
            if (!any) {
                return List.of();
            }
            typos[t] = row;
        }
        List<Match> matches = new ArrayList<>();
        for (Entry e : candidates) {
            int best = Integer.MAX_VALUE;
            int bestStart = -1;
            for (int start = 0; start + typed.length <= e.words().length; start++) {
                int sum = 0;
                for (int t = 0; t < typed.length && sum < best; t++) {
                    int d = typos[t][e.words()[start + t]];
                    sum = d >= Typos.TOO_FAR ? Integer.MAX_VALUE : sum + d;
                }
                if (sum < best) {
                    best = sum;
                    bestStart = start;
                }
            }
            if (bestStart >= 0) {
                matches.add(new Match(e, best, bestStart + typed.length <= e.nameWordsEnd()));
            }
        }
        return matches;
    }

    private static boolean accepts(ProcedureView p, Filters f) {
        boolean applies = f.activeOnly() ? p.status() == CatalogStatus.ACTIVE
                // a retired procedure applied until its effectiveTo; without one it applies on no date
                : p.status() == CatalogStatus.ACTIVE || p.effectiveTo() != null;
        return applies
                && !p.effectiveFrom().isAfter(f.at())
                && (p.effectiveTo() == null || !p.effectiveTo().isBefore(f.at()))
                && (f.field() == null || f.field().equals(p.field().code()))
                && (f.level() == null || p.levels().contains(f.level()))
                && (f.onlineLevel() == null || f.onlineLevel() == p.onlineLevel())
                && (f.essential() == null || f.essential() == p.essential())
                && (f.delegated() == null || f.delegated() == p.delegated());
    }
}
