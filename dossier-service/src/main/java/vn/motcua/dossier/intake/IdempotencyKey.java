package vn.motcua.dossier.intake;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
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

    /** {@code lookupSecret} and {@code surveyToken} sealed for this key. */
    public byte[] seal(String lookupSecret, String surveyToken) {
        return Secrets.seal(sealingKey(), (lookupSecret + "\n" + surveyToken).getBytes(StandardCharsets.UTF_8));
    }

    /** The lookup secret and survey token sealed by {@link #seal}. */
    public String[] unseal(byte[] sealed) {
        try {
            return new String(Secrets.unseal(sealingKey(), sealed), StandardCharsets.UTF_8).split("\n", 2);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("cannot unseal the intake response", e);
        }
    }

    private byte[] sealingKey() {
        return Secrets.derive(key.getBytes(StandardCharsets.UTF_8), "motcua-intake-seal\n" + caller);
    }
}
