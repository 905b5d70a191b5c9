package vn.motcua.dossier;

/** Role names carried in the token's {@code groups} claim (docs/architecture.md, Contracts: Security). */
public final class Roles {
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String OFFICER = "officer";
    public static final String COMMUNE_SYSTEM = "commune-system";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
