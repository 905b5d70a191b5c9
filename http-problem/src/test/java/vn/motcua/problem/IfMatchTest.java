package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void aStrongTagMatchesItsOwnValueOnly() {
        assertThat(IfMatch.require("\"3\"", "x").matches("3")).isTrue();
        assertThat(IfMatch.require(" \"3\" ", "x").matches("3")).isTrue();
        assertThat(IfMatch.require("\"3\"", "x").matches("4")).isFalse();
        assertThat(IfMatch.require("\"\"", "x").matches("")).as("an empty opaque tag is a tag").isTrue();
    }

    @Test
    void aWeakTagNeverMatchesBecauseIfMatchComparesStrongly() {
        assertThat(IfMatch.require("W/\"3\"", "x").matches("3")).isFalse();
        assertThatThrownBy(() -> IfMatch.requireMatch("W/\"3\"", 3, "field HT"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
                    assertThat(e.headers()).containsEntry("ETag", "\"3\"");
                    assertThat(e.detail()).contains("field HT").contains("current ETag \"3\"");
                });
    }

    @Test
    void aListMatchesWhenOneOfItsStrongTagsDoes() {
        IfMatch list = IfMatch.require("W/\"3\", \"7\",\"9\" ,, ", "x");
        assertThat(list.matches("7")).isTrue();
        assertThat(list.matches("9")).isTrue();
        assertThat(list.matches("3")).as("the weak member").isFalse();
        assertThat(list.matches("8")).isFalse();
        assertThat(IfMatch.require("\"a,b\"", "x").matches("a,b")).as("a comma inside a tag is not a separator")
                .isTrue();
    }

    @Test
    void starMatchesWhateverTheCurrentVersionIs() {
        assertThat(IfMatch.require("*", "x").matches("3")).isTrue();
        assertThat(IfMatch.require(" * ", "x").matches("0")).isTrue();
        assertThatCode(() -> IfMatch.requireMatch("*", 12, "x")).doesNotThrowAnyException();
    }

    @Test
    void missingIsPreconditionRequiredNamingTheHeader() {
        for (String missing : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> IfMatch.require(missing, "unit 000.00.20.H26"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
                        assertThat(e.extensions()).containsEntry("header", "If-Match");
                        assertThat(e.detail()).contains("unit 000.00.20.H26");
                    });
        }
    }

    @Test
    void anythingElseIsABadRequestNamingTheHeader() {
        for (String malformed : List.of("3", "\"3", "3\"", "w/\"3\"", "W/3", "*, \"3\"", "\"3\" *", ",", " , ",
                "\"a\"b\"", "\"\u0000\"", "\"caf\u00e9 \"", "\"3\" \"4\"")) {
            assertThatThrownBy(() -> IfMatch.require(malformed, "x")).as(malformed)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("If-Match");
                    });
        }
    }
}
