package vn.motcua.dossier.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.dossier.core.Dossier;

/** The result rows, each write in its own transaction (never held while bytes stream). */
@ApplicationScoped
public class ResultRecords {

    private final EntityManager entities;

    public ResultRecords(EntityManager entities) {
        this.entities = entities;
    }

    /** Inserts the row of a stored object, re-checking under the dossier's lock that it still takes results. */
    @Transactional
    public void insert(ElectronicResult result) {
        ResultRules.checkAttachable(Dossier.findById(result.dossierId, LockModeType.PESSIMISTIC_WRITE));
        result.persist();
    }

    public List<ElectronicResult> of(UUID dossierId) {
        return ElectronicResult.list("dossierId = ?1 order by attachedAt, id", dossierId);
    }

    public ElectronicResult find(UUID dossierId, UUID resultId) {
        ElectronicResult result = ElectronicResult.findById(resultId);
        return result != null && result.dossierId.equals(dossierId) ? result : null;
    }

    /** Which of {@code keys} a result row references. */
    public Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return entities.createQuery("select r.objectKey from ElectronicResult r where r.objectKey in ?1", String.class)
                .setParameter(1, keys).getResultStream().collect(Collectors.toSet());
    }
}
