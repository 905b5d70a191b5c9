package vn.motcua.dossier.catalog;

/** procedure-catalog did not answer usefully (down, slow, 5xx, broken contract) after the retries. */
public class CatalogUnavailableException extends RuntimeException {
    public CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
