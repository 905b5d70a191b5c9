package vn.motcua.catalog.qr;

import vn.motcua.problem.FieldErrors;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.common.BusinessDates;
import vn.motcua.catalog.common.Page;
import vn.motcua.catalog.common.PageRequest;
import vn.motcua.catalog.common.QueryParams;
import vn.motcua.catalog.procedure.ProcedureFinder;
import vn.motcua.catalog.procedure.ProcedureView;
import vn.motcua.catalog.procedure.SearchCriteria;
import vn.motcua.catalog.unit.AdministrativeUnit;
import vn.motcua.catalog.unit.UnitCatalog;

@Path("/api/v1/units/{code}/essential-poster.pdf")
@Tag(name = "QR codes")
public class PosterResource {

    static final String PDF = "application/pdf";
    /** A poster is for a wall: more than this many procedures is not a poster any more. */
    static final int MAX_ENTRIES = 500;

    private final UnitCatalog units;
    private final ProcedureFinder search;
    private final PublicLinks links;

    public PosterResource(UnitCatalog units, ProcedureFinder search, PublicLinks links) {
        this.units = units;
        this.search = search;
        this.links = links;
    }

    @GET
    @PermitAll
    @Produces(PDF)
    @Operation(operationId = "getUnitPoster",
            summary = "Poster of a unit's essential procedures",
            description = "Public. A printable A4 PDF in Vietnamese listing the essential (thiết yếu) procedures the "
                    + "unit offers at `at` (default today), by code: code, name and a QR code of each procedure's "
                    + "public page. 404 when the unit is unknown.")
    public Response poster(
            @Parameter(description = "unit code", example = "000.00.63.H26") @PathParam("code") String code,
            @Parameter(description = QueryParams.AT_DOC, schema = @Schema(type = SchemaType.STRING,
                    format = "date"), example = "2025-07-01") @QueryParam("at") String at) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = QueryParams.date("at", at, errors);
        errors.throwIfAny();
        AdministrativeUnit unit = units.get(code);
        LocalDate day = date == null ? BusinessDates.today() : date;

        List<EssentialPoster.Entry> entries = new ArrayList<>();
        for (int page = 0; entries.size() < MAX_ENTRIES; page++) {
            SearchCriteria criteria = new SearchCriteria(null, null, null, null, true, null, null, date,
                    new PageRequest(page, PageRequest.MAX_SIZE));
            Page<ProcedureView> found = search.offeredBy(unit.code, criteria);
            found.items().forEach(p -> entries.add(new EssentialPoster.Entry(p.code(), p.name(),
                    links.procedure(p.code()))));
            if (!found.hasNext()) {
                break;
            }
        }
        byte[] pdf = EssentialPoster.render(unit.name, unit.code, day, entries);
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"thu-tuc-thiet-yeu-" + unit.code + ".pdf\"")
                .build();
    }
}
