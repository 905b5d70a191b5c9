package vn.motcua.dossier.results;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.motcua.dossier.files.FileSweep;
import vn.motcua.dossier.files.FilesConfig;
import vn.motcua.dossier.storage.StorageUnavailableException;

/**
 * Deletes the objects of result uploads that crashed between object and row, under {@link
 * ElectronicResults#KEY_PREFIX}, with the files' sweep, age and schedule ({@code motcua.files.*}).
 */
@ApplicationScoped
public class ResultSweep {

    private static final Logger LOG = Logger.getLogger(ResultSweep.class);

    private final FileSweep sweep;
    private final ResultRecords records;
    private final FilesConfig config;

    public ResultSweep(FileSweep sweep, ResultRecords records, FilesConfig config) {
        this.sweep = sweep;
        this.records = records;
        this.config = config;
    }

    @Scheduled(identity = "result-sweep", every = "${motcua.files.sweep-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int deleted = sweep(Instant.now().minus(config.orphanAge()));
            if (deleted > 0) {
                LOG.infof("result sweep: %d orphaned object(s) deleted", deleted);
            }
        } catch (StorageUnavailableException e) {
            LOG.warnf("result sweep skipped, storage unavailable: %s", e.getMessage());
        }
    }

    public int sweep(Instant before) {
        return sweep.sweep(ElectronicResults.KEY_PREFIX, records::referenced, before);
    }
}
