package vn.motcua.catalog.qr;

import vn.motcua.problem.FieldErrors;
import vn.motcua.qr.QrCodes;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.common.QueryParams;
import vn.motcua.catalog.procedure.ProcedureCatalog;

@Path("/api/v1/procedures/{code}/qr")
@Tag(name = "QR codes", description = "QR codes and printable posters that lead citizens to a procedure's public page")
public class QrResource {

    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";

    private final ProcedureCatalog procedures;
    private final PublicLinks links;

    public QrResource(ProcedureCatalog procedures, PublicLinks links) {
        this.procedures = procedures;
        this.links = links;
    }

    @GET
    @PermitAll
    @Produces({PNG, SVG})
    @Operation(operationId = "getProcedureQrCode",
            summary = "A procedure's QR code",
            description = "Public. A QR code (error correction M, standard quiet zone) of the procedure's public page, "
                    + "<public base URL>/procedures/<code>. `format` png (default) or svg; `size` in pixels, "
                    + QrCodes.MIN_SIZE + "–" + QrCodes.MAX_SIZE + " (default " + QrCodes.DEFAULT_SIZE + "). 404 when "
                    + "the procedure is unknown.")
    public Response qr(
            @Parameter(description = "procedure code", example = "1.001193") @PathParam("code") String code,
            @Parameter(schema = @Schema(enumeration = {"png", "svg"}, defaultValue = "png")) @QueryParam("format")
            String format,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "64", maximum = "2048",
                    defaultValue = "256")) @QueryParam("size") String size) {
        FieldErrors errors = new FieldErrors();
        String kind = QueryParams.blank(format) ? "png" : format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("png") && !kind.equals("svg")) {
            errors.add("format", "must be png or svg");
        }
        Integer pixels = QueryParams.integer("size", size, QrCodes.DEFAULT_SIZE, QrCodes.MIN_SIZE, QrCodes.MAX_SIZE,
                errors);
        errors.throwIfAny();
        String url = links.procedure(procedures.get(code).code);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        Response.ResponseBuilder response = kind.equals("svg")
                ? Response.ok(QrCodes.svg(url, pixels), SVG + ";charset=UTF-8")
                : Response.ok(QrCodes.png(url, pixels), PNG);
        return response.cacheControl(cache).build();
    }
}
