package vn.motcua.catalog.importing;

import vn.motcua.problem.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.Roles;
import vn.motcua.catalog.common.QueryParams;

@Path("/api/v1/exports")
@RolesAllowed(Roles.CATALOG_ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Import and export")
public class ExportResource {

    private final Exports exports;

    public ExportResource(Exports exports) {
        this.exports = exports;
    }

    @GET
    @Path("/procedures")
    @Produces({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(operationId = "exportProcedures",
            summary = "Export procedures",
            description = "Role catalog-admin. Every procedure (retired ones included), by code, as CSV (UTF-8 with a "
                    + "byte order mark) or XLSX, in the import format: importing the file back changes nothing.")
    @APIResponse(responseCode = "200", description = "The procedures file, as an attachment", content = {
            @Content(mediaType = TableFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = CsvExamples.PROCEDURES),
            @Content(mediaType = TableFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response procedures(
            @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}, defaultValue = "csv")) @QueryParam("format")
            String format) {
        TableFormat tableFormat = format(format);
        return file(exports.procedures(tableFormat), tableFormat, "procedures");
    }

    @GET
    @Path("/units")
    @Produces({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
    @Operation(operationId = "exportUnits",
            summary = "Export units",
            description = "Role catalog-admin. Every unit (ended ones included), by code, as CSV or XLSX in the import "
                    + "format.")
    @APIResponse(responseCode = "200", description = "The units file, as an attachment", content = {
            @Content(mediaType = TableFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = CsvExamples.UNITS),
            @Content(mediaType = TableFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response units(
            @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}, defaultValue = "csv")) @QueryParam("format")
            String format) {
        TableFormat tableFormat = format(format);
        return file(exports.units(tableFormat), tableFormat, "units");
    }

    private static TableFormat format(String value) {
        FieldErrors errors = new FieldErrors();
        TableFormat format = TableFormat.CSV;
        if (!QueryParams.blank(value)) {
            format = TableFormat.ofName(value).orElse(null);
            if (format == null) {
                errors.add("format", "must be csv or xlsx");
            }
        }
        errors.throwIfAny();
        return format;
    }

    private static Response file(byte[] bytes, TableFormat format, String name) {
        String type = format == TableFormat.CSV ? format.mediaType() + ";charset=UTF-8" : format.mediaType();
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"")
                .build();
    }
}
