package vn.motcua.survey;

/** Role names carried in the token's {@code groups} claim (docs/architecture.md, Contracts: Security). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String OFFICER = "officer";
    public static final String ANALYST = "analyst";
    public static final String KIOSK = "kiosk";

    private Roles() {
    }
}
