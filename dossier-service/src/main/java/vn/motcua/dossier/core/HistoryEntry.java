package vn.motcua.dossier.core;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One transition of a dossier after intake: who, when, from which state to which, and why. */
@Entity
@Table(name = "dossier_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    public UUID dossierId;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    public DossierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public DossierStatus toStatus;

    /** The unit of the officer who acted (their token's unit claim); null for steps recorded before it was kept. */
    @Column(name = "unit_code", updatable = false)
    public String unitCode;

    @Column(updatable = false)
    public String note;

    /** What the action carried besides the note: missing items, outcome, reason, appointment date, due date. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public Map<String, Object> details;
}
