package vn.motcua.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as percentages with one decimal, rounded half up; null when there is nothing to divide by. */
public final class Percentages {

    private Percentages() {
    }

    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
