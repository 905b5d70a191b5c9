package vn.motcua.dossier.files;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small files of each kind and the upload request, for the file tests. */
public final class Uploads {

    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    public static final byte[] XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<toKhai><hoTen>Nguyễn Văn An</hoTen></toKhai>\n"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] JSON = "{\"hoTen\": \"Nguyễn Văn An\", \"ngaySinh\": \"2026-07-01\", \"con\": [1, 2]}"
            .getBytes(StandardCharsets.UTF_8);
    /** A Windows executable (MZ header, PE offset) as a client might send it, named .pdf. */
    public static final byte[] WINDOWS_EXE = windowsExe();
    /** A Linux executable (ELF header). */
    static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0};

    private Uploads() {
    }

    public static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xcc3300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] windowsExe() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    static Response upload(String token, String dossierId, String component, String fileName, String contentType,
            byte[] content) {
        return given().auth().oauth2(token).contentType(contentType).queryParam("component", component)
                .queryParam("fileName", fileName).body(content).when().post("/api/v1/dossiers/{id}/files", dossierId);
    }
}
