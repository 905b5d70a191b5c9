package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** {@code size} pseudo-random bytes made as they are read (never held whole), with their SHA-256. */
public class GeneratedBytes extends InputStream {
    private final long size;
    private final SplittableRandom random;
    private final MessageDigest digest;
    private long produced;

    public GeneratedBytes(long size, long seed) {
        this.size = size;
        this.random = new SplittableRandom(seed);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public long produced() {
        return produced;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (produced >= size) {
            return -1;
        }
        int n = (int) Math.min(length, Math.min(size - produced, 64 * 1024));
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) random.nextInt(256);
        }
        digest.update(buffer, offset, n);
        produced += n;
        return n;
    }

    /** Once the stream has been read to its end. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of what {@code in} gives to its end, read in small buffers. */
    public static String sha256Of(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
