package vn.motcua.survey.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.kafka.TestEvents;

@QuarkusTest
class SurveyQrTest {

    private final SurveyFixtures fixtures = new SurveyFixtures();

    @Test
    void pngEncodesThePublicSurveyAddressAndSvgIsAScalableImage() throws Exception {
        DossierReceivedV1 dossier = TestEvents.dossierReceived("000.00.54.H26", Channel.IN_PERSON);
        fixtures.events.sendDossierReceived(dossier);
        SurveyFixtures.awaitState(dossier.surveyToken(), "NOT_YET_OPEN");

        byte[] png = given().queryParam("format", "png").queryParam("size", 300)
                .get("/api/v1/surveys/{token}/qr", dossier.surveyToken())
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(text).isEqualTo("http://localhost:8083/surveys/" + dossier.surveyToken());

        String svg = given().queryParam("format", "svg").get("/api/v1/surveys/{token}/qr", dossier.surveyToken())
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
        assertThat(svg).contains("<svg").contains("width=\"256\"").contains("<path");
    }

    @Test
    void unknownTokenAndBadParametersAreProblems() {
        given().get("/api/v1/surveys/{token}/qr", "unknown-token").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("no survey for this token"));
        given().queryParam("size", 10).get("/api/v1/surveys/{token}/qr", "unknown-token").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("format", "gif").get("/api/v1/surveys/{token}/qr", "unknown-token").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
