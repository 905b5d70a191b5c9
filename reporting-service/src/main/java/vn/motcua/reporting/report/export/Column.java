package vn.motcua.reporting.report.export;

import java.util.function.Function;
import vn.motcua.reporting.report.Language;

/** One column of an exported table: its header in each language and how a row gives its value. */
public record Column<T>(String vietnamese, String english, Function<T, Object> value) {

    public String header(Language language) {
        return language.pick(vietnamese, english);
    }
}
