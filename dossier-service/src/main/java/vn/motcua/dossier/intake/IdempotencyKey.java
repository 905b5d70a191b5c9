package vn.motcua.dossier.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.problem.ProblemException;

/**
 * An intake's {@code Idempotency-Key}, scoped to its caller. Stored only as a hash; the secrets of the first
 * response are sealed (AES-GCM) with a key derived from the Idempotency-Key itself, so the database alone does
 * not reveal them and a client that retries with the same key gets the same response. Clients should use
 * random keys (a UUID).
 */
public record IdempotencyKey(String caller, String key) {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{8,200}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Empty without a header; 400 when the header is not 8–200 visible ASCII characters. */
    public static Optional<IdempotencyKey> of(String caller, String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!SHAPE.matcher(header).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 8 to 200 visible ASCII characters, e.g. a UUID");
        }
        return Optional.of(new IdempotencyKey(caller, header));
    }

    public byte[] keyHash() {
        return Secrets.sha256(("motcua-intake-idempotency\n" + caller + "\n" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code lookupSecret} and {@code surveyToken} sealed for this key: nonce || ciphertext. */
    public byte[] seal(String lookupSecret, String surveyToken) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal((lookupSecret + "\n" + surveyToken).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lookup secret and survey token sealed by {@link #seal}. */
    public String[] unseal(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey(), new GCMParameterSpec(128, sealed, 0, 12));
            String plain = new String(cipher.doFinal(Arrays.copyOfRange(sealed, 12, sealed.length)), StandardCharsets.UTF_8);
            return plain.split("\n", 2);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot unseal the intake response", e);
        }
    }

    private SecretKeySpec sealingKey() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] derived = mac.doFinal(("motcua-intake-seal\n" + caller).getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(derived, "AES");
    }
}
