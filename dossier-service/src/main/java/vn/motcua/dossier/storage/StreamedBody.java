package vn.motcua.dossier.storage;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * The body of a streamed PutObject of known length: the content itself, read as the SDK sends it. When the content
 * fails midway (a client gone, a 413), the body goes on with zeros up to the announced length and keeps the failure:
 * the PutObject then completes and its object is deleted, because a PutObject cut off midway leaves S3Proxy a
 * temporary file that breaks the listing of its prefix. The SDK may ask for the body again to retry; that works only
 * while nothing has been read, since a client's upload cannot be read twice.
 */
final class StreamedBody implements ContentStreamProvider {

    private final InputStream content;
    private final long length;
    private long count;
    private RuntimeException failure;

    StreamedBody(InputStream content, long length) {
        this.content = content;
        this.length = length;
    }

    @Override
    public InputStream newStream() {
        if (count > 0) {
            // the attempt that read them failed on the storage's side: so does the upload (a 503)
            throw SdkClientException.create("a streamed upload cannot be sent again once it has begun");
        }
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int wanted) {
                if (count == length) {
                    return -1;
                }
                int n = (int) Math.min(wanted, length - count);
                if (failure == null) {
                    n = fromContent(buffer, offset, n);
                } else {
                    Arrays.fill(buffer, offset, offset + n, (byte) 0);
                }
                count += n;
                return n;
            }
            // close() is the caller's, on the content: the SDK closing this before a retry must not end it
        };
    }

    private int fromContent(byte[] buffer, int offset, int wanted) {
        try {
            int n = content.read(buffer, offset, wanted);
            if (n < 0) {
                throw new EOFException("the content ended after " + count + " of " + length + " bytes");
            }
            return n;
        } catch (IOException e) {
            failure = new UncheckedIOException("reading the content to store", e);
        } catch (RuntimeException e) {
            failure = e;
        }
        Arrays.fill(buffer, offset, offset + wanted, (byte) 0);
        return wanted;
    }

    /** The bytes the content gave, all of them when it did not fail. */
    long count() {
        return count;
    }

    /** What went wrong reading the content, or null when nothing did. */
    RuntimeException failure() {
        return failure;
    }
}
