package vn.motcua.reporting.report;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import vn.motcua.problem.ProblemException;

/** The two languages of reports, exports and charts. */
public enum Language {
    VI, EN;

    /**
     * {@code lang} when given (vi or en), else the first of vi/en in Accept-Language, else Vietnamese: these are
     * the figures Vietnamese units report upward.
     */
    public static Language resolve(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return switch (lang.strip().toLowerCase(Locale.ROOT)) {
                case "vi" -> VI;
                case "en" -> EN;
                default -> throw ProblemException.invalidField("lang", "vi or en");
            };
        }
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                if ("vi".equals(wanted.getLanguage())) {
                    return VI;
                }
                if ("en".equals(wanted.getLanguage())) {
                    return EN;
                }
            }
        }
        return VI;
    }

    public <T> T pick(T vietnamese, T english) {
        return this == VI ? vietnamese : english;
    }
}
