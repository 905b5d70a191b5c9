package vn.motcua.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.testing.jwt.JwtKeys;
import vn.motcua.testing.jwt.TokenMinter;

/** Bearer tokens for the local stack, signed with the key pair kept in the data folder. */
final class Tokens {

    /** The roles (docs/architecture.md, Contracts: Security), in the order they are shown. */
    static final List<String> ROLES = List.of("catalog-admin", "officer", "commune-system", "analyst", "kiosk", "admin");
    /** Roles that act for one unit and carry a {@code unit} claim. */
    static final List<String> UNIT_ROLES = List.of("officer", "commune-system");
    static final Duration DEFAULT_VALIDITY = Duration.ofHours(12);
    private static final int MAX_HOURS = 24 * 366;

    private final TokenMinter minter;

    Tokens(JwtKeys keys) {
        this.minter = new TokenMinter(keys.privateKey(), TokenMinter.LOCAL_ISSUER);
    }

    static Tokens fromKeysIn(Path jwtDir) {
        try {
            return new Tokens(JwtKeys.loadOrCreate(jwtDir));
        } catch (IOException e) {
            throw new LaunchException("cannot read or create the JWT key pair in " + jwtDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A token for {@code role}. Officers and commune systems get {@code unit} (or {@code defaultUnit});
     * other roles get a unit claim only when one is asked for.
     */
    String mint(String role, Optional<String> unit, String defaultUnit, Duration validity) {
        String claim = unit.orElse(UNIT_ROLES.contains(role) ? defaultUnit : null);
        return minter.mint("local-" + role, List.of(role), claim, validity);
    }

    /** One token per role, valid {@link #DEFAULT_VALIDITY}, in {@link #ROLES} order. */
    Map<String, String> forEveryRole(String unit) {
        var tokens = new java.util.LinkedHashMap<String, String>();
        for (String role : ROLES) {
            tokens.put(role, mint(role, Optional.empty(), unit, DEFAULT_VALIDITY));
        }
        return tokens;
    }

    static String role(String role) {
        if (!ROLES.contains(role)) {
            throw new UsageException("unknown role '" + role + "' (roles: " + String.join(", ", ROLES) + ")");
        }
        return role;
    }

    static Duration validity(Optional<String> hours) {
        if (hours.isEmpty()) {
            return DEFAULT_VALIDITY;
        }
        try {
            int value = Integer.parseInt(hours.get().trim());
            if (value >= 1 && value <= MAX_HOURS) {
                return Duration.ofHours(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--hours must be a whole number of hours from 1 to " + MAX_HOURS + ", not '"
                + hours.get() + "'");
    }
}
