package vn.motcua.catalog.procedure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.catalog.common.CatalogStatus;
import vn.motcua.catalog.field.ProcedureField;

/**
 * An administrative procedure (thủ tục hành chính). Processing time per channel is in working days, null when
 * the channel is unavailable. The public search does not read this table but the in-memory
 * {@link vn.motcua.catalog.search.CatalogSnapshot} (V6 dropped the search columns).
 */
@Entity
@Table(name = "catalog_procedure")
public class Procedure extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_code", nullable = false)
    public ProcedureField field;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ProcedureLevel> levels;

    @Column(name = "days_in_person")
    public Integer daysInPerson;

    @Column(name = "days_online")
    public Integer daysOnline;

    @Column(name = "days_postal")
    public Integer daysPostal;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Fee> fees;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DossierComponent> components;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ApplicantType> applicants;

    @Column(nullable = false)
    public String agency;

    /** Which desks may receive its dossiers (V7). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Receiving receiving;

    /** The DEPARTMENT or province that resolves it; null: the competent people's committee of its level (V7). */
    @Column(name = "resolving_agency_code")
    public String resolvingAgencyCode;

    public String result;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_bases", nullable = false)
    public List<String> legalBases;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false)
    public OnlineLevel onlineLevel;

    @Column(nullable = false)
    public boolean essential;

    /** Who delegated the procedure (level or agency); null when it is not delegated. */
    @Column(name = "delegated_by")
    public String delegatedBy;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CatalogStatus status;

    /** Counts the changes; the ETag. Kept by {@link ProcedureCatalog}, which locks the row to change it. */
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
