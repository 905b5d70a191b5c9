package vn.motcua.catalog.field;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.motcua.catalog.common.CatalogStatus;

/** A field (lĩnh vực) that groups procedures, e.g. {@code HT} Hộ tịch. */
@Entity
@Table(name = "procedure_field")
public class ProcedureField extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CatalogStatus status = CatalogStatus.ACTIVE;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Counts the changes; the ETag. Kept by {@link FieldCatalog}, which locks the row to change it. */
    @Column(nullable = false)
    public int version;
}
