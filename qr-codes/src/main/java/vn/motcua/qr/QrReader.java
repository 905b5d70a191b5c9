package vn.motcua.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads QR codes back, as a phone would; tests use it to check what was printed. */
public final class QrReader {

    private QrReader() {
    }

    public static String decode(BufferedImage image) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
        } catch (Exception e) {
            throw new IllegalArgumentException("not a readable QR code", e);
        }
    }

    /** Draws an SVG written by {@link QrCodes#svg} (runs of dark modules) at 8 pixels per module and decodes it. */
    public static String decodeSvg(String svg) {
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        if (!box.find()) {
            throw new IllegalArgumentException("no viewBox");
        }
        int modules = Integer.parseInt(box.group(1));
        int scale = 8;
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            g.fillRect(Integer.parseInt(run.group(1)) * scale, Integer.parseInt(run.group(2)) * scale,
                    Integer.parseInt(run.group(3)) * scale, scale);
        }
        g.dispose();
        return decode(image);
    }

    public static String decodePng(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("not a PNG");
            }
            return decode(image);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
