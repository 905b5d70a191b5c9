package vn.motcua.catalog.procedure;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters that filter procedures, shared by the search and a unit's procedures. Taken as text, so that
 * {@link SearchCriteria#parse} answers a malformed value with a 400 naming the parameter.
 */
public class SearchFilters {

    @QueryParam("q")
    @Parameter(description = "free text", example = "khai sinh")
    public String q;

    @QueryParam("field")
    @Parameter(description = "field code", example = "HT")
    public String field;

    @QueryParam("onlineLevel")
    @Parameter(schema = @Schema(enumeration = {"FULL", "PARTIAL", "NONE"}))
    public String onlineLevel;

    @QueryParam("essential")
    @Parameter(description = "only essential (thiết yếu) procedures, or only the others",
            schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
    public String essential;

    @QueryParam("delegated")
    @Parameter(description = "only delegated (ủy quyền) procedures, or only the others",
            schema = @Schema(type = SchemaType.BOOLEAN), example = "false")
    public String delegated;
}
