package vn.motcua.survey.response;

import vn.motcua.qr.QrCodes;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.ProblemException;
import vn.motcua.survey.questionnaire.QuestionnaireMapper;
import vn.motcua.survey.questionnaire.Questionnaires;

/** The public survey of a dossier: the token printed on the receipt slip is the only credential. */
@Path("/api/v1/surveys/{token}")
@PermitAll
@Tag(name = "Surveys", description = "A dossier's satisfaction survey by its token (public)")
public class SurveyResource {

    /** What a survey token looks like: 24 random bytes, base64url. */
    static final String TOKEN_EXAMPLE = "q3Zt0bX8c1mN4pR7sV2wY5aD9fH6jK0L";

    private final Responses responses;
    private final Questionnaires questionnaires;
    private final QuestionnaireMapper mapper;
    private final String publicBaseUrl;

    public SurveyResource(Responses responses, Questionnaires questionnaires, QuestionnaireMapper mapper,
            ResponseConfig config) {
        String base = config.publicBaseUrl();
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.mapper = mapper;
        this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSurvey",
            summary = "The survey for a token",
            description = "State NOT_YET_OPEN (the dossier is not resolved yet), OPEN, ANSWERED or EXPIRED; the "
                    + "procedure and unit; once open, the questionnaire version to answer with its content. 404 for "
                    + "an unknown token or a withdrawn dossier.")
    public SurveyView get(@Parameter(description = "the survey token from the receipt slip", example = TOKEN_EXAMPLE)
            @PathParam("token") String token) {
        Survey survey = responses.survey(token);
        var questionnaire = survey.questionnaireVersion == null ? null
                : questionnaires.version(survey.questionnaireVersion).map(mapper::toView).orElse(null);
        return new SurveyView(token, survey.state(OffsetDateTime.now()), survey.unitCode, survey.unitName,
                survey.procedureCode, survey.procedureName, survey.channel, survey.openedAt, survey.closesAt,
                survey.answeredAt, survey.questionnaireVersion, questionnaire);
    }

    @POST
    @Path("/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitSurveyResponse",
            summary = "Answer the survey",
            description = "Once per dossier while the survey is open: every required question of the survey's "
                    + "questionnaire version once, scores 1–5, a comment of at most 1,000 characters. 201; 409 "
                    + "with `state` when the survey is not open or already answered; 400 naming each invalid field.")
    @APIResponse(responseCode = "201", description = "The response is recorded; the survey is now ANSWERED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation =
                    SubmittedView.class)))
    public Response submit(@Parameter(description = "the survey token from the receipt slip", example = TOKEN_EXAMPLE)
            @PathParam("token") String token, ResponseInput input) {
        Responses.Submitted submitted = responses.submitForToken(token, input);
        return Response.created(URI.create("/api/v1/surveys/" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .entity(new SubmittedView(submitted.responseId(), submitted.questionnaireVersion(),
                        submitted.submittedAt(), SurveyState.ANSWERED.name()))
                .build();
    }

    @GET
    @Path("/qr")
    @Produces({"image/png", "image/svg+xml"})
    @Operation(operationId = "getSurveyQrCode",
            summary = "The survey's QR code",
            description = "PNG or SVG of `<public survey base URL>/surveys/<token>`, for the receipt slip and the "
                    + "desk. size in pixels, " + QrCodes.MIN_SIZE + " to " + QrCodes.MAX_SIZE + ".")
    public Response qr(@Parameter(description = "the survey token from the receipt slip", example = TOKEN_EXAMPLE)
            @PathParam("token") String token,
            @Parameter(schema = @Schema(enumeration = {"png", "svg"}, defaultValue = "png"))
            @QueryParam("format") @DefaultValue("png") String format,
            @Parameter(description = "pixels", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "" + QrCodes.MIN_SIZE, maximum = "" + QrCodes.MAX_SIZE,
                    defaultValue = "" + QrCodes.DEFAULT_SIZE))
            @QueryParam("size") @DefaultValue("" + QrCodes.DEFAULT_SIZE) String sizeText) {
        int size;
        try {
            size = Integer.parseInt(sizeText);
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < QrCodes.MIN_SIZE || size > QrCodes.MAX_SIZE) {
            throw ProblemException.invalidField("size", "a number of pixels from " + QrCodes.MIN_SIZE + " to "
                    + QrCodes.MAX_SIZE);
        }
        if (!format.equals("png") && !format.equals("svg")) {
            throw ProblemException.invalidField("format", "png or svg");
        }
        responses.survey(token);
        String url = publicBaseUrl + "/surveys/" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return format.equals("png")
                ? Response.ok(QrCodes.png(url, size), "image/png").build()
                : Response.ok(QrCodes.svg(url, size), "image/svg+xml").build();
    }
}
