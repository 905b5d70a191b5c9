package vn.motcua.survey;

/** Role names carried in the token's {@code groups} claim (DESIGN.md, Security). */
public final class Roles {
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
