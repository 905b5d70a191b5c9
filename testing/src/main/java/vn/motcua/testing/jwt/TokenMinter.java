package vn.motcua.testing.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints RS256 bearer tokens shaped like the identity provider's: roles in {@code groups}, the officer's
 * unit in {@code unit}. Used by tests and by {@code ./motcua token}.
 */
public final class TokenMinter {

    /** Issuer the local stack and the tests configure ({@code mp.jwt.verify.issuer}). */
    public static final String LOCAL_ISSUER = "https://motcua.local/issuer";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

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
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        StringBuilder claims = new StringBuilder()
                .append("{\"iss\":").append(quote(issuer))
                .append(",\"sub\":").append(quote(subject))
                .append(",\"upn\":").append(quote(subject))
                .append(",\"jti\":").append(quote(UUID.randomUUID().toString()))
                .append(",\"iat\":").append(issuedAt.getEpochSecond())
                .append(",\"exp\":").append(issuedAt.plus(validity).getEpochSecond())
                .append(",\"groups\":[")
                .append(roles.stream().map(TokenMinter::quote).collect(Collectors.joining(",")))
                .append(']');
        if (unit != null) {
            claims.append(",\"unit\":").append(quote(unit));
        }
        claims.append('}');
        String signingInput = encode(header) + "." + encode(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token: " + e.getMessage(), e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
