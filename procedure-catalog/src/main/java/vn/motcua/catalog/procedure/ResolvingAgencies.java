package vn.motcua.catalog.procedure;

/**
 * The units a procedure may name as its resolving agency ({@code resolvingAgencyCode}): a DEPARTMENT or a province's
 * people's committee. Implemented by the unit catalog, which the procedures do not otherwise know.
 */
public interface ResolvingAgencies {

    /**
     * Why the unit {@code code} cannot be a procedure's resolving agency (unknown, not a department or province, or
     * ended unless {@code alreadyNamed} by the procedure), or {@code null} when it can.
     */
    String resolvingAgencyProblem(String code, boolean alreadyNamed);
}
