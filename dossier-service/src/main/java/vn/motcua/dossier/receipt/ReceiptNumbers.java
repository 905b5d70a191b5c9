package vn.motcua.dossier.receipt;

import java.time.LocalDate;

/**
 * The desk's logbook: numbers per unit and business day, gapless and unique across instances. The counter row
 * ({@code receipt_counter}) is incremented in the intake's transaction with
 * {@code insert ... on conflict do update ... returning}, so its row lock serialises the intakes of one unit-day
 * until they commit (other units do not contend), and a rollback gives the number back. The unique constraint on
 * {@code dossier.receipt_code} backs this up.
 *
 * <p>To keep the lock short, intake takes the number in the single autocommit statement that also inserts the
 * dossier and its outbox row: the lock then lasts only for that statement inside the database, never for a
 * round trip to the service. {@link #nextCode} gives the common table expressions, ending in {@code code(code)},
 * to build it on; their parameters are the unit code, the business day and {@link #prefix}.
 */
public final class ReceiptNumbers {

    /**
     * CTEs that number the next dossier of a unit-day as {@code code.code}; with {@code gate} (the name of an
     * earlier CTE) only when that CTE yielded a row.
     */
    public static String nextCode(String gate) {
        return "number as (\n    insert into receipt_counter (unit_code, day, last) "
                + (gate == null ? "values (?, ?, 1)" : "select ?::varchar, ?::date, 1 from " + gate) + NEXT_CODE_REST;
    }

    private static final String NEXT_CODE_REST = """

                on conflict (unit_code, day) do update set last = receipt_counter.last + 1
                returning last),
            code as (
                select ? || case when last < 10000 then lpad(last::text, 4, '0') else last::text end as code
                from number)""";

    private ReceiptNumbers() {
    }

    /** What precedes the sequence: {@code <unit code>-<yyMMdd>-}, as {@link ReceiptCode#format} writes it. */
    public static String prefix(String unitCode, LocalDate businessDay) {
        String code = ReceiptCode.format(unitCode, businessDay, 1);
        return code.substring(0, code.length() - 4);
    }
}
