package vn.motcua.dossier.core;

/** The shapes of the catalog codes a dossier carries, as requests and query parameters must write them. */
public final class Codes {

    /** A procedure code: {@code 1.001193}, or with a local suffix {@code 1.000948.H38}. */
    public static final String PROCEDURE_CODE = "^[0-9]\\.[0-9]{6}(\\.[0-9A-Z]{1,10})?$";
    /** An electronic unit code: {@code 000.20.20.H26}. */
    public static final String UNIT_CODE = "^[0-9A-Z.]{1,35}$";

    private Codes() {
    }
}
