package vn.motcua.catalog.procedure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.catalog.common.CatalogStatus;
import vn.motcua.catalog.common.TextRules;
import vn.motcua.catalog.common.UnitCodes;
import vn.motcua.catalog.common.Validity;
import vn.motcua.problem.FieldError;

/**
 * Validation of a procedure on its own (no database) and its canonical form. Shared by the admin API and the
 * import, which reports the same errors by column. Errors name JSON paths: {@code fees[1].amountVnd},
 * {@code processingDays.ONLINE}.
 */
public final class ProcedureRules {

    public static final Pattern CODE = Pattern.compile("^[0-9]\\.[0-9]{6}(\\.[0-9A-Z]{1,10})?$");
    public static final Pattern FIELD_CODE = Pattern.compile("[A-Z0-9_]{1,20}");
    public static final int NAME_MAX = 500;
    public static final int AGENCY_MAX = 500;
    public static final int RESULT_MAX = 1000;
    public static final int DELEGATED_BY_MAX = 300;
    public static final int FEE_NAME_MAX = 300;
    public static final int NOTE_MAX = 500;
    public static final int COMPONENT_NAME_MAX = 500;
    public static final int URL_MAX = 1000;
    public static final int LEGAL_BASIS_MAX = 500;
    public static final int MAX_DAYS = 365;
    public static final long MAX_AMOUNT_VND = 1_000_000_000_000L;
    public static final int MAX_DOCUMENTS = 100;
    public static final int MAX_ITEMS = 50;

    private ProcedureRules() {
    }

    /** The checked procedure: a draft when {@code errors} is empty, else {@code null}. */
    public record Checked(ProcedureDraft draft, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks {@code in} and builds its canonical draft. {@code defaultStatus} stands for a missing status
     * (ACTIVE on create, the current status on update).
     */
    public static Checked check(ProcedureInput in, CatalogStatus defaultStatus) {
        List<FieldError> errors = new ArrayList<>();

        String code = TextRules.clean(in.code());
        if (code == null) {
            errors.add(new FieldError("code", "must not be blank"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must be a national code d.dddddd with an optional local suffix "
                    + "(.XXX of 0-9 and A-Z), like 1.001193 or 1.000948.H38"));
        }
        String name = line("name", in.name(), NAME_MAX, true, false, errors);

        String field = in.field() == null ? null : TextRules.clean(in.field().code());
        if (field == null) {
            errors.add(new FieldError("field", "must name a field code"));
        } else if (!FIELD_CODE.matcher(field).matches()) {
            errors.add(new FieldError("field", "must be a field code of 1 to 20 of A-Z, 0-9 and _"));
        }

        Set<ProcedureLevel> levels = EnumSet.noneOf(ProcedureLevel.class);
        if (in.levels() != null) {
            for (int i = 0; i < in.levels().size(); i++) {
                if (in.levels().get(i) == null) {
                    errors.add(new FieldError("levels[" + i + "]", "must be PROVINCE, DISTRICT or COMMUNE"));
                } else {
                    levels.add(in.levels().get(i));
                }
            }
        }
        if (levels.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("levels"))) {
            errors.add(new FieldError("levels", "must name at least one level"));
        }

        Map<Channel, Integer> days = new EnumMap<>(Channel.class);
        if (in.processingDays() != null) {
            in.processingDays().forEach((channel, value) -> {
                if (channel == null || value == null) {
                    return;
                }
                if (value < 0 || value > MAX_DAYS) {
                    errors.add(new FieldError("processingDays." + channel, "must be between 0 and " + MAX_DAYS
                            + " working days"));
                } else {
                    days.put(channel, value);
                }
            });
        }
        if (days.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("processingDays"))) {
            errors.add(new FieldError("processingDays", "must make at least one channel available "
                    + "(IN_PERSON, ONLINE, POSTAL)"));
        }

        List<Fee> fees = new ArrayList<>();
        List<FeeInput> feeInputs = in.fees() == null ? List.of() : in.fees();
        if (feeInputs.size() > MAX_ITEMS) {
            errors.add(new FieldError("fees", "must have at most " + MAX_ITEMS + " items"));
        } else {
            for (int i = 0; i < feeInputs.size(); i++) {
                String at = "fees[" + i + "]";
                FeeInput fee = feeInputs.get(i);
                if (fee == null) {
                    errors.add(new FieldError(at, "must not be null"));
                    continue;
                }
                String feeName = line(at + ".name", fee.name(), FEE_NAME_MAX, true, true, errors);
                if (fee.amountVnd() == null) {
                    errors.add(new FieldError(at + ".amountVnd", "must be given (0 when free)"));
                } else if (fee.amountVnd() < 0 || fee.amountVnd() > MAX_AMOUNT_VND) {
                    errors.add(new FieldError(at + ".amountVnd", "must be between 0 and " + MAX_AMOUNT_VND + " VND"));
                }
                String note = line(at + ".note", fee.note(), NOTE_MAX, false, true, errors);
                if (feeName != null && fee.amountVnd() != null) {
                    fees.add(new Fee(feeName, fee.amountVnd(), note));
                }
            }
        }

        List<DossierComponent> components = new ArrayList<>();
        List<ComponentInput> componentInputs = in.components() == null ? List.of() : in.components();
        if (componentInputs.size() > MAX_DOCUMENTS) {
            errors.add(new FieldError("components", "must have at most " + MAX_DOCUMENTS + " items"));
        } else {
            for (int i = 0; i < componentInputs.size(); i++) {
                String at = "components[" + i + "]";
                ComponentInput c = componentInputs.get(i);
                if (c == null) {
                    errors.add(new FieldError(at, "must not be null"));
                    continue;
                }
                String componentName = line(at + ".name", c.name(), COMPONENT_NAME_MAX, true, true, errors);
                Integer originals = count(at + ".originals", c.originals(), errors);
                Integer copies = count(at + ".copies", c.copies(), errors);
                String url = line(at + ".formUrl", c.formUrl(), URL_MAX, false, true, errors);
                if (url != null && !isWebUrl(url)) {
                    errors.add(new FieldError(at + ".formUrl", "must be an http or https URL"));
                }
                if (componentName != null && originals != null && copies != null) {
                    components.add(new DossierComponent(componentName, originals, copies, url,
                            c.required() == null || c.required()));
                }
            }
        }

        Set<ApplicantType> applicants = EnumSet.noneOf(ApplicantType.class);
        if (in.applicants() != null) {
            for (int i = 0; i < in.applicants().size(); i++) {
                if (in.applicants().get(i) == null) {
                    errors.add(new FieldError("applicants[" + i + "]", "must be CITIZEN or ORGANIZATION"));
                } else {
                    applicants.add(in.applicants().get(i));
                }
            }
        }
        if (applicants.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("applicants"))) {
            errors.add(new FieldError("applicants", "must name at least one of CITIZEN, ORGANIZATION"));
        }

        String agency = line("agency", in.agency(), AGENCY_MAX, true, false, errors);
        Receiving receiving = in.receiving() == null ? Receiving.COMPETENT_UNIT : in.receiving();
        // "any commune of the province" receives what communes resolve (Decree 118/2025/NĐ-CP art. 14(2)(b))
        if (receiving == Receiving.ANY_COMMUNE_OF_PROVINCE && !levels.isEmpty()
                && !levels.contains(ProcedureLevel.COMMUNE)) {
            errors.add(new FieldError("receiving", "ANY_COMMUNE_OF_PROVINCE needs the COMMUNE level in levels"));
        }
        String resolvingAgencyCode = TextRules.clean(in.resolvingAgencyCode());
        if (resolvingAgencyCode != null && UnitCodes.problem(resolvingAgencyCode) != null) {
            errors.add(new FieldError("resolvingAgencyCode", UnitCodes.problem(resolvingAgencyCode)));
        }
        String result = TextRules.clean(in.result());
        if (result != null && result.length() > RESULT_MAX) {
            errors.add(new FieldError("result", "must be at most " + RESULT_MAX + " characters"));
        }

        List<String> legalBases = new ArrayList<>();
        List<String> legalInputs = in.legalBases() == null ? List.of() : in.legalBases();
        if (legalInputs.size() > MAX_ITEMS) {
            errors.add(new FieldError("legalBases", "must have at most " + MAX_ITEMS + " items"));
        } else {
            for (int i = 0; i < legalInputs.size(); i++) {
                String basis = line("legalBases[" + i + "]", legalInputs.get(i), LEGAL_BASIS_MAX, true, true, errors);
                if (basis != null) {
                    legalBases.add(basis);
                }
            }
        }

        if (in.onlineLevel() == null) {
            errors.add(new FieldError("onlineLevel", "must be one of FULL, PARTIAL, NONE"));
        }
        if (in.essential() == null) {
            errors.add(new FieldError("essential", "must be true or false"));
        }
        String delegatedBy = line("delegatedBy", in.delegatedBy(), DELEGATED_BY_MAX, false, false, errors);
        boolean delegated = in.delegated() == null ? delegatedBy != null : in.delegated();
        if (delegated && delegatedBy == null && errors.stream().noneMatch(e -> e.field().equals("delegatedBy"))) {
            errors.add(new FieldError("delegatedBy", "must say who delegated the procedure (level or agency)"));
        }
        if (!delegated && delegatedBy != null) {
            errors.add(new FieldError("delegatedBy", "must be empty when the procedure is not delegated"));
        }

        Validity.check("effectiveFrom", in.effectiveFrom(), "effectiveTo", in.effectiveTo(), errors);
        CatalogStatus status = in.status() == null ? defaultStatus : in.status();

        if (!errors.isEmpty()) {
            return new Checked(null, List.copyOf(errors));
        }
        return new Checked(new ProcedureDraft(code, name, field, List.copyOf(levels),
                Collections.unmodifiableMap(days), List.copyOf(fees), List.copyOf(components),
                List.copyOf(applicants), agency, receiving, resolvingAgencyCode, result, List.copyOf(legalBases),
                in.onlineLevel(), in.essential(), delegated, delegatedBy, in.effectiveFrom(), in.effectiveTo(), status),
                List.of());
    }

    /** One line of text: cleaned, length-checked, and for list items free of the import separators. */
    private static String line(String field, String value, int max, boolean required, boolean listItem,
            List<FieldError> errors) {
        String cleaned = TextRules.clean(value);
        if (cleaned == null) {
            if (required) {
                errors.add(new FieldError(field, "must not be blank"));
            }
            return null;
        }
        if (cleaned.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        if (TextRules.hasControlCharacters(cleaned)) {
            errors.add(new FieldError(field, "must be one line of text"));
            return null;
        }
        if (listItem && (cleaned.indexOf(';') >= 0 || cleaned.indexOf('|') >= 0)) {
            errors.add(new FieldError(field, "must not contain ';' or '|' (they separate list items and their parts "
                    + "in the import format)"));
            return null;
        }
        return cleaned;
    }

    private static Integer count(String field, Integer value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "must be given"));
            return null;
        }
        if (value < 0 || value > MAX_DOCUMENTS) {
            errors.add(new FieldError(field, "must be between 0 and " + MAX_DOCUMENTS));
            return null;
        }
        return value;
    }

    static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
