package vn.motcua.dossier.query;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the staff list; {@code page} counts from 0, {@code total} counts the items of all pages. */
@Schema(name = "DossierPage", description = "One page of dossiers; the Link header has rel=next/prev page URLs")
public record DossierPage(
        List<DossierSummary> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "42", description = "matching dossiers on all pages") long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
