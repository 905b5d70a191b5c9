package vn.motcua.dossier.migration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.Roles;

@Path("/api/v1/dossier-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossier imports", description = "Bringing past dossiers over from an earlier one-stop platform")
@SecurityRequirement(name = "SecurityScheme")
public class DossierImportResource {

    static final String EXAMPLE = """
            {"dossiers": [{
              "legacyId": "dvc-hanam:2025-000123",
              "procedureCode": "1.001193", "unitCode": "000.20.20.H26", "channel": "IN_PERSON",
              "applicant": {"type": "CITIZEN", "name": "Nguyễn Văn A", "citizenId": "001090012345",
                            "phone": "0912345678"},
              "documents": [{"component": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0},
                            {"component": "Giấy chứng sinh hoặc giấy tờ thay Giấy chứng sinh", "originals": 1,
                             "copies": 0},
                            {"component": "Giấy tờ tùy thân (Căn cước/CCCD hoặc Hộ chiếu) hoặc khai thác qua \
            tài khoản định danh điện tử", "originals": 0, "copies": 1}],
              "receivedAt": "2025-03-03T08:15:00+07:00",
              "receivedBy": "nguyen.thi.c",
              "steps": [
                {"action": "START", "at": "2025-03-03T09:00:00+07:00", "actor": "tran.van.b"},
                {"action": "RESOLVE", "at": "2025-03-04T10:00:00+07:00", "actor": "tran.van.b", "outcome": "APPROVED"},
                {"action": "RETURN", "at": "2025-03-04T15:00:00+07:00", "actor": "nguyen.thi.c"}]}]}""";

    private final DossierImport imports;
    private final JsonWebToken token;

    public DossierImportResource(DossierImport imports, JsonWebToken token) {
        this.imports = imports;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importDossiers",
            summary = "Import past dossiers",
            description = "Role admin. Brings up to 1,000 dossiers of an earlier one-stop platform over as if they "
                    + "had been received and processed here at their recorded times. Each dossier is checked like "
                    + "intake (applicant, documents, procedure offered at the unit's level and through the channel) "
                    + "against the catalog on the day it was received (a unit dissolved since is accepted for "
                    + "dossiers received before), its due date is counted on the working-day calendar from "
                    + "receivedAt (and again from a received supplement), and its steps must be legal under the "
                    + "live state machine in time order (a late dossier needs APOLOGIZE before RETURN and stays "
                    + "late). Receipt codes: the old one when given (format <unit>-<yyMMdd>-<sequence>, unique), "
                    + "otherwise the next numbers of the unit's logbook for that day. Per dossier the dossier, its "
                    + "history and its dossier-received / dossier-resolved events are written with the historical "
                    + "times. All or nothing: any bad dossier is 422 listing every bad dossier's index and field, "
                    + "and nothing is written. A legacyId imported before with the same content is answered again "
                    + "(created false, no lookup secret) and nothing changes; with different content it is 422.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DossierImportRequest.class),
            examples = @ExampleObject(name = "one returned dossier", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Imported (or already imported): one entry per dossier, in "
            + "request order, with the lookup secrets and survey tokens to hand out",
            content = @Content(schema = @Schema(implementation = DossierImportResult.class)))
    @APIResponse(responseCode = "422", description = "A dossier cannot be imported; nothing was written",
            content = @Content(mediaType = "application/problem+json"))
    public DossierImportResult importDossiers(DossierImportRequest request) {
        return imports.run(request, token.getName());
    }
}
