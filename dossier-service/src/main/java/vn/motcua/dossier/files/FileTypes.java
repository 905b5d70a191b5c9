package vn.motcua.dossier.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import vn.motcua.problem.ProblemException;

/**
 * Which files a dossier accepts, told by their first bytes only (never the name or the declared type, which a
 * client chooses): PDF, JPEG and PNG by their magic numbers, XML by its declaration or root element (Tika's
 * detection; XML dialects Tika names otherwise, such as SVG or XHTML, are refused), and JSON, which has no magic
 * number, as text whose first {@link #HEAD_BYTES} bytes read as the start of a JSON object or array. Pure.
 */
public final class FileTypes {

    /** How much of a file's start decides its type: Tika's longest magic fits in it. */
    public static final int HEAD_BYTES = 64 * 1024;
    public static final String JSON = "application/json";
    public static final String PDF = "application/pdf";
    public static final String XML = "application/xml";
    static final Set<String> ACCEPTED = Set.of(PDF, "image/jpeg", "image/png", XML, JSON);

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    /** The longest token a cut head may end inside of without counting as malformed. */
    private static final int CUT_TOKEN_SLACK = 1024;

    private FileTypes() {
    }

    /** The accepted media type of a file starting with {@code head}, or empty when it is none of them. */
    public static Optional<String> accepted(byte[] head, int length) {
        String detected = detect(head, length);
        if (ACCEPTED.contains(detected)) {
            return Optional.of(detected);
        }
        if (detected.equals("text/plain") && startsJson(head, length)) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    /**
     * The type of {@code content} by its first {@link #HEAD_BYTES} bytes, which stay to be read again (the stream
     * must support mark, e.g. a {@link java.io.BufferedInputStream} of that size): one of {@code allowed} (a subset
     * of the accepted types), else the problem {@code refused} makes of what the bytes are; 400 when empty.
     */
    public static String ofHead(InputStream content, Set<String> allowed, Function<String, ProblemException> refused) {
        try {
            content.mark(HEAD_BYTES);
            byte[] head = content.readNBytes(HEAD_BYTES);
            content.reset();
            if (head.length == 0) {
                throw UploadRules.empty();
            }
            return accepted(head, head.length).filter(allowed::contains)
                    .orElseThrow(() -> refused.apply(detect(head, head.length)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload", e);
        }
    }

    /** What the bytes are by Tika's magic and XML root detection alone (no name given). */
    static String detect(byte[] head, int length) {
        try {
            return TIKA.detect(new ByteArrayInputStream(head, 0, length), new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An object or array that parses as far as the head goes (cut short is fine, malformed is not). */
    private static boolean startsJson(byte[] head, int length) {
        try (JsonParser parser = JSON_FACTORY.createParser(head, 0, length)) {
            var first = parser.nextToken();
            if (first == null || !first.isStructStart()) {
                return false;
            }
            while (parser.nextToken() != null) {
                // reading on checks the syntax
            }
            return true;
        } catch (JsonEOFException e) {
            return true;
        } catch (JsonProcessingException e) {
            // a head cut at HEAD_BYTES may end inside a token or a UTF-8 sequence: only an error before that counts
            return length == HEAD_BYTES && e.getLocation() != null
                    && e.getLocation().getByteOffset() > length - CUT_TOKEN_SLACK;
        } catch (IOException e) {
            return false;
        }
    }
}
