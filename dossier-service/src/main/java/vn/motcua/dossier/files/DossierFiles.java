package vn.motcua.dossier.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.UnitScope;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.dossier.storage.ObjectStore;
import vn.motcua.dossier.storage.ObjectStream;
import vn.motcua.dossier.storage.PutResult;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Attaches files to a dossier's components and serves them back (docs/architecture.md, "Dossier files").
 *
 * <p>An upload streams: its first {@link FileTypes#HEAD_BYTES} bytes decide its type (415 before anything is
 * stored), then the bytes go to the store part by part, counted on the way (413 as soon as the limit is passed, the
 * multipart upload aborted). The object is stored first, under a key no row references yet, and its row inserted
 * after it; if the row cannot be inserted the object is deleted, and if the service dies in between, the object is
 * an orphan that {@link FileSweep} removes later. So a row always has its object, and a failed upload keeps
 * neither.
 */
@ApplicationScoped
public class DossierFiles {

    /** Where the files' objects live in the bucket: {@code dossier-files/<dossier id>/<file id>}. */
    public static final String KEY_PREFIX = "dossier-files/";
    private static final Logger LOG = Logger.getLogger(DossierFiles.class);

    private final ObjectStore store;
    private final FileRecords records;
    private final UnitScope scope;
    private final FileMapper mapper;
    private final UploadRules rules;

    public DossierFiles(ObjectStore store, FileRecords records, UnitScope scope, FileMapper mapper,
            FilesConfig config) {
        this.store = store;
        this.records = records;
        this.scope = scope;
        this.mapper = mapper;
        this.rules = UploadRules.of(config);
    }

    public UploadRules rules() {
        return rules;
    }

    /** Stores {@code body} as a file of the dossier's component; {@code declaredLength} is null when chunked. */
    public FileView upload(UUID dossierId, Viewer viewer, UploadRules.Upload upload, Long declaredLength,
            InputStream body) {
        Dossier dossier = handled(dossierId, viewer);
        rules.checkOpen(dossier);
        String component = rules.component(dossier, upload.component());
        long used = records.totalSize(dossierId);
        if (declaredLength != null) {
            rules.checkDeclaredLength(declaredLength, used);
        }
        InputStream content = new BufferedInputStream(new SizeLimit(body == null ? InputStream.nullInputStream()
                : body, rules.allowance(used), rules.tooLarge(used)), FileTypes.HEAD_BYTES);
        String mediaType = FileTypes.ofHead(content, FileTypes.ACCEPTED, UploadRules::notAccepted);

        DossierFile file = new DossierFile();
        file.id = UUID.randomUUID();
        file.dossierId = dossierId;
        file.objectKey = KEY_PREFIX + dossierId + "/" + file.id;
        PutResult stored = store.put(file.objectKey, content, mediaType, declaredLength);
        file.component = component;
        file.sha256 = stored.sha256();
        file.size = stored.size();
        file.mediaType = mediaType;
        file.fileName = upload.fileName();
        file.digitised = upload.digitised();
        file.reused = upload.reused();
        file.uploadedBy = viewer.name();
        file.uploadedAt = OffsetDateTime.now();
        try {
            records.insert(file, rules);
        } catch (RuntimeException e) {
            store.deleteOrLeaveForSweep(file.objectKey);
            throw e;
        }
        LOG.infof("file %s (%s, %d bytes) attached to dossier %s by %s", file.id, mediaType, file.size, dossierId,
                viewer.name());
        return mapper.toView(file);
    }

    public FileList list(UUID dossierId, Viewer viewer) {
        handled(dossierId, viewer);
        List<FileView> items = records.of(dossierId).stream().map(mapper::toView).toList();
        return new FileList(items, items.stream().mapToLong(FileView::size).sum());
    }

    /** A file ready to stream, whose download is recorded. */
    public record Download(FileView file, VerifiedContent content) {
    }

    /**
     * Opens a file's object for {@code viewer} and records the download. A missing object, or one of another size
     * than recorded, is a 500 before any byte; one whose bytes do not match the SHA-256 fails while streaming.
     */
    public Download download(UUID dossierId, UUID fileId, Viewer viewer) {
        handled(dossierId, viewer);
        DossierFile file = records.find(dossierId, fileId);
        if (file == null) {
            throw ProblemException.notFound("no file " + fileId + " in dossier " + dossierId);
        }
        ObjectStream object = store.get(file.objectKey).orElseThrow(() -> damaged(file, "missing"));
        try {
            if (object.object().size() != file.size) {
                throw damaged(file, object.object().size() + " bytes instead of " + file.size);
            }
            records.recordDownload(file, viewer.name(), OffsetDateTime.now());
        } catch (RuntimeException e) {
            object.closeQuietly();
            throw e;
        }
        return new Download(mapper.toView(file), new VerifiedContent(object, "file " + file.id, file.size, file.sha256));
    }

    private static ProblemException damaged(DossierFile file, String what) {
        LOG.errorf("stored object %s of file %s is %s: download refused", file.objectKey, file.id, what);
        return new ProblemException(ProblemType.INTERNAL, "the stored file is damaged; the operators have been "
                + "told");
    }

    /** The downloads of the dossier's files, newest first; for the officers of its unit and above. */
    public DownloadPage downloads(UUID dossierId, Viewer viewer, int page, int size) {
        handled(dossierId, viewer);
        List<DownloadView> items = records.downloads(dossierId, page, size).stream()
                .map(row -> mapper.toView((FileDownload) row[0], (DossierFile) row[1])).toList();
        return new DownloadPage(items, page, size, records.downloadCount(dossierId));
    }

    /** The dossier if the viewer works on it, else 404 as for an unknown id, so its existence does not leak. */
    private Dossier handled(UUID dossierId, Viewer viewer) {
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null || !viewer.handles(dossier, scope)) {
            throw ProblemException.notFound("no dossier " + dossierId + " at your unit");
        }
        return dossier;
    }
}
