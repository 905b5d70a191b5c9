package vn.motcua.catalog.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.catalog.common.TextRules;
import vn.motcua.catalog.common.Validity;
import vn.motcua.problem.FieldError;

/** Validation of a unit on its own (no database): codes, lengths, dates. Pure. */
public final class UnitRules {

    public static final Pattern CODE = Pattern.compile("^[0-9A-Z]+(\\.[0-9A-Z]+)*$");
    public static final int CODE_MAX = 35;
    public static final int NAME_MAX = 300;

    private UnitRules() {
    }

    /** The cleaned unit (names NFC and stripped); {@code null} text stays null. */
    public static UnitView clean(UnitInput in) {
        return new UnitView(TextRules.clean(in.code()), TextRules.clean(in.name()), in.level(),
                TextRules.clean(in.parentCode()), in.validFrom(), in.validTo());
    }

    /** What is wrong with a cleaned unit, by JSON property name. */
    public static List<FieldError> check(UnitView unit) {
        List<FieldError> errors = new ArrayList<>();
        String codeProblem = codeProblem(unit.code());
        if (codeProblem != null) {
            errors.add(new FieldError("code", codeProblem));
        }
        if (unit.name() == null) {
            errors.add(new FieldError("name", "must not be blank"));
        } else if (unit.name().length() > NAME_MAX) {
            errors.add(new FieldError("name", "must be at most " + NAME_MAX + " characters"));
        } else if (TextRules.hasControlCharacters(unit.name())) {
            errors.add(new FieldError("name", "must be one line of text"));
        }
        if (unit.level() == null) {
            errors.add(new FieldError("level", "must be one of PROVINCE, DISTRICT, COMMUNE, AGENCY"));
        }
        if (unit.parentCode() != null) {
            String parentProblem = codeProblem(unit.parentCode());
            if (parentProblem != null) {
                errors.add(new FieldError("parentCode", parentProblem));
            } else if (unit.parentCode().equals(unit.code())) {
                errors.add(new FieldError("parentCode", "a unit cannot be its own parent"));
            }
        }
        Validity.check("validFrom", unit.validFrom(), "validTo", unit.validTo(), errors);
        return errors;
    }

    /** Why the text is not an electronic identifier code, or {@code null} when it is one. */
    public static String codeProblem(String code) {
        if (code == null) {
            return "must not be blank";
        }
        if (code.length() > CODE_MAX) {
            return "must be at most " + CODE_MAX + " characters";
        }
        if (!CODE.matcher(code).matches()) {
            return "must be dot-separated groups of 0-9 and A-Z, like 000.00.20.H26";
        }
        return null;
    }
}
