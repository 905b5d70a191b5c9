package vn.motcua.reporting.report.chart;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.reporting.KnownDossiers.DISTRICT;
import static vn.motcua.reporting.KnownDossiers.FROM;
import static vn.motcua.reporting.KnownDossiers.TO;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import vn.motcua.reporting.KnownDossiers;
import vn.motcua.testing.TestTokens;

/** The four charts of the events in {@link KnownDossiers}, as SVG read back as XML and as PNG decoded. */
@QuarkusTest
class ChartResourceTest {

    private static final String ANALYST = TestTokens.forRole("analyst");

    @BeforeEach
    void ingested() {
        KnownDossiers.ingested();
    }

    private static RequestSpecification district() {
        return given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO);
    }

    private static List<String> svgTexts(RequestSpecification request, String chart) throws Exception {
        byte[] svg = request.when().get("/api/v1/charts/" + chart)
                .then().statusCode(200).contentType("image/svg+xml").extract().asByteArray();
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList nodes = document.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        texts.add(document.getElementsByTagName("title").item(0).getTextContent());
        return texts;
    }

    @Test
    void monthlyVolumeInVietnameseByDefault() throws Exception {
        assertThat(svgTexts(district(), "monthly-volume")).contains("Hồ sơ tiếp nhận theo tháng và kênh", "Tháng",
                "Số hồ sơ", "2026-01", "2026-06", "Trực tiếp", "Trực tuyến", "Bưu chính",
                DISTRICT + " · 01/01/2026 – 30/06/2026", "3");
    }

    @Test
    void onTimeRateChannelMixAndSatisfactionWithTheirValues() throws Exception {
        assertThat(svgTexts(district().queryParam("interval", "QUARTER"), "on-time-rate"))
                .contains("Tỷ lệ hồ sơ giải quyết đúng hạn", "Tỷ lệ đúng hạn (%)", "2026-Q1", "2026-Q2", "80,0%");
        assertThat(svgTexts(district().queryParam("lang", "en"), "channel-mix"))
                .contains("Dossiers by channel", "Channel", "Dossiers", "In person", "5 (62.5%)", "1 (12.5%)",
                        "2 (25.0%)");
        assertThat(svgTexts(district().header("Accept-Language", "en"), "satisfaction-by-group"))
                .contains("Satisfaction index by factor group", "SIPAS factor group", "Satisfaction index (%)",
                        "Access", "62.5%", "50.0%", "100.0%");
    }

    @Test
    void pngByFormatOrAccept() throws Exception {
        for (RequestSpecification request : List.of(district().queryParam("format", "png"),
                district().accept("image/png"))) {
            byte[] png = request.when().get("/api/v1/charts/monthly-volume")
                    .then().statusCode(200).contentType("image/png").extract().asByteArray();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(960);
            assertThat(image.getHeight()).isEqualTo(540);
        }
    }

    @Test
    void unknownChartsAndBadParametersAreProblems() {
        district().when().get("/api/v1/charts/pie-of-everything")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("chart"));
        district().queryParam("format", "gif").when().get("/api/v1/charts/channel-mix")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(ANALYST).queryParam("from", "2026-07-01").queryParam("to", "2026-06-30")
                .when().get("/api/v1/charts/channel-mix")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("from", FROM).queryParam("to", TO).when().get("/api/v1/charts/channel-mix")
                .then().statusCode(401);
    }
}
