package vn.motcua.catalog.importing;

import vn.motcua.problem.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.Roles;
import vn.motcua.catalog.common.QueryParams;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({TableFormat.CSV_TYPE, TableFormat.XLSX_TYPE})
@RolesAllowed(Roles.CATALOG_ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Import and export", description = "Bulk import and export of the catalog as CSV or XLSX, in the column "
        + "format of docs/catalog-import-format.md (Vietnamese headers)")
public class ImportResource {

    private final ProcedureImport procedures;
    private final UnitImport units;
    private final JsonWebToken caller;
    private final long maxBytes;

    public ImportResource(ProcedureImport procedures, UnitImport units, JsonWebToken caller, ImportConfig config) {
        this.procedures = procedures;
        this.units = units;
        this.caller = caller;
        this.maxBytes = config.maxBytes();
    }

    @POST
    @Path("/procedures")
    @Operation(operationId = "importProcedures",
            summary = "Import procedures",
            description = "Role catalog-admin. Body: UTF-8 CSV (text/csv) or an XLSX workbook (first sheet), at most "
                    + "10 MiB and 20,000 rows. `dryRun=true` (the default) checks every row and reports each bad cell "
                    + "by row and column, writing nothing. `dryRun=false` creates and updates the procedures (and their "
                    + "fields) all or nothing: any error is a 422 with the same error list and nothing is written. A row "
                    + "equal to the stored procedure changes nothing, not even its version. Changes are recorded in "
                    + "the history with source IMPORT. 400 when the file cannot be read, 413 when too large.")
    @RequestBody(description = "the sheet", content = {
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = TableFormat.CSV_TYPE,
                    schema = @Schema(type = SchemaType.STRING), example = CsvExamples.PROCEDURES),
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = TableFormat.XLSX_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public ImportReport importProcedures(
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("dryRun")
            String dryRun,
            @Context HttpHeaders headers, InputStream body) {
        boolean dry = dryRun(dryRun);
        Table table = TableReader.read(format(headers), read(body));
        return procedures.run(table, dry, caller.getName());
    }

    @POST
    @Path("/units")
    @Operation(operationId = "importUnits",
            summary = "Import units",
            description = "Role catalog-admin. Like the procedure import, for administrative units: dry run by "
                    + "default, all or nothing, parents in the file or the catalog, no cycles.")
    @RequestBody(description = "the sheet", content = {
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = TableFormat.CSV_TYPE,
                    schema = @Schema(type = SchemaType.STRING), example = CsvExamples.UNITS),
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = TableFormat.XLSX_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public ImportReport importUnits(
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("dryRun")
            String dryRun,
            @Context HttpHeaders headers, InputStream body) {
        boolean dry = dryRun(dryRun);
        Table table = TableReader.read(format(headers), read(body));
        return units.run(table, dry, caller.getName());
    }

    private static boolean dryRun(String value) {
        FieldErrors errors = new FieldErrors();
        Boolean dry = QueryParams.bool("dryRun", value, errors);
        errors.throwIfAny();
        return dry == null || dry;
    }

    private static TableFormat format(HttpHeaders headers) {
        return TableFormat.ofMediaType(headers.getMediaType()).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "send text/csv or " + TableFormat.XLSX_TYPE));
    }

    /** The body, refusing more than the configured bytes. */
    private byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "files of at most " + maxBytes + " bytes can be imported");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
