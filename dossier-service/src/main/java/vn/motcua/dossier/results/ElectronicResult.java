package vn.motcua.dossier.results;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One electronic result document of a dossier: its metadata, and where its bytes are. */
@Entity
@Table(name = "electronic_result")
public class ElectronicResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    public UUID dossierId;

    /** The result's kind in the procedure's terms, e.g. the certificate's code. */
    @Column(name = "result_code", nullable = false, updatable = false)
    public String resultCode;

    /** Số ký hiệu: the document's number and symbol, e.g. {@code 125/QĐ-UBND}. */
    @Column(name = "number_symbol", nullable = false, updatable = false)
    public String numberSymbol;

    @Column(nullable = false, updatable = false)
    public String summary;

    @Column(name = "issue_date", nullable = false, updatable = false)
    public LocalDate issueDate;

    /** Null when the result does not expire. */
    @Column(name = "valid_until", updatable = false)
    public LocalDate validUntil;

    /** The procedure requires the paper original too: the citizen still collects it at the desk. */
    @Column(name = "paper_result_required", nullable = false, updatable = false)
    public boolean paperResultRequired;

    @Column(name = "object_key", nullable = false, updatable = false)
    public String objectKey;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(nullable = false, updatable = false)
    public long size;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    /** The token subject of the officer who attached it; never shown publicly. */
    @Column(name = "attached_by", nullable = false, updatable = false)
    public String attachedBy;

    @Column(name = "attached_at", nullable = false, updatable = false)
    public OffsetDateTime attachedAt;
}
