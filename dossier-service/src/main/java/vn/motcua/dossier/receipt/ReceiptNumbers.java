package vn.motcua.dossier.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The desk's logbook: numbers per unit and business day, gapless and unique across instances. The counter row
 * is incremented in the caller's transaction, so its lock serialises the intakes of one unit-day until they
 * commit (other units do not contend), and a rollback gives the number back. The unique constraint on
 * {@code dossier.receipt_code} backs this up.
 */
@ApplicationScoped
public class ReceiptNumbers {

    private final EntityManager em;

    public ReceiptNumbers(EntityManager em) {
        this.em = em;
    }

    /** Takes the next number of {@code unitCode} on {@code businessDay}; call it as late as possible in the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String unitCode, LocalDate businessDay) {
        Number last = (Number) em.createNativeQuery("""
                insert into receipt_counter (unit_code, day, last) values (?1, ?2, 1)
                on conflict (unit_code, day) do update set last = receipt_counter.last + 1
                returning last""")
                .setParameter(1, unitCode)
                .setParameter(2, businessDay)
                .getSingleResult();
        return last.intValue();
    }
}
