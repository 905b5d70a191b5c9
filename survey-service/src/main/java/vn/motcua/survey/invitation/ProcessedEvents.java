package vn.motcua.survey.invitation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/** The ids of events already applied; checked and recorded inside the change's transaction. */
@ApplicationScoped
public class ProcessedEvents {

    /** Records {@code eventId}; false when it was recorded before (a redelivery). */
    public boolean firstDelivery(String eventId, String topic) {
        int inserted = Panache.getEntityManager()
                .createNativeQuery("insert into processed_event (event_id, topic) values (?1, ?2) on conflict do nothing")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .executeUpdate();
        return inserted == 1;
    }
}
