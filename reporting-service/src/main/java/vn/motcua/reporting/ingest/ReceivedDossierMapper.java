package vn.motcua.reporting.ingest;

import org.mapstruct.Mapper;
import vn.motcua.events.DossierReceivedV1;

@Mapper
public interface ReceivedDossierMapper {

    ReceivedDossier toReadModel(DossierReceivedV1 event);
}
