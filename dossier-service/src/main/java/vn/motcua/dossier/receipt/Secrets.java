package vn.motcua.dossier.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two capabilities handed to an applicant at intake and never shown again.
 * <ul>
 * <li>The <b>lookup secret</b>, printed on the receipt and typed in with the receipt code to track the dossier:
 * 12 symbols from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), grouped by four ({@code K7M2-Q9XH-P4RT},
 * about 59 bits). Kept only as a salted hash; input is normalised (case, spaces and dashes ignored).</li>
 * <li>The <b>survey token</b>, 192 random bits in URL-safe Base64 (printed as a QR code), travelling in
 * {@code dossier-received} to survey-service. Kept here only as its SHA-256.</li>
 * </ul>
 */
public final class Secrets {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    static final int SECRET_SYMBOLS = 12;
    private static final String SCHEME = "hmac-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newLookupSecret() {
        StringBuilder out = new StringBuilder(SECRET_SYMBOLS + 2);
        for (int i = 0; i < SECRET_SYMBOLS; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    public static String newSurveyToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code hmac-sha256$<salt>$<hash>}: the secret keyed with a random per-dossier salt. */
    public static String hashLookupSecret(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + '$' + b64.encodeToString(salt) + '$' + b64.encodeToString(keyed(salt, normalise(secret)));
    }

    /** Whether {@code typed} is the secret behind {@code stored} (constant-time comparison). */
    public static boolean lookupSecretMatches(String typed, String stored) {
        if (typed == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !SCHEME.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return MessageDigest.isEqual(b64.decode(parts[2]), keyed(b64.decode(parts[1]), normalise(typed)));
    }

    public static String hashSurveyToken(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.US_ASCII)));
    }

    static String normalise(String secret) {
        return secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] keyed(byte[] salt, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
