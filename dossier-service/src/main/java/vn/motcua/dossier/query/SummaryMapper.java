package vn.motcua.dossier.query;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierMapper;
import vn.motcua.dossier.core.Masking;
import vn.motcua.dossier.core.OverdueRule;
import vn.motcua.dossier.core.PortalStatus;
import vn.motcua.dossier.core.Punctuality;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;

@Mapper(uses = DossierMapper.class, imports = {OverdueRule.class, PortalStatus.class})
public interface SummaryMapper {

    @Mapping(target = "portalStatusCode", expression = "java(PortalStatus.of(dossier.status))")
    @Mapping(target = "dueDate", source = "dueAt")
    @Mapping(target = "procedure", source = ".")
    @Mapping(target = "unit", source = ".")
    @Mapping(target = "resolvingUnit", source = ".", qualifiedByName = "resolvingUnit")
    @Mapping(target = "overdue", expression = "java(OverdueRule.overdue(dossier))")
    @Mapping(target = "timeliness", expression = "java(timeliness(dossier))")
    DossierSummary toSummary(Dossier dossier);

    /** The summary as {@code viewer} may see it: the applicant's name masked unless an officer. */
    default DossierSummary toSummary(Dossier dossier, Viewer viewer) {
        DossierSummary summary = toSummary(dossier);
        return viewer.masked() ? summary.withApplicantName(Masking.name(summary.applicantName())) : summary;
    }

    /** Timeliness of a resolved or stopped dossier; none while pending or when withdrawn, refused. */
    default Timeliness timeliness(Dossier dossier) {
        boolean resolved = dossier.outcome == Outcome.APPROVED || dossier.outcome == Outcome.REJECTED;
        return resolved && dossier.resolvedAt != null ? Punctuality.of(dossier.resolvedAt, dossier.punctualityDueAt())
                : null;
    }
}
