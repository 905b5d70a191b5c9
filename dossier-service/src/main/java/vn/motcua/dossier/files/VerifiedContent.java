package vn.motcua.dossier.files;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.logging.Logger;
import vn.motcua.dossier.storage.ObjectStream;

/**
 * A file's bytes from the store to the client, checked on the way against the SHA-256 and size recorded at upload.
 * The last chunk read is held back until the whole object has been read and checked: an object that does not match
 * never reaches the client whole. Once the headers are out the download fails by closing the connection before the
 * announced Content-Length is reached; a file of one chunk fails before any byte, with a 500.
 */
public final class VerifiedContent implements StreamingOutput {

    private static final Logger LOG = Logger.getLogger(VerifiedContent.class);
    private static final int CHUNK = 64 * 1024;

    private final ObjectStream source;
    private final String what;
    private final long size;
    private final String sha256;

    /** {@code what} names the stored thing in the log, e.g. {@code file <id>}. */
    public VerifiedContent(ObjectStream source, String what, long size, String sha256) {
        this.source = source;
        this.what = what;
        this.size = size;
        this.sha256 = sha256;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        byte[] held = new byte[CHUNK];
        byte[] next = new byte[CHUNK];
        long total = 0;
        try (source) {
            int heldLength = source.readNBytes(held, 0, CHUNK);
            while (heldLength > 0) {
                digest.update(held, 0, heldLength);
                total += heldLength;
                int nextLength = source.readNBytes(next, 0, CHUNK);
                if (nextLength == 0) {
                    break;
                }
                out.write(held, 0, heldLength);
                byte[] swap = held;
                held = next;
                next = swap;
                heldLength = nextLength;
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (total != size || !actual.equals(sha256)) {
                LOG.errorf("stored object %s of %s does not match its record (size %d, sha256 %s; recorded %d, "
                        + "%s): download refused", source.object().key(), what, total, actual, size, sha256);
                throw new IOException("the stored object of " + what + " does not match its SHA-256");
            }
            out.write(held, 0, heldLength);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
