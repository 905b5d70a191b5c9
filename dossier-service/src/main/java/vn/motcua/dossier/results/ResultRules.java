package vn.motcua.dossier.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.files.FileTypes;
import vn.motcua.dossier.query.QueryParams;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * What an electronic result must be: its metadata (400 naming each bad parameter), a PDF or an XML/JSON data file
 * (415), and a dossier being resolved or just resolved (409). Pure.
 */
final class ResultRules {

    static final Set<String> ACCEPTED = Set.of(FileTypes.PDF, FileTypes.XML, FileTypes.JSON);
    /** The states a result may be attached in: before resolving, and once resolved until the result is returned. */
    static final Set<DossierStatus> ATTACHABLE = Set.of(DossierStatus.IN_PROGRESS, DossierStatus.RESOLVED);
    /** Neither the dossier's applicant nor anyone else may learn of a result before the dossier is resolved. */
    static final Set<DossierStatus> PUBLIC = Set.of(DossierStatus.RESOLVED, DossierStatus.RETURNED);

    static final int MAX_CODE = 100;
    static final int MAX_SUMMARY = 2000;

    private ResultRules() {
    }

    /** The result's metadata, checked. */
    record Metadata(String resultCode, String numberSymbol, String summary, LocalDate issueDate,
            LocalDate validUntil, boolean paperResultRequired) {
    }

    static Metadata parse(String resultCode, String numberSymbol, String summary, String issueDate,
            String validUntil, String paperResultRequired) {
        QueryParams params = new QueryParams();
        required(params, "resultCode", resultCode, MAX_CODE);
        required(params, "numberSymbol", numberSymbol, MAX_CODE);
        required(params, "summary", summary, MAX_SUMMARY);
        LocalDate issued = params.date("issueDate", issueDate);
        if (issueDate == null || issueDate.isBlank()) {
            params.add("issueDate", "is required: the date the result was signed, e.g. 2026-07-16");
        }
        LocalDate valid = params.date("validUntil", validUntil);
        if (issued != null && valid != null && valid.isBefore(issued)) {
            params.add("validUntil", "must not be before issueDate");
        }
        Boolean paper = params.bool("paperResultRequired", paperResultRequired);
        params.check();
        return new Metadata(resultCode.strip(), numberSymbol.strip(), summary.strip(), issued, valid,
                Boolean.TRUE.equals(paper));
    }

    private static void required(QueryParams params, String name, String value, int max) {
        if (value == null || value.isBlank()) {
            params.add(name, "is required");
        } else if (value.strip().length() > max) {
            params.add(name, "must have at most " + max + " characters");
        }
    }

    /** A 409 unless the dossier is IN_PROGRESS or RESOLVED. */
    static void checkAttachable(Dossier dossier) {
        if (!ATTACHABLE.contains(dossier.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "the dossier is " + dossier.status
                    + ": results are attached while it is IN_PROGRESS or RESOLVED", List.of(new FieldError("id",
                    "dossier is " + dossier.status + ", not IN_PROGRESS or RESOLVED")));
        }
    }

    static ProblemException notAccepted(String detected) {
        return FieldErrors.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, List.of(new FieldError("body",
                "is " + detected + " by its content; a result is a PDF, XML or JSON file")));
    }

    /** The name a download offers: the number and symbol, made a file name, with the type's extension. */
    static String fileName(ElectronicResult result) {
        String extension = switch (result.mediaType) {
            case FileTypes.PDF -> ".pdf";
            case FileTypes.XML -> ".xml";
            default -> ".json";
        };
        return result.numberSymbol.replaceAll("[/\\\\\\p{Cntrl}]", "-") + extension;
    }
}
