package vn.motcua.catalog.common;

import vn.motcua.problem.FieldErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of every list, declared and documented once. */
public class PageParams {

    @Parameter(description = "page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "" + PageRequest.MAX_PAGE))
    @QueryParam("page")
    public String page;

    @Parameter(description = "page size, 1–" + PageRequest.MAX_SIZE + ", default " + PageRequest.DEFAULT_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE))
    @QueryParam("size")
    public String size;

    /** The page asked for, collecting what is wrong with it. */
    public PageRequest parse(FieldErrors errors) {
        return PageRequest.parse(page, size, errors);
    }
}
