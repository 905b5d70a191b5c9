package vn.motcua.dossier.receipt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Receipt codes {@code <unit code>-<yyMMdd>-<daily sequence, at least 4 digits>}, e.g. {@code 000.00.20.H26-230715-0001}. */
public final class ReceiptCode {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private ReceiptCode() {
    }

    public static String format(String unitCode, LocalDate businessDay, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        String number = Integer.toString(sequence);
        return unitCode + '-' + businessDay.format(DAY) + '-' + "0".repeat(Math.max(0, 4 - number.length())) + number;
    }
}
