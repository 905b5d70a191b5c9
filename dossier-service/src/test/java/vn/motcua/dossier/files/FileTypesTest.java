package vn.motcua.dossier.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    private static java.util.Optional<String> of(byte[] bytes) {
        return FileTypes.accepted(bytes, bytes.length);
    }

    private static java.util.Optional<String> of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheFiveKindsByTheirBytes() {
        assertThat(of(Uploads.PDF)).hasValue("application/pdf");
        assertThat(of(Uploads.jpeg())).hasValue("image/jpeg");
        assertThat(of(Uploads.png())).hasValue("image/png");
        assertThat(of(Uploads.XML)).hasValue("application/xml");
        assertThat(of(Uploads.JSON)).hasValue("application/json");
        assertThat(of("  [1, {\"a\": null}]")).hasValue("application/json");
    }

    @Test
    void refusesExecutablesTextAndXmlDialectsThatAreNotPlainData() {
        assertThat(of(Uploads.WINDOWS_EXE)).isEmpty();
        assertThat(of(Uploads.ELF)).isEmpty();
        assertThat(of("Xin chào, đây là một tệp văn bản.")).isEmpty();
        assertThat(of("\"just a JSON string\"")).as("only objects and arrays are data files").isEmpty();
        assertThat(of("{\"a\": 1,, }")).isEmpty();
        assertThat(of("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script>"
                + "</svg>")).isEmpty();
        assertThat(of("<html><body><script>alert(1)</script></body></html>")).isEmpty();
    }

    @Test
    void aLongJsonFileIsJudgedByAHeadThatMayEndInsideAToken() {
        String start = "{\"items\": [";
        byte[] head = Arrays.copyOf((start + "\"Nguyễn Văn An\", ".repeat(FileTypes.HEAD_BYTES / 10))
                .getBytes(StandardCharsets.UTF_8), FileTypes.HEAD_BYTES);
        assertThat(of(head)).hasValue("application/json");
    }
}
