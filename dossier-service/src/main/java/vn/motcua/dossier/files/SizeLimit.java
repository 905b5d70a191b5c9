package vn.motcua.dossier.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.motcua.problem.ProblemException;

/**
 * Passes a request body through and stops it with the given problem (a 413) as soon as it has given more than
 * {@code limit} bytes, so an upload over the limit is cut off there instead of being read to its end.
 */
public final class SizeLimit extends FilterInputStream {

    private final long limit;
    private final ProblemException tooLarge;
    private long count;

    public SizeLimit(InputStream in, long limit, ProblemException tooLarge) {
        super(in);
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw tooLarge;
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
