package vn.motcua.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.ProblemException;

@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Events this service could not apply, and their re-drive (role admin)")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(DeadLetterResource.ADMIN)
public class DeadLetterResource {

    /** The operations role of every service (docs/architecture.md, Contracts: Security). */
    static final String ADMIN = "admin";
    private static final String TOPIC_EXAMPLE = "dossier-received";

    private final Redrives redrives;

    public DeadLetterResource(Redrives redrives) {
        this.redrives = redrives;
    }

    @GET
    @Operation(operationId = "listDeadLetters", summary = "List dead letters",
            description = "The records of the consumed topics this service dead-lettered because they break the "
                    + "event contract or could not be applied for a lasting reason (a database that is down is "
                    + "waited for, never a reason), oldest first, with the reason, the CloudEvents id and type, and "
                    + "when. Payloads are not shown. `status` PENDING (default: not re-driven yet) or REDRIVEN; "
                    + "`topic` narrows to one topic. Paged: `page` from 0, `size` 1–100 (default 20), Link "
                    + "rel=next/prev, the total over all pages in the body.")
    @APIResponse(responseCode = "200", description = "One page of dead letters",
            headers = @Header(name = "Link", description = "URLs of the next and previous pages",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DeadLetterPage.class)))
    public Response listDeadLetters(
            @Parameter(description = "a topic this service consumes", example = TOPIC_EXAMPLE)
            @QueryParam("topic") String topic,
            @Parameter(description = "PENDING (default) or REDRIVEN", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"PENDING", "REDRIVEN"}, defaultValue = "PENDING")) @QueryParam("status") String status,
            @Parameter(description = "page from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "10000")) @QueryParam("page") String page,
            @Parameter(description = "dead letters per page 1–100, default 20", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") String size,
            @Context UriInfo uri) throws SQLException {
        DeadLetterParams params = new DeadLetterParams(redrives.topics());
        String topicName = params.topic(topic, false);
        boolean pending = params.pending(status);
        int pageNumber = params.integer("page", page, 0, 0, DeadLetterParams.MAX_PAGE);
        int pageSize = params.integer("size", size, DeadLetterParams.DEFAULT_SIZE, 1, DeadLetterParams.MAX_SIZE);
        params.check();
        DeadLetterPage found = redrives.list(topicName, pending, pageNumber, pageSize);
        List<String> links = new ArrayList<>();
        if (found.hasNext()) {
            links.add(link(uri, pageNumber + 1, "next"));
        }
        if (pageNumber > 0) {
            links.add(link(uri, pageNumber - 1, "prev"));
        }
        Response.ResponseBuilder response = Response.ok(found);
        return (links.isEmpty() ? response : response.header("Link", String.join(", ", links))).build();
    }

    @POST
    @Path("/{id}/redrive")
    @Operation(operationId = "redriveDeadLetter", summary = "Re-drive one dead letter",
            description = "Applies the dead-lettered record again, through the same handler as live consumption, "
                    + "once its cause is fixed. Idempotent: the handler skips an event id it applied before, so a "
                    + "second re-drive, or one of an event that arrived again meanwhile, changes nothing "
                    + "(ALREADY_APPLIED). A record that still cannot be applied stays pending with the new reason "
                    + "(FAILED). While the database is unavailable: 503 with Retry-After, nothing changed.")
    @APIResponse(responseCode = "200", description = "What the re-drive did",
            content = @Content(schema = @Schema(implementation = RedriveResult.class)))
    @APIResponse(responseCode = "404", description = "No dead letter has this id",
            content = @Content(mediaType = "application/problem+json"))
    public RedriveResult redriveDeadLetter(@Parameter(description = "Dead letter id from the list", example = "42")
            @PathParam("id") String id) throws SQLException {
        long letter;
        try {
            letter = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("No dead letter " + id + ".");
        }
        return redrives.redrive(letter);
    }

    @POST
    @Path("/redrive")
    @Operation(operationId = "redriveDeadLetters", summary = "Re-drive every pending dead letter of a topic",
            description = "Re-drives, oldest first, every PENDING dead letter of `topic`, as redriveDeadLetter does "
                    + "one: applied once however often it is asked; those that still cannot be applied stay pending "
                    + "with the new reason. Answers the counts.")
    @APIResponse(responseCode = "200", description = "How many were applied, already applied and failed",
            content = @Content(schema = @Schema(implementation = RedriveSummary.class)))
    public RedriveSummary redriveDeadLetters(@Parameter(description = "a topic this service consumes (required)",
            example = TOPIC_EXAMPLE, required = true) @QueryParam("topic") String topic) throws SQLException {
        DeadLetterParams params = new DeadLetterParams(redrives.topics());
        String topicName = params.topic(topic, true);
        params.check();
        return redrives.redriveAll(topicName);
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
