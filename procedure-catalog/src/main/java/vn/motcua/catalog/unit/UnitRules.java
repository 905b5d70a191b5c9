package vn.motcua.catalog.unit;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.catalog.common.TextRules;
import vn.motcua.catalog.common.UnitCodes;
import vn.motcua.catalog.common.Validity;
import vn.motcua.problem.FieldError;

/** Validation of a unit on its own (no database): codes, lengths, kind, dates. Pure. */
public final class UnitRules {

    public static final int NAME_MAX = 300;

    private UnitRules() {
    }

    /**
     * The cleaned unit (names NFC and stripped); {@code null} text stays null. A missing kind is {@code currentKind}
     * (the stored unit's on update) or, for a new unit, the default for its level.
     */
    public static UnitView clean(UnitInput in, UnitKind currentKind) {
        UnitKind kind = in.kind() != null ? in.kind()
                : currentKind != null ? currentKind
                : in.level() == null ? null : UnitKind.defaultFor(in.level());
        return new UnitView(TextRules.clean(in.code()), TextRules.clean(in.name()), in.level(), kind,
                TextRules.clean(in.parentCode()), in.validFrom(), in.validTo());
    }

    /** What is wrong with a cleaned unit, by JSON property name. */
    public static List<FieldError> check(UnitView unit) {
        List<FieldError> errors = new ArrayList<>();
        String codeProblem = UnitCodes.problem(unit.code());
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
        } else if (unit.kind() == UnitKind.GOVERNMENT && unit.level() == UnitLevel.AGENCY) {
            errors.add(new FieldError("kind", "GOVERNMENT is a people's committee (level PROVINCE, DISTRICT or "
                    + "COMMUNE); an AGENCY is a SERVICE_CENTRE or a DEPARTMENT"));
        } else if (unit.kind() != null && unit.kind() != UnitKind.GOVERNMENT && unit.level() != UnitLevel.AGENCY) {
            errors.add(new FieldError("kind", unit.kind() + " is an agency of a people's committee: its level must "
                    + "be AGENCY"));
        }
        if (unit.kind() != null && unit.kind() != UnitKind.GOVERNMENT && unit.parentCode() == null) {
            errors.add(new FieldError("parentCode", "a " + unit.kind() + " belongs to a province or commune: give "
                    + "that unit's code"));
        }
        if (unit.parentCode() != null) {
            String parentProblem = UnitCodes.problem(unit.parentCode());
            if (parentProblem != null) {
                errors.add(new FieldError("parentCode", parentProblem));
            } else if (unit.parentCode().equals(unit.code())) {
                errors.add(new FieldError("parentCode", "a unit cannot be its own parent"));
            }
        }
        Validity.check("validFrom", unit.validFrom(), "validTo", unit.validTo(), errors);
        return errors;
    }
}
