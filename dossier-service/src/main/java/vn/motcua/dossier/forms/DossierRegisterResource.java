package vn.motcua.dossier.forms;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.Roles;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.problem.SupportedDates;

@Path("/api/v1/units/{code}/dossier-register")
@Tag(name = DossierFormResource.TAG, description = DossierFormResource.TAG_DOC)
@SecurityRequirement(name = "SecurityScheme")
public class DossierRegisterResource {

    private final DossierRegisters registers;
    private final JsonWebToken token;

    public DossierRegisterResource(DossierRegisters registers, JsonWebToken token) {
        this.registers = registers;
        this.token = token;
    }

    @GET
    @Produces({Printed.PDF, Printed.XLSX})
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST})
    @Operation(operationId = "getDossierRegister", summary = "Print a unit's dossier register (form 07)",
            description = "Form 07 of Circular 03/2025/TT-VPCP, sổ theo dõi hồ sơ: the dossiers received at the "
                    + "unit on the business days from 'from' to 'to' (Asia/Ho_Chi_Minh), in the order received, "
                    + "one row each with the register's columns (1)–(13): number, receipt code, procedure, count, "
                    + "applicant, address and phone, resolving unit, received, appointment, handed over for "
                    + "processing, result received, result returned, note (state, late, new appointment). The "
                    + "annex of the circular could not be read here: the columns are those of the 2018 register "
                    + "(Circular 01/2018/TT-VPCP). format=pdf (default; A4 landscape) or xlsx (the same layout, "
                    + "times as date cells in local time); or Accept application/pdf, application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.sheet. Role officer of the unit or a parent unit "
                    + "(full data); role analyst for any unit (applicants by initials, no address or phone); any "
                    + "other unit, or one the catalog does not know, is a 404. A malformed unit code, a missing, "
                    + "malformed or inverted date, a period of a year or more, an unknown format are 400 problems "
                    + "naming the parameter.")
    @APIResponse(responseCode = "200", description = "The register",
            content = {
                @Content(mediaType = Printed.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Printed.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response register(
            @Parameter(description = "Electronic identifier code of the unit", example = "000.20.20.H26")
            @PathParam("code") String code,
            @Parameter(description = "First business day of the period, required, from " + SupportedDates.RANGE,
                    example = "2026-01-01", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last business day of the period, included, less than a year after 'from'",
                    example = "2026-06-30", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "pdf (default) or xlsx; wins over Accept",
                    schema = @Schema(enumeration = {"pdf", "xlsx"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        return registers.register(code, from, to, format, headers.getAcceptableMediaTypes(),
                Viewer.of(token)).response();
    }
}
