package vn.motcua.dossier.catalog;

import java.time.LocalDate;

/**
 * Who may receive a procedure's dossiers and who may resolve them, since the two-level local government of
 * 1 July 2025. Decree 118/2025/NĐ-CP lets the provincial and commune public administration service centres receive
 * listed procedures' dossiers regardless of administrative boundary ("không phụ thuộc vào địa giới hành chính")
 * within the province, while the competent unit resolves them (one-stop inter-linked, "một cửa liên thông"); read
 * second-hand (official press summaries; the decree's text could not be read here). The catalog says, per procedure,
 * which desks may receive ({@code receiving}) and, optionally, which unit resolves ({@code resolvingAgencyCode}).
 * Each check answers why not, or null when allowed.
 */
public final class Jurisdiction {

    private Jurisdiction() {
    }

    /**
     * The resolving unit when intake names none: the procedure's resolving agency, else the receiving centre's parent
     * (a centre resolves nothing), else the receiving unit itself.
     */
    public static String defaultResolver(CatalogProcedure procedure, CatalogUnit receiving) {
        if (procedure.resolvingAgencyCode() != null && !procedure.resolvingAgencyCode().isBlank()) {
            return procedure.resolvingAgencyCode();
        }
        return receiving.isServiceCentre() && receiving.parentCode() != null ? receiving.parentCode() : receiving.code();
    }

    /**
     * Why {@code unit} cannot resolve {@code procedure} on {@code day}: ended, not the procedure's named agency, not a
     * people's committee (a centre or a department resolves only what names it), or not of the procedure's level.
     */
    public static String resolverProblem(CatalogProcedure procedure, CatalogUnit unit, LocalDate day) {
        return unit.validOn(day) ? competenceProblem(procedure, unit)
                : "unit " + unit.code() + " no longer exists (merged or dissolved)";
    }

    /** Why {@code unit} is not competent for {@code procedure}, whether it still exists or not (see resolverProblem). */
    public static String competenceProblem(CatalogProcedure procedure, CatalogUnit unit) {
        String agency = procedure.resolvingAgencyCode();
        if (agency != null && !agency.isBlank()) {
            return agency.equals(unit.code()) ? null
                    : "procedure " + procedure.code() + " is resolved by " + agency + ", not by " + unit.code();
        }
        if (!CatalogUnit.GOVERNMENT.equals(unit.effectiveKind())) {
            return unit.code() + " is a " + unit.effectiveKind() + ": procedure " + procedure.code()
                    + " is resolved by the people's committee of level " + String.join(", ", procedure.levels());
        }
        if (unit.level() == null || !procedure.levels().contains(unit.level())) {
            return "procedure " + procedure.code() + " is carried out at level " + String.join(", ", procedure.levels())
                    + ", not at the " + unit.level() + " level of " + unit.code();
        }
        return null;
    }

    /**
     * Why {@code receiving} may not receive {@code procedure}'s dossier resolved by {@code resolving}. The resolving
     * unit's own desk and its own centre always may; the procedure's policy may open the province's centre and
     * every commune desk of the same province ({@code ANY_CENTRE_OF_PROVINCE}) or every commune desk of the province
     * ({@code ANY_COMMUNE_OF_PROVINCE}).
     */
    public static String receivingProblem(CatalogProcedure procedure, UnitPlace receiving, UnitPlace resolving) {
        if (receiving.code().equals(resolving.code())
                || receiving.unit().isServiceCentre() && resolving.code().equals(receiving.unit().parentCode())) {
            return null;
        }
        boolean sameProvince = receiving.province().equals(resolving.province());
        String policy = procedure.effectiveReceiving();
        boolean allowed = switch (policy) {
            case CatalogProcedure.ANY_CENTRE_OF_PROVINCE -> sameProvince
                    && (receiving.provinceCentre() || receiving.communeDesk());
            case CatalogProcedure.ANY_COMMUNE_OF_PROVINCE -> sameProvince && receiving.communeDesk();
            default -> false;
        };
        if (allowed) {
            return null;
        }
        return switch (policy) {
            case CatalogProcedure.ANY_CENTRE_OF_PROVINCE -> "procedure " + procedure.code() + " is received by the "
                    + "service centre of province " + resolving.province() + " or a commune of it, not by "
                    + receiving.code();
            case CatalogProcedure.ANY_COMMUNE_OF_PROVINCE -> "procedure " + procedure.code() + " is received by a "
                    + "commune of province " + resolving.province() + ", not by " + receiving.code();
            default -> "procedure " + procedure.code() + " is received only by its resolving unit "
                    + resolving.code() + " or that unit's service centre, not by " + receiving.code();
        };
    }
}
