package vn.motcua.dossier.files;

import java.util.List;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierDocument;
import vn.motcua.dossier.core.Lifecycle;
import vn.motcua.dossier.query.QueryParams;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * What an upload must be, beyond the caller's reach: its parameters (400), a component the dossier has (422), a
 * dossier still open (409), within the limits of a file and of the dossier (413). Pure.
 */
public record UploadRules(long maxFileBytes, long maxDossierBytes) {

    static final int MAX_FILE_NAME = 255;
    /** The request body: what a 413, 415 or empty upload names. */
    static final String BODY = "body";

    /** The upload's parameters, checked. */
    public record Upload(String component, String fileName, boolean digitised, boolean reused) {
    }

    public static UploadRules of(FilesConfig config) {
        return new UploadRules(config.maxFileBytes(), config.maxDossierBytes());
    }

    /** The parameters, or a 400 naming each bad one. */
    public Upload parse(String component, String fileName, String digitised, String reused) {
        QueryParams params = new QueryParams();
        if (component == null || component.isBlank()) {
            params.add("component", "is required: a component of the dossier (documents[].component)");
        }
        if (fileName == null || fileName.isBlank()) {
            params.add("fileName", "is required");
        } else if (fileName.strip().length() > MAX_FILE_NAME) {
            params.add("fileName", "must have at most " + MAX_FILE_NAME + " characters");
        } else if (fileName.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            params.add("fileName", "must be a bare file name, without control characters, '/' or '\\'");
        }
        Boolean isDigitised = params.bool("digitised", digitised);
        Boolean isReused = params.bool("reused", reused);
        params.check();
        return new Upload(component.strip(), fileName.strip(), Boolean.TRUE.equals(isDigitised),
                Boolean.TRUE.equals(isReused));
    }

    /** The component as the dossier records it, or a 422 naming {@code component}. */
    public String component(Dossier dossier, String requested) {
        return dossier.documents.stream().filter(d -> d.isOf(requested)).findFirst().map(DossierDocument::component)
                .orElseThrow(() -> FieldErrors.problem(ProblemType.UNPROCESSABLE, List.of(new FieldError("component",
                        "is not a component of this dossier; its components: " + String.join(", ",
                        dossier.documents.stream().map(DossierDocument::component).toList())))));
    }

    /** A 409 unless the dossier is still open (not RESOLVED, RETURNED, WITHDRAWN or REFUSED). */
    public void checkOpen(Dossier dossier) {
        if (!Lifecycle.isOpen(dossier.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "the dossier is " + dossier.status
                    + ": files are attached only while it is open", List.of(new FieldError("id",
                    "dossier is " + dossier.status + ", no longer open for files")));
        }
    }

    /** The most bytes this upload may have, with {@code used} bytes already in the dossier's files. */
    public long allowance(long used) {
        return Math.max(0, Math.min(maxFileBytes, maxDossierBytes - used));
    }

    /** A 413 when a declared body is already larger than {@link #allowance}. */
    public void checkDeclaredLength(long contentLength, long used) {
        if (contentLength > allowance(used)) {
            throw tooLarge(used);
        }
    }

    /** A 413 when a file of {@code size} bytes would take the dossier's files, {@code used} bytes, over its limit. */
    public void checkDossierTotal(long used, long size) {
        if (used + size > maxDossierBytes) {
            throw tooLarge(used);
        }
    }

    /** The 413 of an upload over the limits, with {@code used} bytes already in the dossier's files. */
    public ProblemException tooLarge(long used) {
        String message = used + maxFileBytes <= maxDossierBytes
                ? "a file may have at most " + maxFileBytes + " bytes"
                : "the dossier's files may hold at most " + maxDossierBytes + " bytes together; " + used
                + " are taken, so this file may have at most " + allowance(used);
        return FieldErrors.problem(ProblemType.PAYLOAD_TOO_LARGE, List.of(new FieldError(BODY, message)));
    }

    static ProblemException empty() {
        return FieldErrors.problem(ProblemType.VALIDATION, List.of(new FieldError(BODY, "is empty: send the file")));
    }

    static ProblemException notAccepted(String detected) {
        return FieldErrors.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, List.of(new FieldError(BODY,
                "is " + detected + " by its content; accepted: PDF, JPEG, PNG, XML or JSON")));
    }
}
