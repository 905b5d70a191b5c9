package vn.motcua.catalog.importing;

import io.quarkus.hibernate.orm.panache.Panache;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/** What imports have in common: a real import with errors writes nothing and answers 422 with the report's errors. */
final class Imports {

    /** Key of the PostgreSQL advisory lock that real imports hold for their transaction. */
    private static final long IMPORT_LOCK = 0x4d6f74637561_01L;

    private Imports() {
    }

    /**
     * Real imports run one at a time, across instances too: two imports of the same new codes would otherwise both
     * see them missing and the second fail on the primary key. Held until the import's transaction ends.
     */
    static void oneAtATime() {
        Panache.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + IMPORT_LOCK + ")) locked")
                .getSingleResult();
    }

    /** The report of a dry run, or of a real import without errors; a 422 for a real import with errors. */
    static ImportReport finish(ImportReport report) {
        if (!report.dryRun() && !report.errors().isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, report.errors().size() + " error(s) in "
                    + (report.rows() - report.valid()) + " of " + report.rows() + " rows; nothing was imported")
                    .with("rows", report.rows())
                    .with("valid", report.valid())
                    .with("errors", report.errors());
        }
        return report;
    }
}
