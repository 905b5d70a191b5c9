package vn.motcua.dossier.tracking;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierMapper;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.core.PortalStatus;

/** Times in Vietnam's offset and business dates come from {@link DossierMapper}. */
@Mapper(uses = DossierMapper.class, imports = PortalStatus.class)
public interface TrackingMapper {

    @Mapping(target = "portalStatusCode", expression = "java(PortalStatus.of(dossier.status))")
    @Mapping(target = "procedure", source = "dossier")
    @Mapping(target = "unit", source = "dossier")
    @Mapping(target = "dueDate", source = "dossier.dueAt")
    @Mapping(target = "steps", source = "steps")
    TrackingView toView(Dossier dossier, List<TrackingView.Step> steps);

    @Mapping(target = "code", source = "procedureCode")
    @Mapping(target = "name", source = "procedureName")
    TrackingView.Procedure procedure(Dossier dossier);

    @Mapping(target = "code", source = "unitCode")
    @Mapping(target = "name", source = "unitName")
    TrackingView.Unit unit(Dossier dossier);

    /** Intake, the first step. */
    @Mapping(target = "at", source = "receivedAt")
    @Mapping(target = "action", constant = "RECEIVE")
    @Mapping(target = "status", constant = "RECEIVED")
    TrackingView.Step intake(Dossier dossier);

    @Mapping(target = "status", source = "toStatus")
    TrackingView.Step step(HistoryEntry entry);
}
