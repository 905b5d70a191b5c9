package vn.motcua.dossier.files;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One download of a dossier file: who (token subject), when, which file. */
@Entity
@Table(name = "dossier_file_download")
public class FileDownload extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "file_id", nullable = false, updatable = false)
    public UUID fileId;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    public UUID dossierId;

    @Column(name = "downloaded_by", nullable = false, updatable = false)
    public String downloadedBy;

    @Column(name = "downloaded_at", nullable = false, updatable = false)
    public OffsetDateTime downloadedAt;
}
