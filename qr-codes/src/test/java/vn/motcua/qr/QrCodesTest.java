package vn.motcua.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String URL = "https://dichvucong.example/procedures/1.001193";

    @Test
    void pngHasTheRequestedSizeAndDecodesToTheUrl() throws Exception {
        byte[] png = QrCodes.png(URL, 200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(200);
        assertThat(QrReader.decode(image)).isEqualTo(URL);
    }

    @Test
    void smallestAndLargestSizesStayReadable() {
        assertThat(QrReader.decodePng(QrCodes.png(URL, QrCodes.MIN_SIZE))).isEqualTo(URL);
        assertThat(QrReader.decodePng(QrCodes.png(URL, QrCodes.MAX_SIZE))).isEqualTo(URL);
    }

    @Test
    void svgIsASquareOfModules() {
        String svg = QrCodes.svg(URL, 320);
        assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" "
                + "height=\"320\"").contains("<path fill=\"#000000\" d=\"M").endsWith("</svg>\n");
        assertThat(QrReader.decodeSvg(svg)).isEqualTo(URL);
    }
}
