package vn.motcua.catalog.importing;

import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/** What imports have in common: a real import with errors writes nothing and answers 422 with the report's errors. */
final class Imports {

    private Imports() {
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
