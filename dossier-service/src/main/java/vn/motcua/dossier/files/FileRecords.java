package vn.motcua.dossier.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierEvents;

/** The file and download rows, each write in its own transaction (never held while bytes stream). */
@ApplicationScoped
public class FileRecords {

    private final EntityManager entities;

    public FileRecords(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Inserts the row of a stored object, with the dossier row locked so that concurrent uploads to one dossier see
     * each other's sizes; {@code rules} re-checks, under that lock, what may have changed since the upload began.
     */
    @Transactional
    public void insert(DossierFile file, UploadRules rules) {
        Dossier dossier = Dossier.findById(file.dossierId, LockModeType.PESSIMISTIC_WRITE);
        rules.checkOpen(dossier);
        rules.checkDossierTotal(totalSize(file.dossierId), file.size);
        file.persist();
    }

    public long totalSize(UUID dossierId) {
        return entities.createQuery("select coalesce(sum(f.size), 0) from DossierFile f where f.dossierId = ?1",
                Long.class).setParameter(1, dossierId).getSingleResult();
    }

    /**
     * What the dossier-resolved event says of a dossier's files: how many, and how many of the procedure's
     * components have a digitised or a reused file, and whether it has an electronic result (table
     * {@code electronic_result} of vn.motcua.dossier.results, read here in SQL so that files does not depend on it).
     */
    public DossierEvents.Files counts(UUID dossierId) {
        Object[] row = (Object[]) entities.createNativeQuery("""
                select count(*), count(distinct component) filter (where digitised),
                       count(distinct component) filter (where reused),
                       exists (select 1 from electronic_result r where r.dossier_id = ?1)
                from dossier_file where dossier_id = ?1""").setParameter(1, dossierId).getSingleResult();
        return new DossierEvents.Files(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), (Boolean) row[3]);
    }

    public List<DossierFile> of(UUID dossierId) {
        return DossierFile.list("dossierId = ?1 order by uploadedAt, id", dossierId);
    }

    public DossierFile find(UUID dossierId, UUID fileId) {
        DossierFile file = DossierFile.findById(fileId);
        return file != null && file.dossierId.equals(dossierId) ? file : null;
    }

    @Transactional
    public void recordDownload(DossierFile file, String by, OffsetDateTime at) {
        FileDownload download = new FileDownload();
        download.fileId = file.id;
        download.dossierId = file.dossierId;
        download.downloadedBy = by;
        download.downloadedAt = at;
        download.persist();
    }

    public long downloadCount(UUID dossierId) {
        return FileDownload.count("dossierId", dossierId);
    }

    /** One page of the dossier's downloads, newest first, each with its file. */
    public List<Object[]> downloads(UUID dossierId, int page, int size) {
        return entities.createQuery("select d, f from FileDownload d, DossierFile f where f.id = d.fileId "
                + "and d.dossierId = ?1 order by d.downloadedAt desc, d.id desc", Object[].class)
                .setParameter(1, dossierId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Which of {@code keys} a file row references. */
    public Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return entities.createQuery("select f.objectKey from DossierFile f where f.objectKey in ?1", String.class)
                .setParameter(1, keys).getResultStream().collect(Collectors.toSet());
    }
}
