package vn.motcua.dossier.files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.Roles;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.dossier.query.QueryParams;

/** The files attached to a dossier's components: upload, list, download, and who downloaded what. */
@Path("/api/v1/dossiers/{id}/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossier files", description = "Files of a dossier's components (scans, data files), streamed")
@SecurityRequirement(name = "SecurityScheme")
public class DossierFileResource {

    private static final String WHO = "Role officer of the dossier's unit or a unit above it, or the commune-system "
            + "that filed the dossier; 404 for any other dossier, as for an unknown id. Analysts never see files. ";
    private static final String STORAGE = " With the file storage down: 503 with Retry-After (nothing is stored; "
            + "the rest of the service keeps working).";

    private final DossierFiles files;
    private final JsonWebToken token;

    public DossierFileResource(DossierFiles files, JsonWebToken token) {
        this.files = files;
        this.token = token;
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE_SYSTEM})
    @Operation(operationId = "uploadDossierFile", summary = "Attach a file to a component of the dossier",
            description = WHO + "The body is the file itself, streamed (any Content-Type: the type is decided by the "
            + "file's bytes, not its name or declared type): PDF, JPEG, PNG, XML or JSON; anything else is 415 (an "
            + "executable named .pdf too). The dossier must be open (RECEIVED, IN_PROGRESS or SUPPLEMENT_REQUESTED; "
            + "409 otherwise) and `component` one of its documents (documents[].component, compared ignoring case "
            + "and spacing; 422 otherwise). At most 20 MiB a file and 200 MiB for all files of a dossier by default "
            + "(413, the upload stopped when the limit is passed); an empty body is 400. A refused upload stores "
            + "nothing." + STORAGE)
    @RequestBody(required = true, description = "The file's bytes", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored",
            headers = @Header(name = "Location", description = "The file's content",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "409", description = "The dossier is no longer open")
    @APIResponse(responseCode = "413", description = "Over the limit of a file or of the dossier")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG, PNG, XML or JSON file by its content")
    @APIResponse(responseCode = "422", description = "Not a component of the dossier")
    @APIResponse(responseCode = "503", description = "The file storage cannot be reached",
            headers = @Header(name = "Retry-After", description = "seconds",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response upload(
            @Parameter(description = "The dossier's id", example = DossierView.EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "The component (documents[].component of the dossier)", required = true,
                    example = "Tờ khai đăng ký khai sinh") @QueryParam("component") String component,
            @Parameter(description = "The file's name, as the download will offer it (at most 255 characters)",
                    required = true, example = "to-khai-khai-sinh.pdf") @QueryParam("fileName") String fileName,
            @Parameter(description = "Scanned at the desk from paper (default false)", example = "true",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("digitised") String digitised,
            @Parameter(description = "Taken from an earlier result or the citizen's data store instead of asked "
                    + "again (default false)", example = "false", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("reused") String reused,
            @Context HttpHeaders headers, @Context UriInfo uri, InputStream body) {
        UploadRules.Upload upload = files.rules().parse(component, fileName, digitised, reused);
        FileView stored = files.upload(id, Viewer.of(token), upload, declaredLength(headers), body);
        return Response.created(uri.getAbsolutePathBuilder().path(stored.id().toString()).path("content").build())
                .entity(stored).build();
    }

    /** The request's Content-Length, or null when chunked or unreadable (the body is then counted as it streams). */
    public static Long declaredLength(HttpHeaders headers) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? null : Long.valueOf(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE_SYSTEM})
    @Operation(operationId = "listDossierFiles", summary = "The dossier's files",
            description = WHO + "Every file with its component, detected type, size, SHA-256, flags, who uploaded it "
            + "and when, oldest first.")
    @APIResponse(responseCode = "200", description = "The files",
            content = @Content(schema = @Schema(implementation = FileList.class)))
    @APIResponse(responseCode = "404", description = "No such dossier within your reach")
    public FileList list(
            @Parameter(description = "The dossier's id", example = DossierView.EXAMPLE_ID) @PathParam("id") UUID id) {
        return files.list(id, Viewer.of(token));
    }

    @GET
    @Path("/{fileId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE_SYSTEM})
    @Operation(operationId = "downloadDossierFile", summary = "Download a file of the dossier",
            description = WHO + "The bytes as stored, streamed, with the detected Content-Type, the ETag of their "
            + "SHA-256 and the file name in Content-Disposition. Each download is recorded (who, when) for the "
            + "officers of the unit (listFileDownloads). The bytes are checked against the SHA-256 recorded at "
            + "upload while they stream, and the last part is sent only once the whole file matched: a stored file "
            + "that no longer matches is never delivered whole (a 500 problem if it is small, otherwise the "
            + "connection closes before Content-Length is reached)." + STORAGE)
    @APIResponse(responseCode = "200", description = "The file", headers = {
            @Header(name = "ETag", description = "the file's SHA-256 (lower-case hex), quoted",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Disposition", description = "attachment with filename and filename* (UTF-8)",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Length", description = "bytes", schema = @Schema(type = SchemaType.INTEGER))},
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such dossier within your reach, or no such file in it")
    @APIResponse(responseCode = "503", description = "The file storage cannot be reached",
            headers = @Header(name = "Retry-After", description = "seconds",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response download(
            @Parameter(description = "The dossier's id", example = DossierView.EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "The file's id", example = FileView.EXAMPLE_ID) @PathParam("fileId") UUID fileId) {
        DossierFiles.Download download = files.download(id, fileId, Viewer.of(token));
        FileView file = download.file();
        // personal documents: no shared cache may keep them
        return Response.ok(download.content(), file.mediaType()).tag(new EntityTag(file.sha256()))
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("/downloads")
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "listFileDownloads", summary = "Who downloaded the dossier's files",
            description = "Role officer of the dossier's unit or a unit above it; 404 for any other dossier. Every "
            + "download of the dossier's files: which file, by whom (token subject), when; newest first. Paged: "
            + "`page` from 0, `size` 1–100 (default 20); `total` in the body, Link rel=next/prev.")
    @APIResponse(responseCode = "200", description = "One page of downloads",
            headers = @Header(name = "Link", description = "URLs of the next and previous pages",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DownloadPage.class)))
    @APIResponse(responseCode = "404", description = "No such dossier within your reach")
    public Response downloads(
            @Parameter(description = "The dossier's id", example = DossierView.EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "10000")) @QueryParam("page") String page,
            @Parameter(description = "page size 1–100, default 20", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        int pageNumber = params.page(page);
        int pageSize = params.size(size);
        params.check();
        DownloadPage result = files.downloads(id, Viewer.of(token), pageNumber, pageSize);
        return QueryParams.withLinks(Response.ok(result), uri, result.page(), result.size(), result.total(),
                result.hasNext()).build();
    }
}
