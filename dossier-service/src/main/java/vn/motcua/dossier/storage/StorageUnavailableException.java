package vn.motcua.dossier.storage;

import java.time.Duration;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * The object storage cannot be reached or refused to serve: answered as a 503 problem with {@code Retry-After}.
 * Nothing was stored by the failed operation.
 */
public class StorageUnavailableException extends ProblemException {

    public StorageUnavailableException(Duration retryAfter, Throwable cause) {
        super(ProblemType.SERVICE_UNAVAILABLE, "the file storage cannot be reached; try again later");
        initCause(cause);
        withHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}
