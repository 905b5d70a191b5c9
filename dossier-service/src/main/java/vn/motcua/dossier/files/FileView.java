package vn.motcua.dossier.files;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dossier file as staff see it. */
@Schema(name = "DossierFile")
public record FileView(
        @Schema(examples = FileView.EXAMPLE_ID) UUID id,
        @Schema(examples = "f4dfc889-0666-4158-9698-cddc61315277") UUID dossierId,
        @Schema(description = "The dossier's component (documents[].component) the file belongs to",
                examples = "Tờ khai đăng ký khai sinh") String component,
        @Schema(examples = "to-khai-khai-sinh.pdf") String fileName,
        @Schema(description = "Detected from the file's bytes", enumeration = {"application/pdf", "image/jpeg",
                "image/png", "application/xml", "application/json"}, examples = "application/pdf") String mediaType,
        @Schema(description = "Bytes", examples = "48213") long size,
        @Schema(description = "Lower-case hex SHA-256 of the bytes; the download's ETag",
                examples = FileView.EXAMPLE_SHA256) String sha256,
        @Schema(description = "Scanned at the desk from paper", examples = "true") boolean digitised,
        @Schema(description = "Taken from an earlier result or the citizen's data store instead of asked again",
                examples = "false") boolean reused,
        @Schema(description = "The token subject that uploaded it", examples = "canbo.motcua01") String uploadedBy,
        @Schema(examples = "2026-07-15T09:20:03+07:00") OffsetDateTime uploadedAt) {

    public static final String EXAMPLE_ID = "3b0f6f7e-7c1a-4f43-9a0e-5d2b8c1e9a44";
    public static final String EXAMPLE_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
}
