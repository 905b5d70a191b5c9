package vn.motcua.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers as each language writes them: 1.234 and 45,9 in Vietnamese; 1,234 and 45.9 in English. */
public final class NumberText {

    private NumberText() {
    }

    public static String count(long value, Language language) {
        return format("#,##0", language).format(value);
    }

    /** A percentage with one decimal (already rounded half up by the caller, rounded here only if it is not). */
    public static String percent(BigDecimal value, Language language) {
        return format("#,##0.0", language).format(value.setScale(1, RoundingMode.HALF_UP));
    }

    private static DecimalFormat format(String pattern, Language language) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(language == Language.VI ? '.' : ',');
        symbols.setDecimalSeparator(language == Language.VI ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
