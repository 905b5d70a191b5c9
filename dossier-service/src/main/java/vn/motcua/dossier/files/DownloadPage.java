package vn.motcua.dossier.files;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a dossier's downloads, newest first; {@code page} counts from 0. */
@Schema(name = "DossierFileDownloadPage", description = "One page of downloads; the Link header has rel=next/prev")
public record DownloadPage(
        List<DownloadView> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "3", description = "downloads on all pages") long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
