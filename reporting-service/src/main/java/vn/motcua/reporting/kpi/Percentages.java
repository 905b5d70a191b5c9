package vn.motcua.reporting.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates as official reports print them: a percentage with one decimal, rounded half up. */
public final class Percentages {

    private Percentages() {
    }

    /** {@code part} of {@code whole} in percent; null when {@code whole} is 0 (no rate, not 0 %). */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
