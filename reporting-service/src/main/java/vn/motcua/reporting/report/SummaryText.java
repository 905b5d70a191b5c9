package vn.motcua.reporting.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.events.UnitLevel;
import vn.motcua.reporting.kpi.KpiFigures;
import vn.motcua.reporting.kpi.Period;

/**
 * The one-sentence summary of a unit's period in the style of the half-year reports units send upward, e.g.
 * "Trong 6 tháng đầu năm 2026, huyện Gia Lâm tiếp nhận 1.234 hồ sơ (cấp huyện 234, cấp xã 1.000), trong đó 567 hồ
 * sơ trực tuyến (45,9%); đã giải quyết 1.100 hồ sơ, 98,5% đúng hạn; không có hồ sơ quá hạn." Pure.
 */
public final class SummaryText {

    private static final List<String> ADMINISTRATIVE_NOUNS = List.of("Tỉnh ", "Thành phố ", "Huyện ", "Quận ",
            "Thị xã ", "Xã ", "Phường ", "Thị trấn ");

    private SummaryText() {
    }

    /**
     * @param receivedByLevel dossiers received per level of the unit they were filed at; the breakdown is written
     *                        only when more than one level received dossiers
     */
    public static String render(Language language, Period period, String unitName, KpiFigures figures,
            Map<UnitLevel, Long> receivedByLevel) {
        StringBuilder text = new StringBuilder(PeriodPhrase.of(period, language)).append(", ")
                .append(inSentence(unitName)).append(' ');
        long received = figures.received().total();
        if (received == 0) {
            text.append(language.pick("không tiếp nhận hồ sơ nào", "received no dossiers"));
        } else {
            text.append(language.pick("tiếp nhận " + count(received, language) + " hồ sơ",
                    "received " + dossiers(received, language)));
            List<String> levels = new ArrayList<>();
            receivedByLevel.forEach((level, n) -> {
                if (n > 0) {
                    levels.add(levelName(level, language) + " " + count(n, language));
                }
            });
            if (levels.size() > 1) {
                text.append(" (").append(String.join(", ", levels)).append(')');
            }
            long online = figures.received().online();
            String share = NumberText.percent(figures.received().onlineSharePercent(), language) + "%";
            text.append(language.pick(", trong đó " + count(online, language) + " hồ sơ trực tuyến (" + share + ")",
                    ", of which " + count(online, language) + " online (" + share + ")"));
        }
        long resolved = figures.resolved().total();
        if (resolved == 0) {
            text.append(language.pick("; chưa giải quyết hồ sơ nào", "; no dossier was resolved"));
        } else {
            String onTime = NumberText.percent(figures.resolved().onTimeRatePercent(), language) + "%";
            text.append(language.pick("; đã giải quyết " + count(resolved, language) + " hồ sơ, " + onTime
                    + " đúng hạn", "; " + dossiers(resolved, language) + (resolved == 1 ? " was" : " were")
                    + " resolved, " + onTime + " on time"));
        }
        long overdue = figures.overdue();
        if (overdue == 0) {
            text.append(language.pick("; không có hồ sơ quá hạn.", "; no dossier is overdue."));
        } else {
            text.append(language.pick("; còn " + count(overdue, language) + " hồ sơ quá hạn.",
                    "; " + dossiers(overdue, language) + (overdue == 1 ? " is" : " are") + " overdue."));
        }
        return text.toString();
    }

    /** "Huyện Gia Lâm" reads "huyện Gia Lâm" inside a sentence; other names stay as they are. */
    static String inSentence(String unitName) {
        for (String noun : ADMINISTRATIVE_NOUNS) {
            if (unitName.startsWith(noun)) {
                return noun.toLowerCase(Locale.forLanguageTag("vi")) + unitName.substring(noun.length());
            }
        }
        return unitName;
    }

    private static String levelName(UnitLevel level, Language language) {
        return switch (level) {
            case PROVINCE -> language.pick("cấp tỉnh", "province level");
            case DISTRICT -> language.pick("cấp huyện", "district level");
            case COMMUNE -> language.pick("cấp xã", "commune level");
            case AGENCY -> language.pick("cơ quan chuyên môn", "agencies");
        };
    }

    private static String count(long n, Language language) {
        return NumberText.count(n, language);
    }

    private static String dossiers(long n, Language language) {
        return count(n, language) + (n == 1 ? " dossier" : " dossiers");
    }
}
