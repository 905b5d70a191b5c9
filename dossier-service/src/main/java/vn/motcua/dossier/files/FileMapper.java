package vn.motcua.dossier.files;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.motcua.dossier.core.DossierMapper;

@Mapper(uses = DossierMapper.class)
public interface FileMapper {

    FileView toView(DossierFile file);

    @Mapping(target = "fileId", source = "download.fileId")
    @Mapping(target = "fileName", source = "file.fileName")
    @Mapping(target = "component", source = "file.component")
    @Mapping(target = "downloadedBy", source = "download.downloadedBy")
    @Mapping(target = "downloadedAt", source = "download.downloadedAt")
    DownloadView toView(FileDownload download, DossierFile file);
}
