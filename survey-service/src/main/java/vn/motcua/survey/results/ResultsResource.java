package vn.motcua.survey.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.events.Channel;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.survey.Roles;

/**
 * Satisfaction results for analysts (any unit) and officers (their own unit only). The unit hierarchy is not
 * known in this service yet, so {@code unit} selects exactly that unit, without its sub-units.
 */
@Path("/api/v1/survey-results")
@Tag(name = "Survey results", description = "SIPAS satisfaction results (roles officer, analyst)")
public class ResultsResource {

    private static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Z.]{1,35}");
    private static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9]\\.[0-9]{6}(\\.[0-9A-Z]{1,10})?");

    private final ResultsQuery query;
    private final JsonWebToken caller;

    public ResultsResource(ResultsQuery query, JsonWebToken caller) {
        this.query = query;
        this.caller = caller;
    }

    @GET
    @Produces({"application/json", "text/csv"})
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Satisfaction results",
            description = "Satisfaction index (share of answers 4–5, percent, one decimal rounded half up) overall "
                    + "and per SIPAS group, response counts, response rate (surveys answered / opened in the period) "
                    + "and the distribution of scores per question. Filters: unit (exactly that unit: the unit "
                    + "hierarchy is not known to this service yet), procedure, channel, from/to (business dates, "
                    + "inclusive). An officer always gets their own unit. format=csv exports the same as CSV.")
    public Response results(@QueryParam("unit") String unit, @QueryParam("procedure") String procedure,
            @QueryParam("channel") String channel, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") String format) {
        List<FieldError> errors = new ArrayList<>();
        if (!caller.getGroups().contains(Roles.ANALYST)) {
            String own = caller.getClaim("unit");
            if (own == null || !UNIT_CODE.matcher(own).matches()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "an officer token needs the officer's unit");
            }
            unit = own;
        }
        if (unit != null && !UNIT_CODE.matcher(unit).matches()) {
            errors.add(new FieldError("unit", "an electronic identifier code such as 000.00.20.H26"));
        }
        if (procedure != null && !PROCEDURE_CODE.matcher(procedure).matches()) {
            errors.add(new FieldError("procedure", "a procedure code such as 1.001193"));
        }
        if (channel != null && !List.of("IN_PERSON", "ONLINE", "POSTAL").contains(channel)) {
            errors.add(new FieldError("channel", "one of " + List.of(Channel.values())));
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new FieldError("from", "must not be after to"));
        }
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            errors.add(new FieldError("format", "json or csv"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "invalid filter", errors);
        }
        SurveyResults results = query.results(new SurveyResults.Filter(unit, procedure, channel, fromDate, toDate));
        if ("csv".equals(format)) {
            return Response.ok(ResultsCsv.write(results), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"survey-results.csv\"").build();
        }
        return Response.ok(results, "application/json").build();
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "a date such as 2026-07-15"));
            return null;
        }
    }
}
