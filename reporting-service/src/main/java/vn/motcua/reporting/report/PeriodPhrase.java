package vn.motcua.reporting.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import vn.motcua.reporting.kpi.Period;

/**
 * How a report names its period, as official reports do: "Trong 6 tháng đầu năm 2026" / "In the first six months
 * of 2026" for a calendar half, likewise for a year, nine months, a quarter, a month and a day; any other period
 * by its first and last day. Pure.
 */
public final class PeriodPhrase {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String[] ORDINAL = {"first", "second", "third", "fourth"};
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private PeriodPhrase() {
    }

    public static String of(Period period, Language language) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        int year = from.getYear();
        boolean sameYear = to.getYear() == year;
        boolean startsMonth = from.getDayOfMonth() == 1;
        boolean endsMonth = to.getDayOfMonth() == to.lengthOfMonth();
        if (from.equals(to)) {
            return language.pick("Trong ngày " + VI_DATE.format(from), "On " + EN_DATE.format(from));
        }
        if (sameYear && startsMonth && endsMonth) {
            int first = from.getMonthValue();
            int last = to.getMonthValue();
            if (first == 1 && last == 12) {
                return language.pick("Trong năm " + year, "In " + year);
            }
            if (first == 1 && last == 6) {
                return language.pick("Trong 6 tháng đầu năm " + year, "In the first six months of " + year);
            }
            if (first == 7 && last == 12) {
                return language.pick("Trong 6 tháng cuối năm " + year, "In the last six months of " + year);
            }
            if (first == 1 && last == 9) {
                return language.pick("Trong 9 tháng đầu năm " + year, "In the first nine months of " + year);
            }
            if (last - first == 2 && (first - 1) % 3 == 0) {
                int quarter = (first - 1) / 3;
                return language.pick("Trong quý " + ROMAN[quarter] + " năm " + year,
                        "In the " + ORDINAL[quarter] + " quarter of " + year);
            }
            if (first == last) {
                return language.pick("Trong tháng " + first + " năm " + year,
                        "In " + from.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year);
            }
        }
        return language.pick("Từ ngày " + VI_DATE.format(from) + " đến ngày " + VI_DATE.format(to),
                "From " + EN_DATE.format(from) + " to " + EN_DATE.format(to));
    }
}
