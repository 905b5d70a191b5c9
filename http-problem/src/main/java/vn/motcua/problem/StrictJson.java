package vn.motcua.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Year;
import java.time.temporal.Temporal;
import java.util.Map;

/**
 * JSON is read as written, in every service: a body with trailing content or a key given twice is malformed, a
 * value of the wrong JSON type is not converted (no {@code 12} for a name, {@code "1"} or {@code 1.5} for an
 * integer, {@code 1} for a boolean, {@code 12345} for a date), and a string holding the NUL character, which
 * PostgreSQL cannot store in text, is refused. Each is a 400 naming the field (see {@link ProblemMappers}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** What each kind of target refuses to be read from; an integer still reads as a decimal number. */
    private static final Map<LogicalType, CoercionInputShape[]> REFUSED = Map.of(
            LogicalType.Textual, new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean},
            LogicalType.Integer, new CoercionInputShape[] {CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.EmptyString, CoercionInputShape.Boolean},
            LogicalType.Float, new CoercionInputShape[] {CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Boolean},
            LogicalType.Boolean, new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString},
            LogicalType.DateTime, new CoercionInputShape[] {CoercionInputShape.EmptyString},
            LogicalType.Enum, new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.EmptyString});

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        REFUSED.forEach((target, shapes) -> {
            for (CoercionInputShape shape : shapes) {
                mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
            }
        });
        mapper.registerModule(new SimpleModule("motcua-strict-json")
                .addDeserializer(String.class, new NulFreeString())
                .addKeyDeserializer(String.class, new NulFreeKey())
                .setDeserializerModifier(new TextualDates()));
    }

    /**
     * Dates and times are ISO-8601 strings: java.time's own readers would take a number as epoch days or seconds
     * (12345 as 2003-10-20) whatever the coercion rules say. A year alone may stay a number.
     */
    private static final class TextualDates extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return Temporal.class.isAssignableFrom(type) && type != Year.class ? new TextualDate(deserializer)
                    : deserializer;
        }
    }

    private static final class TextualDate extends DelegatingDeserializer {
        TextualDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextualDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }

    /** Whether a text holds the NUL character. */
    static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** Refused because it holds NUL; {@link ProblemMappers} says so without echoing the value. */
    static final class NulCharacterException extends InvalidFormatException {
        NulCharacterException(JsonParser parser, String value) {
            super(parser, "the NUL character (U+0000) is not allowed", value, String.class);
        }
    }

    /** Jackson's own string reading (with the coercion rules above), then the NUL check. */
    private static final class NulFreeString extends StdScalarDeserializer<String> {
        NulFreeString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (hasNul(value)) {
                throw new NulCharacterException(parser, value);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    private static final class NulFreeKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (hasNul(key)) {
                throw new NulCharacterException(context.getParser(), key);
            }
            return key;
        }
    }
}
