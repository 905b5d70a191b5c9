package vn.motcua.catalog.qr;

import vn.motcua.qr.QrCodes;
import vn.motcua.qr.QrReader;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TestCatalog;

/** Procedures 2.4xxxxx in field QRT; unit 000.01.24.Q24 (commune). */
@QuarkusTest
class QrResourceTest {

    static final String COMMUNE = "000.01.24.Q24";

    @BeforeEach
    void catalog() {
        TestCatalog.field("QRT", "Hộ tịch (QR)");
        TestCatalog.ensure(TestCatalog.procedure("2.400001", "Đăng ký khai sinh cho trẻ em bị bỏ rơi", "QRT"));
        TestCatalog.ensure(TestCatalog.procedure("2.400002", "Đăng ký lại kết hôn ở Việt Nam", "QRT"));
        Map<String, Object> notEssential = TestCatalog.procedure("2.400003", "Thay đổi, cải chính hộ tịch phụ", "QRT");
        notEssential.put("essential", false);
        TestCatalog.ensure(notEssential);
        TestCatalog.ensureUnit(TestCatalog.unit("000.00.24.Q24", "UBND huyện Quét Mã", "DISTRICT", null, "2008-08-01",
                null));
        TestCatalog.ensureUnit(TestCatalog.unit(COMMUNE, "UBND xã Hồng Phúc", "COMMUNE", "000.00.24.Q24", "2008-08-01",
                null));
    }

    @Test
    void pngEncodesThePublicPageOfTheProcedure() {
        byte[] png = given().queryParam("format", "png").queryParam("size", 300)
                .when().get("/api/v1/procedures/2.400001/qr")
                .then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", containsString("max-age"))
                .extract().asByteArray();
        assertThat(QrReader.decodePng(png)).isEqualTo("https://motcua.test/portal/procedures/2.400001");
        // png is the default
        byte[] byDefault = given().get("/api/v1/procedures/2.400001/qr").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(QrReader.decodePng(byDefault)).isEqualTo("https://motcua.test/portal/procedures/2.400001");
    }

    @Test
    void svgOnRequest() {
        String svg = given().queryParam("format", "svg").queryParam("size", 128)
                .when().get("/api/v1/procedures/2.400001/qr")
                .then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .body(containsString("width=\"128\""))
                .extract().asString();
        assertThat(QrReader.decodeSvg(svg)).isEqualTo("https://motcua.test/portal/procedures/2.400001");
    }

    @Test
    void boundsAndUnknownsAreProblems() {
        given().queryParam("size", 63).get("/api/v1/procedures/2.400001/qr").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("size", 2049).get("/api/v1/procedures/2.400001/qr").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("format", "gif").get("/api/v1/procedures/2.400001/qr").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        given().get("/api/v1/procedures/9.999998/qr").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/units/000.99.24.Q24/essential-poster.pdf").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void posterListsTheEssentialProceduresInVietnameseWithReadableQrCodes() throws Exception {
        byte[] pdf = given().when().get("/api/v1/units/" + COMMUNE + "/essential-poster.pdf")
                .then().statusCode(200)
                .contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));

            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text).contains("DANH MỤC THỦ TỤC HÀNH CHÍNH THIẾT YẾU")
                    .contains("UBND xã Hồng Phúc")
                    .contains("2.400001")
                    .contains("Đăng ký khai sinh cho trẻ em bị bỏ rơi")
                    .contains("Đăng ký lại kết hôn ở Việt Nam")
                    .doesNotContain("Thay đổi, cải chính hộ tịch phụ");

            List<String> urls = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        urls.add(QrReader.decode(image.getImage()));
                    }
                }
            }
            assertThat(urls).contains("https://motcua.test/portal/procedures/2.400001",
                    "https://motcua.test/portal/procedures/2.400002")
                    .doesNotContain("https://motcua.test/portal/procedures/2.400003");
        }
    }

    @Test
    void qrCodesAndPostersArePublic() {
        given().get("/api/v1/procedures/2.400002/qr?format=svg").then().statusCode(200);
        given().get("/api/v1/units/" + COMMUNE + "/essential-poster.pdf").then().statusCode(200);
    }
}
