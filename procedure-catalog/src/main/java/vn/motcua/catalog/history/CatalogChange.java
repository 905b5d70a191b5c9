package vn.motcua.catalog.history;

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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded change of a procedure, unit or field: who, when, through which door, what changed. */
@Entity
@Table(name = "catalog_change")
public class CatalogChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false)
    public RecordKind kind;

    @Column(name = "record_code", nullable = false)
    public String code;

    /** The record's version after the change. */
    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeSource source;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Change> changes;
}
