package vn.motcua.dossier.workflow;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.core.DossierView;

/** A dossier's whole history, oldest first: intake, then every transition; and the time each unit held it. */
@Schema(name = "DossierHistory")
public record DossierHistory(
        @Schema(examples = DossierView.EXAMPLE_ID) UUID dossierId,
        @Schema(description = "Entries in items", examples = "3") int total,
        List<HistoryView> items,
        @Schema(description = "Each unit's share of the processing time: who held the dossier when, in order (one "
                + "period unless the dossier was transferred between units)") List<UnitTimes.Period> unitTimes) {
}
