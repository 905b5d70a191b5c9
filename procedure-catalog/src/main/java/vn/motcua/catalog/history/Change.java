package vn.motcua.catalog.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One changed property of a record: its JSON name, and its value before and after (null when absent). */
@Schema(name = "Change", description = "One changed property, with its value before and after")
public record Change(
        @Schema(examples = "name") String field,
        @Schema(implementation = Object.class, examples = "Đăng ký khai sinh",
                description = "value before the change (any JSON), null when there was none")
        JsonNode oldValue,
        @Schema(implementation = Object.class, examples = "Thủ tục đăng ký khai sinh",
                description = "value after the change (any JSON), null when there is none")
        JsonNode newValue) {
}
