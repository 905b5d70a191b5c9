package vn.motcua.dossier.files;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One download of a dossier file. */
@Schema(name = "DossierFileDownload")
public record DownloadView(
        @Schema(examples = FileView.EXAMPLE_ID) UUID fileId,
        @Schema(examples = "to-khai-khai-sinh.pdf") String fileName,
        @Schema(examples = "Tờ khai đăng ký khai sinh") String component,
        @Schema(description = "The token subject that downloaded it", examples = "canbo.motcua02") String downloadedBy,
        @Schema(examples = "2026-07-16T14:05:41+07:00") OffsetDateTime downloadedAt) {
}
