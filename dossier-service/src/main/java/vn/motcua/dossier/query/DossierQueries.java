package vn.motcua.dossier.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierMapper;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.core.OverdueRule;
import vn.motcua.dossier.core.Sql;
import vn.motcua.dossier.core.UnitScope;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * The staff reads: one dossier and the filtered list, always within the viewer's reach (decided here on the
 * server, whatever the request asks), with personal data masked for viewers who do not need it.
 */
@ApplicationScoped
public class DossierQueries {

    /** Newest first; the id makes the order total, so pages neither repeat nor skip a dossier. */
    private static final String ORDER = " order by received_at desc, id desc";
    private static final String BUSINESS_DATE = "((%s at time zone 'Asia/Ho_Chi_Minh')::date)";

    private final EntityManager entities;
    private final DossierMapper mapper;
    private final SummaryMapper summaries;
    private final UnitScope scope;

    public DossierQueries(EntityManager entities, DossierMapper mapper, SummaryMapper summaries, UnitScope scope) {
        this.entities = entities;
        this.mapper = mapper;
        this.summaries = summaries;
        this.scope = scope;
    }

    /** A dossier the viewer may read, or the same 404 as for an unknown id. */
    public DossierView one(UUID id, Viewer viewer) {
        Dossier dossier = Dossier.findById(id);
        if (dossier == null || !viewer.reads(dossier, scope)) {
            throw ProblemException.notFound("no dossier " + id + " at your unit");
        }
        return viewer.present(mapper.toView(dossier));
    }

    public DossierPage list(DossierFilter filter, Viewer viewer) {
        Sql where = new Sql();
        viewer.restrict(where);
        apply(filter, where);
        unitFilter(filter, viewer, where);
        String clause = where.where();
        long total = ((Number) where.bind(entities.createNativeQuery("select count(*) from dossier" + clause))
                .getSingleResult()).longValue();
        List<DossierSummary> items = List.of();
        if ((long) filter.page() * filter.size() < total) {
            @SuppressWarnings("unchecked")
            List<Dossier> rows = where.bind(entities.createNativeQuery("select * from dossier" + clause + ORDER,
                    Dossier.class)).setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size())
                    .getResultList();
            items = rows.stream().map(d -> summaries.toSummary(d, viewer)).toList();
        }
        return new DossierPage(items, filter.page(), filter.size(), total);
    }

    private static void apply(DossierFilter f, Sql where) {
        if (!f.statuses().isEmpty()) {
            where.and("status in (" + placeholders(f.statuses().size()) + ")",
                    f.statuses().stream().map(Enum::name).toArray());
        }
        if (!f.channels().isEmpty()) {
            where.and("channel in (" + placeholders(f.channels().size()) + ")",
                    f.channels().stream().map(Enum::name).toArray());
        }
        if (f.procedureCode() != null) {
            where.and("procedure_code = ?", f.procedureCode());
        }
        if (f.fieldCode() != null) {
            where.and("field_code = ?", f.fieldCode());
        }
        if (f.receivedFrom() != null) {
            where.and("received_at >= ?", DossierFilter.startOf(f.receivedFrom()));
        }
        if (f.receivedTo() != null) {
            where.and("received_at < ?", DossierFilter.startOf(f.receivedTo().plusDays(1)));
        }
        if (f.dueFrom() != null) {
            where.and("due_at >= ?", DossierFilter.startOf(f.dueFrom()));
        }
        if (f.dueTo() != null) {
            where.and("due_at < ?", DossierFilter.startOf(f.dueTo().plusDays(1)));
        }
        if (f.overdue() != null) {
            where.and(f.overdue() ? OverdueRule.SQL : "not (" + OverdueRule.SQL + ")");
        }
        if (f.timeliness() != null) {
            String comparison = switch (f.timeliness()) {
                case EARLY -> "<";
                case ON_TIME -> "=";
                case LATE -> ">";
            };
            // against the due date before an extension, as Dossier.punctualityDueAt
            where.and("outcome in ('APPROVED', 'REJECTED') and " + BUSINESS_DATE.formatted("resolved_at") + " "
                    + comparison + " " + BUSINESS_DATE.formatted("coalesce(original_due_at, due_at)"));
        }
        if (f.receiptCode() != null) {
            where.and("receipt_code = ?", f.receiptCode());
        }
        if (f.applicantName() != null) {
            where.and("motcua_fold(applicant_name) like '%' || motcua_fold(?) || '%' escape '\\'",
                    likeEscaped(f.applicantName()));
        }
    }

    /**
     * The unit with its sub-units, on the side {@code unitRole} names (both when absent); outside the viewer's reach
     * it matches nothing. A role without {@code unit} is about the viewer's own unit.
     */
    private static void unitFilter(DossierFilter f, Viewer viewer, Sql where) {
        String unit = f.unit() != null || f.unitRole() == null ? f.unit() : viewer.unit();
        if (unit == null) {
            if (f.unitRole() != null) {
                throw FieldErrors.problem(ProblemType.VALIDATION,
                        List.of(new FieldError("unitRole", "needs a unit: give `unit` (your token names none)")));
            }
            return;
        }
        if (f.unitRole() == null) {
            where.and(UnitScope.SQL_COVERS, UnitScope.coveringArgs(unit));
        } else {
            where.and(f.unitRole() == DossierFilter.UnitRole.RECEIVING ? UnitScope.SQL_RECEIVING
                    : UnitScope.SQL_RESOLVING, unit, unit);
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
