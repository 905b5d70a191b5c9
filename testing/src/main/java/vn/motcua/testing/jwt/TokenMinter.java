package vn.motcua.testing.jwt;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Mints RS256 bearer tokens shaped like the identity provider's: roles in {@code groups}, the officer's
 * unit in {@code unit}. Used by tests and by {@code ./motcua token}. Built and signed by smallrye-jwt-build,
 * which also adds a random {@code jti}.
 */
public final class TokenMinter {

    /** Issuer the local stack and the tests configure ({@code mp.jwt.verify.issuer}). */
    public static final String LOCAL_ISSUER = "https://motcua.local/issuer";

    private final PrivateKey key;
    private final String issuer;

    public TokenMinter(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /**
     * @param unit the unit code for the {@code unit} claim, or null for roles without a unit
     */
    public String mint(String subject, Collection<String> roles, String unit, Duration validity) {
        return mintAt(subject, roles, unit, Instant.now(), validity);
    }

    /** As {@link #mint}, issued at {@code issuedAt}: lets tests make tokens that are already expired. */
    public String mintAt(String subject, Collection<String> roles, String unit, Instant issuedAt, Duration validity) {
        var claims = Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(new LinkedHashSet<>(roles))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(validity));
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(key);
    }
}
