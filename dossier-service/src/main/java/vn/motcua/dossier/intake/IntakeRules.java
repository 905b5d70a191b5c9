package vn.motcua.dossier.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.dossier.catalog.CatalogProcedure;
import vn.motcua.dossier.catalog.Jurisdiction;
import vn.motcua.dossier.catalog.UnitPlace;
import vn.motcua.dossier.core.ApplicantType;
import vn.motcua.dossier.core.DossierDocument;
import vn.motcua.problem.FieldError;

/** The intake rules beyond field shapes: applicant identifiers, phone numbers, and what the catalog allows. */
public final class IntakeRules {

    /**
     * Province codes that open a 12-digit citizen ID (Circular 07/2016/TT-BCA, amended by 59/2021/TT-BCA): the
     * 63 provinces before the 2025 merger; IDs issued keep them.
     */
    static final Set<String> PROVINCE_CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084",
            "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");
    /** Mobile: 03x, 05x, 07x, 08x, 09x + 7 digits. Landline since 2017: 02 + area code + subscriber = 11 digits. */
    private static final Pattern PHONE = Pattern.compile("0[35789]\\d{8}|02\\d{9}");
    static final int MAX_COMPONENT = 500;
    static final int MAX_COUNT = 99;

    private IntakeRules() {
    }

    /**
     * A plausible citizen ID: 12 digits, a province code, a sex/century digit of someone born 1900–2099 (0–3),
     * then two digits of the birth year and six random digits.
     */
    public static boolean plausibleCitizenId(String id) {
        return id != null && TWELVE_DIGITS.matcher(id).matches() && PROVINCE_CODES.contains(id.substring(0, 3))
                && id.charAt(3) <= '3';
    }

    /** A tax code: 10 digits, or 10 digits, a dash and 3 digits for a dependent unit. */
    public static boolean taxCode(String code) {
        return code != null && TAX_CODE.matcher(code).matches();
    }

    /** The number in national form (0…) without separators, or null if it is not a Vietnamese phone number. */
    public static String normalisePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = PHONE_SEPARATORS.matcher(phone.trim()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return PHONE.matcher(digits).matches() ? digits : null;
    }

    /** Checks the request on its own; empty when it is acceptable. */
    public static List<FieldError> check(IntakeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        IntakeRequest.Applicant applicant = request.applicant();
        if (applicant.type() == ApplicantType.CITIZEN) {
            if (applicant.citizenId() == null) {
                errors.add(new FieldError("applicant.citizenId", "is required for a citizen"));
            } else if (!plausibleCitizenId(applicant.citizenId())) {
                errors.add(new FieldError("applicant.citizenId",
                        "must be a 12-digit citizen ID starting with a province code"));
            }
            if (applicant.taxCode() != null) {
                errors.add(new FieldError("applicant.taxCode", "is for organisations; a citizen gives citizenId"));
            }
        } else if (applicant.type() == ApplicantType.ORGANIZATION) {
            if (applicant.taxCode() == null) {
                errors.add(new FieldError("applicant.taxCode", "is required for an organisation"));
            } else if (!taxCode(applicant.taxCode())) {
                errors.add(new FieldError("applicant.taxCode", "must be 10 digits, or 10 digits-3 digits for a branch"));
            }
            if (applicant.citizenId() != null) {
                errors.add(new FieldError("applicant.citizenId", "is for citizens; an organisation gives taxCode"));
            }
        }
        if (applicant.phone() != null && normalisePhone(applicant.phone()) == null) {
            errors.add(new FieldError("applicant.phone",
                    "must be a Vietnamese mobile (0912345678, +84912345678) or landline (02438251234) number"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.documents().size(); i++) {
            IntakeRequest.Document document = request.documents().get(i);
            String at = "documents[" + i + "]";
            if (document == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (document.component() == null || document.component().isBlank()) {
                errors.add(new FieldError(at + ".component", "must not be blank"));
            } else if (document.component().length() > MAX_COMPONENT) {
                errors.add(new FieldError(at + ".component", "size must be between 1 and " + MAX_COMPONENT));
            }
            for (var count : List.of(Map.entry("originals", orZero(document.originals())),
                    Map.entry("copies", orZero(document.copies())))) {
                if (count.getValue() < 0 || count.getValue() > MAX_COUNT) {
                    errors.add(new FieldError(at + "." + count.getKey(), "must be between 0 and " + MAX_COUNT));
                }
            }
            if (orZero(document.originals()) + orZero(document.copies()) < 1) {
                errors.add(new FieldError("documents[" + i + "]", "must have at least one original or copy"));
            }
            if (document.component() != null && !seen.add(key(document.component()))) {
                errors.add(new FieldError("documents[" + i + "].component", "is listed twice"));
            }
        }
        return errors;
    }

    /**
     * Checks the request against the procedure in force on {@code day}, the receiving unit and the resolving unit;
     * empty when they allow it.
     * Who may resolve and receive is {@link Jurisdiction}'s rule: a resolving unit the request names is reported on
     * {@code resolvingUnitCode}, the default one (the receiving unit, its centre's parent or the procedure's agency)
     * on {@code procedureCode} as before inter-linked dossiers; a receiving unit the procedure does not allow on
     * {@code unitCode}.
     */
    public static List<FieldError> againstCatalog(IntakeRequest request, CatalogProcedure procedure,
            UnitPlace receiving, UnitPlace resolving, LocalDate day) {
        List<FieldError> errors = new ArrayList<>();
        if (!receiving.unit().validOn(day)) {
            errors.add(new FieldError("unitCode", "unit " + receiving.code() + " no longer exists (merged or dissolved)"));
        }
        if (!procedure.inForceOn(day)) {
            errors.add(new FieldError("procedureCode", "procedure " + procedure.code() + " is not in force on " + day
                    + " (status " + procedure.status() + ")"));
            return errors;
        }
        boolean itself = resolving.code().equals(receiving.code());
        // a receiving unit that no longer exists is reported on unitCode above, not again as the resolver
        String resolverProblem = itself ? Jurisdiction.competenceProblem(procedure, resolving.unit())
                : Jurisdiction.resolverProblem(procedure, resolving.unit(), day);
        if (resolverProblem != null) {
            errors.add(new FieldError(resolverField(request), resolverProblem));
        } else if (receiving.unit().validOn(day)) {
            String receivingProblem = Jurisdiction.receivingProblem(procedure, receiving, resolving);
            if (receivingProblem != null) {
                errors.add(new FieldError("unitCode", receivingProblem));
            }
        }
        if (!procedure.processingDays().containsKey(request.channel().name())) {
            errors.add(new FieldError("channel", "procedure " + procedure.code() + " is not offered " + request.channel()
                    + "; offered: " + String.join(", ", procedure.processingDays().keySet().stream().sorted().toList())));
        }
        Map<String, CatalogProcedure.Component> components = new HashMap<>();
        procedure.components().forEach(c -> components.put(key(c.name()), c));
        Set<String> submitted = new HashSet<>();
        for (int i = 0; i < request.documents().size(); i++) {
            String name = key(request.documents().get(i).component());
            if (!components.containsKey(name)) {
                errors.add(new FieldError("documents[" + i + "].component", "is not a component of procedure "
                        + procedure.code()));
            }
            submitted.add(name);
        }
        for (CatalogProcedure.Component component : procedure.components()) {
            if (component.isRequired() && !submitted.contains(key(component.name()))) {
                errors.add(new FieldError("documents", "missing required component '" + component.name() + "'"));
            }
        }
        return errors;
    }

    /** The field a resolving unit's problem is reported on: the request's own, or the procedure it defaults from. */
    static String resolverField(IntakeRequest request) {
        return request.resolvingUnitCode() == null ? "procedureCode" : "resolvingUnitCode";
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** Component names match regardless of case and spacing. */
    static String key(String name) {
        return DossierDocument.key(name);
    }
}
