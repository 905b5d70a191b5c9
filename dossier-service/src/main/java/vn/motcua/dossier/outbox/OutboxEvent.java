package vn.motcua.dossier.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event waiting in the outbox (or already published: {@code sentAt} set). */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The CloudEvents id: stays the same on every (re)delivery, so consumers can detect duplicates. */
    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    /** The Kafka key: the dossier id, so one dossier's events stay ordered. */
    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public UUID aggregateId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(updatable = false)
    public String subject;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "sent_at", insertable = false)
    public OffsetDateTime sentAt;
}
