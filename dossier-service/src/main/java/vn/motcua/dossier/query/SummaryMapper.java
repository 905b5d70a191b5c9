package vn.motcua.dossier.query;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.motcua.dossier.intake.Dossier;
import vn.motcua.dossier.intake.DossierMapper;
import vn.motcua.dossier.workflow.Punctuality;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;

@Mapper(uses = DossierMapper.class)
public interface SummaryMapper {

    @Mapping(target = "dueDate", source = "dueAt")
    @Mapping(target = "procedure", source = ".")
    @Mapping(target = "unit", source = ".")
    @Mapping(target = "overdue", expression = "java(OverdueRule.overdue(dossier))")
    @Mapping(target = "timeliness", expression = "java(timeliness(dossier))")
    DossierSummary toSummary(Dossier dossier);

    /** Timeliness of a resolved dossier; none while pending or when withdrawn, refused. */
    default Timeliness timeliness(Dossier dossier) {
        boolean resolved = dossier.outcome == Outcome.APPROVED || dossier.outcome == Outcome.REJECTED;
        return resolved && dossier.resolvedAt != null ? Punctuality.of(dossier.resolvedAt, dossier.dueAt) : null;
    }
}
