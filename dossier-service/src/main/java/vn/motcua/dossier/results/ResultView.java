package vn.motcua.dossier.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.files.FileView;

/** An electronic result's metadata: what the citizen may see, so no personal data and no staff names. */
@Schema(name = "ElectronicResult", description = "Metadata of an electronic result document; no personal data")
public record ResultView(
        @Schema(examples = ResultView.EXAMPLE_ID) UUID id,
        @Schema(description = "The result's kind in the procedure's terms", examples = "GIAY_KHAI_SINH")
        String resultCode,
        @Schema(description = "Số ký hiệu: the document's number and symbol", examples = "125/GKS-UBND")
        String numberSymbol,
        @Schema(examples = "Giấy khai sinh bản điện tử") String summary,
        @Schema(examples = "2026-07-16") LocalDate issueDate,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Absent when the result does not expire", examples = "2031-07-16") LocalDate validUntil,
        @Schema(description = "The paper original must be collected too", examples = "false")
        boolean paperResultRequired,
        @Schema(description = "Detected from the bytes", enumeration = {"application/pdf", "application/xml",
                "application/json"}, examples = "application/pdf") String mediaType,
        @Schema(description = "Bytes", examples = "48213") long size,
        @Schema(description = "Lower-case hex SHA-256 of the bytes; the download's ETag",
                examples = FileView.EXAMPLE_SHA256) String sha256) {

    public static final String EXAMPLE_ID = "7a3c2e51-94d8-4b6f-8e20-1f5d9c3b7a66";
}
