package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON every service reads, through the same customizer, and the field error a client gets for each refusal. */
class StrictJsonTest {

    enum Channel { IN_PERSON, ONLINE }

    record Document(String name, int copies) {
    }

    record Intake(String name, int size, boolean urgent, LocalDate validFrom, OffsetDateTime at, BigDecimal fee,
            Channel channel, List<Document> documents, List<String> tags, Map<String, Integer> scores) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private FieldError refusal(String body) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(body, Intake.class));
        assertThat(e).as(body).isNotNull();
        return JsonErrors.describe(e);
    }

    @Test
    void wellTypedJsonIsRead() throws Exception {
        Intake intake = json.readValue("""
                {"name": "Nguyễn Văn An\\nHà Nội", "size": 3, "urgent": true, "validFrom": "2025-07-01",
                 "at": "2025-07-01T08:30:00+07:00", "fee": 50000, "channel": "ONLINE",
                 "documents": [{"name": "Tờ khai", "copies": 1}], "tags": ["a"], "scores": {"q1": 5}}
                """, Intake.class);
        assertThat(intake.name()).isEqualTo("Nguyễn Văn An\nHà Nội");
        assertThat(intake.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(intake.fee()).isEqualByComparingTo("50000"); // an integer is a valid decimal number
        assertThat(intake.documents()).containsExactly(new Document("Tờ khai", 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\": 12}|name|must be a string",
        "{\"name\": true}|name|must be a string",
        "{\"name\": 1.5}|name|must be a string",
        "{\"size\": \"1\"}|size|must be an integer",
        "{\"size\": 1.5}|size|must be an integer",
        "{\"size\": true}|size|must be an integer",
        "{\"size\": \"\"}|size|must be an integer",
        "{\"urgent\": 1}|urgent|must be true or false",
        "{\"urgent\": \"true\"}|urgent|must be true or false",
        "{\"validFrom\": 12345}|validFrom|must be a date (yyyy-MM-dd)",
        "{\"at\": 12345}|at|must be an ISO-8601 date-time",
        "{\"fee\": \"100\"}|fee|must be a number",
        "{\"channel\": 0}|channel|must be one of IN_PERSON, ONLINE",
        "{\"channel\": \"BY_PIGEON\"}|channel|cannot read 'BY_PIGEON' as one of IN_PERSON, ONLINE",
        "{\"documents\": [{\"name\": 7}]}|documents[0].name|must be a string",
        "{\"tags\": [\"a\", 2]}|tags[1]|must be a string",
    })
    void aValueOfAnotherJsonTypeIsNotConverted(String body, String field, String message) {
        assertThat(refusal(body)).isEqualTo(new FieldError(field, message));
    }

    @Test
    void aKeyGivenTwiceIsNamed() {
        assertThat(refusal("{\"name\": \"a\", \"name\": \"b\"}")).isEqualTo(new FieldError("name", "given more than once"));
        assertThat(refusal("{\"documents\": [{\"copies\": 1}, {\"name\": \"x\", \"copies\": 1, \"copies\": 2}]}"))
                .isEqualTo(new FieldError("documents[1].copies", "given more than once"));
    }

    @Test
    void contentAfterTheJsonValueIsRefused() {
        assertThat(refusal("{\"name\": \"a\"} {}")).isEqualTo(new FieldError("body",
                "unexpected content after the JSON value"));
        FieldError garbage = refusal("{\"name\": \"a\"} xyz");
        assertThat(garbage.field()).isEqualTo("body");
        assertThat(garbage.message()).startsWith("not valid JSON: Unrecognized token 'xyz'");
    }

    @Test
    void theNulCharacterIsRefusedWhereverAStringIs() {
        String nul = "must not contain the NUL character (U+0000)";
        assertThat(refusal("{\"name\": \"a\\u0000b\"}")).isEqualTo(new FieldError("name", nul));
        assertThat(refusal("{\"tags\": [\"ok\", \"\\u0000\"]}")).isEqualTo(new FieldError("tags[1]", nul));
        assertThat(refusal("{\"documents\": [{\"name\": \"x\\u0000\"}]}"))
                .isEqualTo(new FieldError("documents[0].name", nul));
        assertThat(refusal("{\"scores\": {\"q\\u0000\": 1}}").message()).isEqualTo(nul);
    }

    @Test
    void aLongValueIsNotEchoedWhole() {
        FieldError error = refusal("{\"validFrom\": \"" + "9".repeat(500) + "\"}");
        assertThat(error.field()).isEqualTo("validFrom");
        assertThat(error.message()).hasSizeLessThan(100).contains("a date (yyyy-MM-dd)");
    }
}
