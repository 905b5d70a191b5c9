package vn.motcua.catalog.importing;

import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;

/** The two file formats of import and export. */
public enum TableFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    TableFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<TableFormat> ofMediaType(MediaType type) {
        if (type == null) {
            return Optional.empty();
        }
        String plain = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        for (TableFormat format : values()) {
            if (format.mediaType.equals(plain)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public static Optional<TableFormat> ofName(String name) {
        for (TableFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
