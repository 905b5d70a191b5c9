package vn.motcua.dossier.files;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;
import vn.motcua.dossier.storage.ObjectStore;
import vn.motcua.dossier.storage.StorageUnavailableException;
import vn.motcua.dossier.storage.StoredObject;

/**
 * Deletes the objects of uploads that crashed between storing the object and inserting its row: objects under
 * {@link DossierFiles#KEY_PREFIX} older than {@code motcua.files.orphan-age} (1 h) that no file row references,
 * every {@code motcua.files.sweep-every}. An upload in progress is never older than that: an object's time is when
 * it was completed, and its row follows within the same request. Safe with several instances (deleting twice is
 * no error).
 */
@ApplicationScoped
public class FileSweep {

    private static final Logger LOG = Logger.getLogger(FileSweep.class);
    private static final int BATCH = 500;

    private final ObjectStore store;
    private final FileRecords records;
    private final FilesConfig config;

    public FileSweep(ObjectStore store, FileRecords records, FilesConfig config) {
        this.store = store;
        this.records = records;
        this.config = config;
    }

    @Scheduled(identity = "file-sweep", every = "${motcua.files.sweep-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int deleted = sweep(Instant.now().minus(config.orphanAge()));
            if (deleted > 0) {
                LOG.infof("file sweep: %d orphaned object(s) deleted", deleted);
            }
        } catch (StorageUnavailableException e) {
            LOG.warnf("file sweep skipped, storage unavailable: %s", e.getMessage());
        }
    }

    /** Deletes the unreferenced file objects last modified before {@code before}; returns how many. */
    public int sweep(Instant before) {
        return sweep(DossierFiles.KEY_PREFIX, records::referenced, before);
    }

    /**
     * Deletes the objects under {@code prefix} last modified before {@code before} of which {@code referenced}
     * (given a batch of keys, those a row references) does not know; returns how many. For other features that keep
     * objects the same way, under a prefix of their own.
     */
    public int sweep(String prefix, Function<Collection<String>, Set<String>> referenced, Instant before) {
        List<StoredObject> old = store.list(prefix).stream()
                .filter(o -> o.lastModified().isBefore(before)).toList();
        int deleted = 0;
        for (int from = 0; from < old.size(); from += BATCH) {
            List<String> keys = old.subList(from, Math.min(old.size(), from + BATCH)).stream()
                    .map(StoredObject::key).toList();
            Set<String> known = referenced.apply(keys);
            for (String key : keys) {
                if (!known.contains(key)) {
                    store.delete(key);
                    LOG.infof("sweep: deleted orphaned object %s", key);
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
