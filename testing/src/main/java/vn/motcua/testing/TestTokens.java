package vn.motcua.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.testing.jwt.JwtKeys;
import vn.motcua.testing.jwt.TokenMinter;

/** Bearer tokens for tests, signed with the key pair the services under test trust. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A valid token for {@code role}, without a unit claim. */
    public static String forRole(String role) {
        return forRole(role, null);
    }

    /** A valid token for {@code role} in {@code unit} (electronic identifier code). */
    public static String forRole(String role, String unit) {
        return minter().mint("test-" + role, List.of(role), unit, Duration.ofHours(1));
    }

    /** A valid token holding all of {@code roles}, in {@code unit} (or without a unit claim when null). */
    public static String forRoles(List<String> roles, String unit) {
        return minter().mint("test-" + String.join("-", roles), roles, unit, Duration.ofHours(1));
    }

    /** A token that expired an hour ago. */
    public static String expired(String role, String unit) {
        return minter().mintAt("test-" + role, List.of(role), unit, Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String signedByAnotherKey(String role, String unit) {
        try {
            var other = JwtKeys.createThrowaway("motcua-other-jwt-");
            return new TokenMinter(other.privateKey(), TokenMinter.LOCAL_ISSUER)
                    .mint("intruder", List.of(role), unit, Duration.ofHours(1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TokenMinter minter() {
        return new TokenMinter(TestInfrastructure.jwtKeys().privateKey(), TokenMinter.LOCAL_ISSUER);
    }
}
