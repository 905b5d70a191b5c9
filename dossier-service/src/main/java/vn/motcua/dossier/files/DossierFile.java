package vn.motcua.dossier.files;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A file attached to one component of a dossier: its bytes are the object at {@link #objectKey}, checked against
 * {@link #sha256} when downloaded. Who uploaded it is the token subject (an officer's account or a commune system),
 * never data of the applicant.
 */
@Entity
@Table(name = "dossier_file")
public class DossierFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    public UUID dossierId;

    /** The component as recorded on the dossier at intake ({@code documents[].component}). */
    @Column(nullable = false, updatable = false)
    public String component;

    @Column(name = "object_key", nullable = false, updatable = false)
    public String objectKey;

    /** Lower-case hex SHA-256 of the bytes, computed while they streamed into the store. */
    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(nullable = false, updatable = false)
    public long size;

    /** Detected from the bytes (see FileTypes), not the type the client declared. */
    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    /** Scanned at the desk from paper. */
    @Column(nullable = false, updatable = false)
    public boolean digitised;

    /** Taken from an earlier result or the citizen's data store instead of asked for again. */
    @Column(nullable = false, updatable = false)
    public boolean reused;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public OffsetDateTime uploadedAt;
}
