package vn.motcua.dossier.receipt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two capabilities handed to an applicant at intake and never shown again.
 * <ul>
 * <li>The <b>lookup secret</b>, printed on the receipt and typed in with the receipt code to track the dossier:
 * 12 symbols from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), grouped by four ({@code K7M2-Q9XH-P4RT},
 * about 59 bits). Kept only as a salted hash; input is normalised (case, spaces and dashes ignored).</li>
 * <li>The <b>survey token</b>, 192 random bits in URL-safe Base64 (printed as a QR code), travelling in
 * {@code dossier-received} to survey-service. Kept here as its SHA-256 and sealed under the lookup secret
 * ({@link #sealSurveyToken}), so that a slip printed with the lookup secret can carry it again while the database
 * alone does not reveal it.</li>
 * </ul>
 */
public final class Secrets {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    static final int SECRET_SYMBOLS = 12;
    private static final String SCHEME = "hmac-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

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

    /** The secrets of a new dossier, and what of them may be stored. */
    public record Issued(String lookupSecret, String surveyToken, String lookupSecretHash, String surveyTokenHash,
            byte[] surveyTokenSealed) {
    }

    /** A new lookup secret and survey token for dossier {@code dossierId}. */
    public static Issued issue(UUID dossierId) {
        String lookupSecret = newLookupSecret();
        String surveyToken = newSurveyToken();
        return new Issued(lookupSecret, surveyToken, hashLookupSecret(lookupSecret), hashSurveyToken(surveyToken),
                sealSurveyToken(surveyToken, lookupSecret, dossierId));
    }

    /** The survey token sealed for whoever holds the dossier's lookup secret (typed loosely or not). */
    public static byte[] sealSurveyToken(String surveyToken, String lookupSecret, UUID dossierId) {
        return seal(surveyTokenKey(lookupSecret, dossierId), surveyToken.getBytes(StandardCharsets.US_ASCII));
    }

    /** The survey token {@link #sealSurveyToken} sealed, or empty when {@code lookupSecret} is not the one. */
    public static Optional<String> unsealSurveyToken(byte[] sealed, String lookupSecret, UUID dossierId) {
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(unseal(surveyTokenKey(lookupSecret, dossierId), sealed),
                    StandardCharsets.US_ASCII));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        }
    }

    /** A 256-bit key for one purpose from key material: HMAC-SHA256 of the purpose keyed with the material. */
    public static byte[] derive(byte[] material, String purpose) {
        return keyed(material, purpose);
    }

    /** {@code plain} encrypted and authenticated with AES-GCM under {@code key}: nonce || ciphertext || tag. */
    public static byte[] seal(byte[] key, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@link #seal} sealed under {@code key}; {@link AEADBadTagException} under another key. */
    public static byte[] unseal(byte[] key, byte[] sealed) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] surveyTokenKey(String lookupSecret, UUID dossierId) {
        return derive(normalise(lookupSecret).getBytes(StandardCharsets.US_ASCII),
                "motcua-survey-token-seal\n" + dossierId);
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

    private static byte[] keyed(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
