package vn.motcua.reporting.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartRendererTest {

    private static final Chart STACKED = new Chart("Hồ sơ tiếp nhận theo tháng & kênh", "000.00.20.H26 · <test>",
            "Tháng", "Số hồ sơ", Chart.Kind.STACKED_BARS, List.of("2026-01", "2026-02", "2026-03"),
            List.of(new Chart.Series("Trực tiếp", "#4e79a7", List.of(3.0, 0.0, 7.0), null),
                    new Chart.Series("Trực tuyến", "#f28e2b", List.of(2.0, 0.0, 1.0), null)), null);

    private static final Chart LINE = new Chart("On-time rate", null, "Period", "On-time rate (%)",
            Chart.Kind.LINE, List.of("2026-Q1", "2026-Q2", "2026-Q3"),
            List.of(new Chart.Series("On time", "#e15759", Arrays.asList(66.7, null, 100.0),
                    List.of("66.7%", "", "100.0%"))), 100.0);

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void svgIsWellFormedWithTitleAxesAndOneBarPerNonEmptyValue() throws Exception {
        Document svg = parse(ChartRenderer.svg(STACKED));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Hồ sơ tiếp nhận theo tháng & kênh");
        List<String> texts = texts(svg);
        assertThat(texts).contains("Hồ sơ tiếp nhận theo tháng & kênh", "000.00.20.H26 · <test>", "Tháng",
                "Số hồ sơ", "2026-01", "2026-03", "Trực tiếp", "Trực tuyến", "5", "8");
        // background + legend keys (2) + bars of the 6 values, zero-height ones included
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(1 + 2 + 6);
    }

    @Test
    void aMissingValueBreaksTheLine() throws Exception {
        Document svg = parse(ChartRenderer.svg(LINE));
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(2);
        assertThat(texts(svg)).contains("66.7%", "100.0%", "100", "0");
    }

    @Test
    void pngDecodesAtTheChartSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(STACKED)));
        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
        assertThat(image.getRGB(5, 5) & 0xffffff).isEqualTo(0xffffff);
        // somewhere in the plot a bar is drawn in the first series' colour
        boolean barColour = false;
        for (int x = 0; x < image.getWidth() && !barColour; x += 2) {
            for (int y = 100; y < image.getHeight() - 90 && !barColour; y += 2) {
                barColour = (image.getRGB(x, y) & 0xffffff) == 0x4e79a7;
            }
        }
        assertThat(barColour).isTrue();
    }

    @Test
    void valueAxesEndOnRoundNumbers() {
        assertThat(ChartRenderer.niceCeiling(8)).isEqualTo(10);
        assertThat(ChartRenderer.niceCeiling(0)).isEqualTo(5);
        assertThat(ChartRenderer.niceCeiling(1234)).isEqualTo(1250);
        assertThat(ChartRenderer.niceCeiling(3)).isEqualTo(5);
    }

    private static List<String> texts(Document svg) {
        var nodes = svg.getElementsByTagName("text");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
