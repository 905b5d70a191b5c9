package vn.motcua.catalog.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.catalog.common.BusinessDates;
import vn.motcua.catalog.common.PageRequest;

/**
 * Keeps every change of a catalog record and lists a record's history, newest first. Every change also fires
 * {@link CatalogChanged}.
 */
@ApplicationScoped
public class ChangeLog {

    private final ObjectMapper json;
    private final Event<CatalogChanged> changed;

    public ChangeLog(ObjectMapper json, Event<CatalogChanged> changed) {
        this.json = json;
        this.changed = changed;
    }

    /** The differences between two states (JSON property names), {@code before} null for a creation. */
    public List<Change> diff(Object before, Object after) {
        return Changes.between(json, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(RecordKind kind, String code, int version, ChangeAction action, ChangeSource source,
            String actor, List<Change> changes) {
        CatalogChange change = new CatalogChange();
        change.kind = kind;
        change.code = code;
        change.version = version;
        change.action = action;
        change.source = source;
        change.changedBy = actor == null || actor.isBlank() ? "unknown" : actor;
        change.changedAt = OffsetDateTime.now(BusinessDates.ZONE);
        change.changes = List.copyOf(changes);
        change.persist();
        changed.fire(new CatalogChanged(kind, code));
    }

    public vn.motcua.catalog.common.Page<CatalogChange> history(RecordKind kind, String code, PageRequest page) {
        var query = CatalogChange.find("kind = ?1 and code = ?2", Sort.descending("id"), kind, code);
        long total = query.count();
        List<CatalogChange> items = query.page(Page.of(page.page(), page.size())).list();
        return new vn.motcua.catalog.common.Page<>(items, page.page(), page.size(), total);
    }
}
