package vn.motcua.dossier.files;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dossier's files, oldest first, and what they hold together. */
@Schema(name = "DossierFileList")
public record FileList(
        List<FileView> items,
        @Schema(description = "Bytes of all the dossier's files", examples = "48213") long totalSize) {
}
