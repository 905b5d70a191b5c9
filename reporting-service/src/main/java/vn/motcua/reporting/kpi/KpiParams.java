package vn.motcua.reporting.kpi;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.motcua.events.Channel;
import vn.motcua.events.UnitLevel;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.SupportedDates;

/**
 * The filter query parameters shared by KPIs, series, reports, charts and scorecards. Taken as text so that a
 * malformed value becomes a 400 naming the parameter rather than the framework's bare 404.
 */
public class KpiParams {

    static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Z.]{1,35}");
    private static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9A-Za-z.]{1,30}");
    private static final Pattern FIELD_CODE = Pattern.compile("[0-9A-Za-z._-]{1,20}");

    @QueryParam("from")
    @Parameter(description = "First business day of the period (Asia/Ho_Chi_Minh), required, from "
            + SupportedDates.RANGE, example = "2026-01-01",
            required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last business day of the period, included; at most 5 years after 'from', at "
            + "most 2999-12-31",
            example = "2026-06-30", required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("unit")
    @Parameter(description = "Electronic identifier code of a unit seen in the events; absent = every unit the "
            + "caller may see (an officer: their own unit)", example = "000.00.20.H26")
    public String unit;

    @QueryParam("includeSubUnits")
    @DefaultValue("true")
    @Parameter(description = "Whether 'unit' includes its sub-units (units whose parents at intake include it)",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
    public String includeSubUnits;

    @QueryParam("level")
    @Parameter(description = "Level of the dossier's unit (by unitRole: the receiving unit by default)",
            schema = @Schema(enumeration = {"PROVINCE", "DISTRICT", "COMMUNE", "AGENCY"}))
    public String level;

    @QueryParam("procedureCode")
    @Parameter(description = "National procedure code, local variants included", example = "1.001193")
    public String procedureCode;

    @QueryParam("fieldCode")
    @Parameter(description = "Code of the procedure's field (lĩnh vực)", example = "HT")
    public String fieldCode;

    @QueryParam("channel")
    @Parameter(description = "Channel the dossier was received through",
            schema = @Schema(enumeration = {"IN_PERSON", "ONLINE", "POSTAL"}))
    public String channel;

    @QueryParam("unitRole")
    @Parameter(description = UnitRole.DESCRIPTION, schema = @Schema(enumeration = {"RECEIVING", "RESOLVING"},
            defaultValue = "RECEIVING"))
    public String unitRole;

    /** The filter these parameters describe, or a 400 naming every invalid parameter. */
    public KpiFilter filter() {
        List<FieldError> errors = new ArrayList<>();
        Period period = null;
        try {
            period = Period.parse(from, to);
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        check(errors, "unit", unit, UNIT_CODE, "an electronic identifier code such as 000.00.20.H26");
        check(errors, "procedureCode", procedureCode, PROCEDURE_CODE, "a procedure code such as 1.001193");
        check(errors, "fieldCode", fieldCode, FIELD_CODE, "a field code of letters, digits, '.', '_' or '-'");
        String subUnitsText = strip(includeSubUnits);
        boolean subUnits = !"false".equalsIgnoreCase(subUnitsText);
        if (subUnitsText != null && subUnits && !"true".equalsIgnoreCase(subUnitsText)) {
            errors.add(new FieldError("includeSubUnits", "true or false"));
        }
        UnitLevel unitLevel = constant(UnitLevel.class, "level", level, errors);
        Channel channelValue = constant(Channel.class, "channel", channel, errors);
        UnitRole role = constant(UnitRole.class, "unitRole", unitRole, errors);
        FieldErrors.of(errors).throwIfAny();
        return new KpiFilter(period, strip(unit), subUnits, unitLevel, strip(procedureCode), strip(fieldCode),
                channelValue, role == null ? UnitRole.RECEIVING : role);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void check(List<FieldError> errors, String name, String value, Pattern pattern, String message) {
        if (strip(value) != null && !pattern.matcher(value.strip()).matches()) {
            errors.add(new FieldError(name, message));
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String value, List<FieldError> errors) {
        if (strip(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }
}
