package vn.motcua.catalog.procedure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A procedure's field. In requests either {@code {"code":"HT"}} (the name is ignored) or just {@code "HT"}. */
@Schema(name = "FieldRef", description = "The procedure's field; in requests only the code counts (an object or just "
        + "the code as a string)")
public record FieldRef(
        @Schema(examples = "HT") String code,
        @Schema(examples = "Hộ tịch") String name) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public FieldRef(@JsonProperty("code") String code, @JsonProperty("name") String name) {
        this.code = code;
        this.name = name;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FieldRef of(String code) {
        return new FieldRef(code, null);
    }
}
