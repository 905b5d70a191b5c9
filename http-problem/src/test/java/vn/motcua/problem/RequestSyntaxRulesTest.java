package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestSyntaxRulesTest {

    @Test
    void aTargetAsBrowsersSendItIsReadable() {
        assertThat(RequestSyntaxRules.target("/api/v1/fields/HT?q=%C3%A1&sort=name,-code&x=a|b[0]")).isEmpty();
        assertThat(RequestSyntaxRules.target("http://localhost:8081/api/v1/fields?q=a%20b")).isEmpty();
        assertThat(RequestSyntaxRules.target("/")).isEmpty();
    }

    @Test
    void brokenPercentEncodingNamesThePathOrTheParameter() {
        assertThat(RequestSyntaxRules.target("/api/v1/fields/%zz")).extracting(FieldError::field)
                .containsExactly("path");
        assertThat(RequestSyntaxRules.target("/api/v1/fields/HT%2")).extracting(FieldError::field)
                .containsExactly("path");
        assertThat(RequestSyntaxRules.target("/api/v1/dossiers?page=1&applicantName=%G1"))
                .extracting(FieldError::field).containsExactly("applicantName");
        assertThat(RequestSyntaxRules.target("/a?x=%")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("two hex digits"));
    }

    @Test
    void percentEncodedOctetsMustBeUtf8() {
        assertThat(RequestSyntaxRules.target("/api/v1/fields/%FF")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("UTF-8"));
        assertThat(RequestSyntaxRules.target("/a?name=%C3")).extracting(FieldError::field).containsExactly("name");
        assertThat(RequestSyntaxRules.target("/a?name=Nguy%E1%BB%85n")).isEmpty();
    }

    @Test
    void rawControlsSpacesAndNonAsciiMustBeEncoded() {
        String rawUtf8 = new String("Nguyễn".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(RequestSyntaxRules.target("/a?name=" + rawUtf8)).extracting(FieldError::field)
                .containsExactly("name");
        assertThat(RequestSyntaxRules.target("/a\u0001b")).extracting(FieldError::field).containsExactly("path");
        assertThat(RequestSyntaxRules.target("/a?q=a\u007Fb")).extracting(FieldError::field).containsExactly("q");
    }

    @Test
    void everyUnreadableParameterIsNamedWithControlsReplaced() {
        assertThat(RequestSyntaxRules.target("/%zz?a=%zz&b=ok&c%01=%zz")).extracting(FieldError::field)
                .containsExactly("path", "a", "c?");
    }

    @Test
    void headerNamesAreTokensAndValuesHoldNoControlButTab() {
        assertThat(RequestSyntaxRules.headers(List.of(Map.entry("X-Note", "a\tb é"),
                Map.entry("Accept-Language", "vi")))).isEmpty();
        assertThat(RequestSyntaxRules.headers(List.of(Map.entry("X-Note", "a\u0001b"))))
                .extracting(FieldError::field).containsExactly("X-Note");
        assertThat(RequestSyntaxRules.headers(List.of(Map.entry("X-Note", "a\u007F"))))
                .extracting(FieldError::field).containsExactly("X-Note");
        assertThat(RequestSyntaxRules.headers(List.of(Map.entry("X Note", "a"), Map.entry("", "b"))))
                .extracting(FieldError::field).containsExactly("X Note", "");
    }
}
