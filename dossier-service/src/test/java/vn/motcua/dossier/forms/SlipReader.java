package vn.motcua.dossier.forms;

import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.motcua.qr.QrReader;

/** Reads a receipt slip back as a person with a phone would: its text, its page size and its QR codes. */
record SlipReader(String text, List<PDRectangle> pages, List<String> qrCodes) {

    /** The PDF of a form's answer, which must be a 200 no cache may keep. */
    static SlipReader of(Response response) {
        response.then().statusCode(200).contentType("application/pdf").header("Cache-Control", "no-store");
        return read(response.asByteArray());
    }

    static SlipReader read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDRectangle> pages = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                pages.add(page.getMediaBox());
                for (BufferedImage image : images(page.getResources())) {
                    codes.add(QrReader.decode(image));
                }
            }
            // one space for any run of white space, so assertions do not depend on where lines wrap
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            return new SlipReader(text, pages, codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BufferedImage> images(PDResources resources) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        if (resources == null) {
            return images;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image.getImage());
            } else if (object instanceof PDFormXObject form) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }
}
