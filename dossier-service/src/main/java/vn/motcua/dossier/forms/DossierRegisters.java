package vn.motcua.dossier.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.motcua.dossier.catalog.Catalog;
import vn.motcua.dossier.catalog.CatalogUnit;
import vn.motcua.dossier.core.Action;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.dossier.query.QueryParams;
import vn.motcua.problem.ProblemException;

/**
 * The dossier register (form 07) of a unit for a period of business days: the dossiers received at the unit, in
 * the order received. An officer reads the register of their unit and its sub-units (the catalog knows the
 * parents), in full; an analyst any unit's, applicants by initials and without address or phone; any other unit,
 * and a unit the catalog does not know, is a 404. A period is at most {@value #MAX_YEARS} year: a register is kept
 * per year, and a longer one is a report (reporting-service's exports), not a paper.
 */
@ApplicationScoped
public class DossierRegisters {

    static final int MAX_YEARS = 1;
    /** The dossiers received at unit ?1 on business days ?2 to ?3. */
    private static final String IN_PERIOD = "d.unit_code = ?1 and (d.received_at at time zone 'Asia/Ho_Chi_Minh')"
            + "::date between ?2 and ?3";

    private final EntityManager entities;
    private final Catalog catalog;

    public DossierRegisters(EntityManager entities, Catalog catalog) {
        this.entities = entities;
        this.catalog = catalog;
    }

    /** The requested representation of the register: PDF or XLSX. */
    enum Format {
        PDF, XLSX
    }

    public Printed register(String code, String from, String to, String format, List<MediaType> accepted,
            Viewer viewer) {
        QueryParams params = new QueryParams();
        String unit = params.unitCode("code", code);
        LocalDate first = required(params, "from", from);
        LocalDate last = required(params, "to", to);
        params.inOrder("from", first, "to", last);
        if (first != null && last != null && !last.isBefore(first.plusYears(MAX_YEARS))) {
            params.add("to", "the period is at most " + MAX_YEARS + " year: to must be before "
                    + first.plusYears(MAX_YEARS));
        }
        Format wanted = format(params, format, accepted);
        params.check();

        CatalogUnit known = catalog.unit(unit).orElseThrow(() -> notFound(unit));
        boolean officer = viewer.kind() == Viewer.Kind.OFFICER;
        if (officer && !unit.equals(viewer.unit()) && !catalog.ancestors(known).contains(viewer.unit())) {
            throw notFound(unit);
        }
        DossierRegister register = new DossierRegister(unit, known.name(), first, last, OffsetDateTime.now(),
                !officer, rows(unit, first, last, !officer));
        String name = "so-theo-doi-" + unit + "-" + first + "-" + last;
        return wanted == Format.XLSX ? new Printed(name + ".xlsx", Printed.XLSX, RegisterSheet.write(register))
                : Printed.pdf(name, register.render());
    }

    private List<DossierRegister.Row> rows(String unit, LocalDate from, LocalDate to, boolean masked) {
        @SuppressWarnings("unchecked")
        List<Dossier> dossiers = entities.createNativeQuery("select d.* from dossier d where " + IN_PERIOD
                        + " order by d.received_at, d.id", Dossier.class)
                .setParameter(1, unit).setParameter(2, from).setParameter(3, to).getResultList();
        // when each was handed over for processing (START) and its result returned (RETURN), in one query
        @SuppressWarnings("unchecked")
        List<HistoryEntry> steps = entities.createNativeQuery("select h.* from dossier_history h join dossier d on "
                        + "d.id = h.dossier_id where " + IN_PERIOD + " and h.action in ('START', 'RETURN') "
                        + "order by h.id", HistoryEntry.class)
                .setParameter(1, unit).setParameter(2, from).setParameter(3, to).getResultList();
        Map<String, OffsetDateTime> first = new HashMap<>();
        for (HistoryEntry step : steps) {
            first.putIfAbsent(key(step.dossierId, step.action), step.at);
        }
        OffsetDateTime now = OffsetDateTime.now();
        return dossiers.stream().map(d -> DossierRegister.row(d, first.get(key(d.id, Action.START)),
                first.get(key(d.id, Action.RETURN)), masked, now)).toList();
    }

    private static String key(UUID id, Action action) {
        return id + "/" + action;
    }

    private static LocalDate required(QueryParams params, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            params.add(name, "is required: a date yyyy-MM-dd");
            return null;
        }
        return params.date(name, raw);
    }

    /** {@code format} (pdf, xlsx) when given, else the first of the two the Accept header names, else PDF. */
    private static Format format(QueryParams params, String format, List<MediaType> accepted) {
        if (format != null && !format.isBlank()) {
            try {
                return Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                params.add("format", "must be pdf or xlsx");
                return Format.PDF;
            }
        }
        for (MediaType type : accepted) {
            String plain = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            if (plain.equals(Printed.XLSX)) {
                return Format.XLSX;
            }
            if (plain.equals(Printed.PDF)) {
                return Format.PDF;
            }
        }
        return Format.PDF;
    }

    private static ProblemException notFound(String unit) {
        return ProblemException.notFound("no unit " + unit + " within your reach");
    }
}
