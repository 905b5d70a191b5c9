package vn.motcua.dossier.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * The body of a streamed PutObject: the content itself, handed to the SDK as it is read. The SDK may ask for it again
 * to retry; that works only while nothing has been read, since a client's upload cannot be read twice. It counts the
 * bytes and keeps the content's own failure, so that a 413 or a client gone is not taken for the storage's.
 */
final class StreamedBody implements ContentStreamProvider {

    private final InputStream content;
    private long count;
    private RuntimeException failure;

    StreamedBody(InputStream content) {
        this.content = content;
    }

    @Override
    public InputStream newStream() {
        if (count > 0) {
            throw new IllegalStateException("a streamed upload cannot be sent again once it has begun");
        }
        return new FilterInputStream(content) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count += n;
                    }
                    return n;
                } catch (IOException e) {
                    failure = new UncheckedIOException("reading the content to store", e);
                    throw e;
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }

            // a reset would pass bytes through the caller's digest twice
            @Override
            public boolean markSupported() {
                return false;
            }

            // the caller closes the content; the SDK closing it before a retry must not end it
            @Override
            public void close() {
            }
        };
    }

    /** The bytes read so far. */
    long count() {
        return count;
    }

    /** What went wrong reading the content, or null when nothing did. */
    RuntimeException failure() {
        return failure;
    }
}
