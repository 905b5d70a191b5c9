package vn.motcua.deadletter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A record's Kafka headers as one byte string, in order, values as the bytes they are (a header that breaks the
 * contract may hold anything, a NUL included, which a text column refuses): count, then per header its name,
 * value length (-1: null) and value.
 */
final class Headers {

    private Headers() {
    }

    static byte[] encode(Iterable<Header> headers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            int count = 0;
            for (Header ignored : headers) {
                count++;
            }
            out.writeInt(count);
            for (Header header : headers) {
                out.writeUTF(header.key());
                byte[] value = header.value();
                out.writeInt(value == null ? -1 : value.length);
                if (value != null) {
                    out.write(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static RecordHeaders decode(byte[] encoded) {
        RecordHeaders headers = new RecordHeaders();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                int length = in.readInt();
                byte[] value = length < 0 ? null : in.readNBytes(length);
                headers.add(key, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return headers;
    }

    /** The last value of header {@code name} as UTF-8 text, or null. */
    static String text(Iterable<Header> headers, String name) {
        String found = null;
        for (Header header : headers) {
            if (header.key().equals(name) && header.value() != null) {
                found = new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return found;
    }
}
