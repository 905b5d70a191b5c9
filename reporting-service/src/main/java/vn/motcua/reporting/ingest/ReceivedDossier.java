package vn.motcua.reporting.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.motcua.events.Channel;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.UnitLevel;

/** Read model: one received dossier, as dossier-received described it. */
@Entity
@Table(name = "received_dossier")
public class ReceivedDossier extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "receipt_code", nullable = false)
    public String receiptCode;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(name = "field_code")
    public String fieldCode;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false)
    public UnitLevel unitLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false)
    public OnlineLevel onlineLevel;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;
}
