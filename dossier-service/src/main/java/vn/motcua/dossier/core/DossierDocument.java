package vn.motcua.dossier.core;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document as recorded on the dossier. */
public record DossierDocument(
        @Schema(examples = "Tờ khai đăng ký khai sinh") String component,
        @Schema(examples = "1") int originals,
        @Schema(examples = "0") int copies) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Whether this is the document of {@code component}: names match regardless of case and spacing. */
    public boolean isOf(String component) {
        return key(this.component).equals(key(component));
    }

    /** A component name as names are compared: trimmed, inner spaces collapsed, lower case. */
    public static String key(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(VIETNAMESE);
    }
}
