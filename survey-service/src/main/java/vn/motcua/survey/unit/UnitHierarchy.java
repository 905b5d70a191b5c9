package vn.motcua.survey.unit;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The units this service has heard of, with their latest known name and parents (nearest first), learnt from the
 * dossier events. Events may arrive late or out of order, so a fact replaces what is stored only when it is at
 * least as recent. Ancestor lists cross SQL as comma-joined text (unit codes never contain commas).
 */
@ApplicationScoped
public class UnitHierarchy {

    /** An electronic identifier code (Decision 20/2020/QĐ-TTg style), e.g. 000.00.20.H26. */
    public static final Pattern CODE = Pattern.compile("[0-9A-Z.]{1,35}");

    /** Records that {@code code} was named {@code name} with parents {@code ancestors} (null: not said) at {@code asOf}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(String code, String name, List<String> ancestors, OffsetDateTime asOf) {
        Panache.getEntityManager().createNativeQuery("""
                insert into unit (code, name, name_as_of, ancestor_codes, ancestors_as_of)
                values (?1, ?2, ?3, string_to_array(cast(?4 as text), ','),
                        case when cast(?4 as text) is null then null else cast(?3 as timestamptz) end)
                on conflict (code) do update set
                    name = case when excluded.name_as_of >= unit.name_as_of then excluded.name else unit.name end,
                    name_as_of = greatest(unit.name_as_of, excluded.name_as_of),
                    ancestor_codes = case when excluded.ancestors_as_of >= coalesce(unit.ancestors_as_of, '-infinity')
                                          then excluded.ancestor_codes else unit.ancestor_codes end,
                    ancestors_as_of = greatest(unit.ancestors_as_of, excluded.ancestors_as_of)""")
                .setParameter(1, code)
                .setParameter(2, name)
                .setParameter(3, asOf)
                .setParameter(4, join(ancestors))
                .executeUpdate();
    }

    /** The latest known parents of {@code code}, nearest first; empty when the unit or its parents are unknown. */
    public Optional<List<String>> ancestorsOf(String code) {
        List<?> rows = Panache.getEntityManager().createNativeQuery(
                "select array_to_string(ancestor_codes, ',') from unit where code = ?1 and ancestor_codes is not null")
                .setParameter(1, code).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(split((String) rows.get(0)));
    }

    /** The latest known name of {@code code}. */
    public Optional<String> nameOf(String code) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("select name from unit where code = ?1")
                .setParameter(1, code).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /** True when {@code unit} is {@code scope} or, as far as is known now, one of its sub-units. */
    public boolean within(String unit, String scope) {
        return unit.equals(scope) || ancestorsOf(unit).map(a -> a.contains(scope)).orElse(false);
    }

    /** The comma-joined form used in SQL; null for null. */
    public static String join(List<String> codes) {
        return codes == null ? null : String.join(",", codes);
    }

    /** The list from {@link #join}; an empty text is an empty list. */
    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
