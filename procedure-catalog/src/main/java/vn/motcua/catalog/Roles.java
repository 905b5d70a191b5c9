package vn.motcua.catalog;

/** Role names carried in the token's {@code groups} claim (docs/architecture.md, Contracts: Security). */
public final class Roles {
    public static final String CATALOG_ADMIN = "catalog-admin";

    private Roles() {
    }
}
