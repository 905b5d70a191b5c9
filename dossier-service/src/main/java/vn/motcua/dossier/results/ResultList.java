package vn.motcua.dossier.results;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ElectronicResultList")
public record ResultList(@Schema(description = "Oldest first") List<ResultView> items) {
}
