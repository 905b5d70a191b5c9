package vn.motcua.reporting.report.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import vn.motcua.problem.ProblemException;

/** The representations of a KPI table or series: JSON, or a file for spreadsheets. */
public enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code bytes} in this format as a download named {@code name} plus the extension; CSV is declared UTF-8. */
    public Response attachment(byte[] bytes, String name) {
        String type = this == CSV ? mediaType + ";charset=UTF-8" : mediaType;
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + extension + "\"")
                .build();
    }

    /** {@code format} (json, csv, xlsx) when given, else the first of the three the Accept header asks for. */
    public static ExportFormat resolve(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            for (ExportFormat candidate : values()) {
                if (candidate.extension.equalsIgnoreCase(format.strip())) {
                    return candidate;
                }
            }
            throw ProblemException.invalidField("format", "json, csv or xlsx");
        }
        List<MediaType> acceptable = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType wanted : acceptable) {
            String plain = (wanted.getType() + "/" + wanted.getSubtype()).toLowerCase(Locale.ROOT);
            for (ExportFormat candidate : values()) {
                if (candidate.mediaType.equals(plain)) {
                    return candidate;
                }
            }
        }
        return JSON;
    }
}
