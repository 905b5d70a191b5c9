package vn.motcua.testing.contract;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written byte for byte to the service under test, for requests no client library sends: broken
 * percent-encoding, raw UTF-8 in the request line, control characters in a header, oversized lines.
 */
final class RawHttp {

    /** An answer: its status, its header block (lower-cased names) and its body. */
    record Answer(int status, String headers, String body) {

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** Sends {@code requestLine} and {@code headerLines} (each ending in CRLF) with no body. */
    static Answer send(String requestLine, String headerLines) {
        String request = requestLine + "\r\nHost: localhost\r\nConnection: close\r\n" + headerLines + "\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            String statusLine = head.split("\r\n", 2)[0];
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]),
                    head.substring(statusLine.length()).toLowerCase(Locale.ROOT),
                    end < 0 ? "" : answer.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
