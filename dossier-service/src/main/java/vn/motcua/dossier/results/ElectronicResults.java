package vn.motcua.dossier.results;

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
import vn.motcua.dossier.files.FileTypes;
import vn.motcua.dossier.files.FilesConfig;
import vn.motcua.dossier.files.SizeLimit;
import vn.motcua.dossier.files.UploadRules;
import vn.motcua.dossier.files.VerifiedContent;
import vn.motcua.dossier.storage.ObjectStore;
import vn.motcua.dossier.storage.ObjectStream;
import vn.motcua.dossier.storage.PutResult;
import vn.motcua.dossier.tracking.Tracking;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * The electronic results of dossiers (docs/architecture.md, "Electronic results"): attached by the officers of the
 * dossier's unit, streamed to the store like component files (type by content, the per-file size limit, object
 * first and row after it), and served publicly, by receipt code and lookup secret through the tracking lookup and
 * its throttle, once the dossier is resolved.
 */
@ApplicationScoped
public class ElectronicResults {

    /** Where the results' objects live in the bucket: {@code dossier-results/<dossier id>/<result id>}. */
    public static final String KEY_PREFIX = "dossier-results/";
    private static final Logger LOG = Logger.getLogger(ElectronicResults.class);

    private final ObjectStore store;
    private final ResultRecords records;
    private final UnitScope scope;
    private final ResultMapper mapper;
    private final Tracking tracking;
    private final UploadRules limits;

    public ElectronicResults(ObjectStore store, ResultRecords records, UnitScope scope, ResultMapper mapper,
            Tracking tracking, FilesConfig config) {
        this.store = store;
        this.records = records;
        this.scope = scope;
        this.mapper = mapper;
        this.tracking = tracking;
        this.limits = UploadRules.of(config);
    }

    /** A stored result, with the receipt code its public download is under. */
    public record Attached(String receiptCode, ResultView result) {
    }

    /** Stores {@code body} as a result of the dossier; {@code declaredLength} is null when chunked. */
    public Attached attach(UUID dossierId, Viewer viewer, ResultRules.Metadata metadata, Long declaredLength,
            InputStream body) {
        Dossier dossier = Dossier.findById(dossierId);
        if (dossier == null || !viewer.handles(dossier, scope)) {
            throw ProblemException.notFound("no dossier " + dossierId + " at your unit");
        }
        ResultRules.checkAttachable(dossier);
        // a result is one file, not one of the dossier's files: only the per-file limit applies
        if (declaredLength != null && declaredLength > limits.maxFileBytes()) {
            throw limits.tooLarge(0);
        }
        InputStream content = new BufferedInputStream(new SizeLimit(body == null ? InputStream.nullInputStream()
                : body, limits.maxFileBytes(), limits.tooLarge(0)), FileTypes.HEAD_BYTES);
        String mediaType = FileTypes.ofHead(content, ResultRules.ACCEPTED, ResultRules::notAccepted);

        ElectronicResult result = new ElectronicResult();
        result.id = UUID.randomUUID();
        result.dossierId = dossierId;
        result.objectKey = KEY_PREFIX + dossierId + "/" + result.id;
        PutResult stored = store.put(result.objectKey, content, mediaType, declaredLength);
        result.resultCode = metadata.resultCode();
        result.numberSymbol = metadata.numberSymbol();
        result.summary = metadata.summary();
        result.issueDate = metadata.issueDate();
        result.validUntil = metadata.validUntil();
        result.paperResultRequired = metadata.paperResultRequired();
        result.sha256 = stored.sha256();
        result.size = stored.size();
        result.mediaType = mediaType;
        result.attachedBy = viewer.name();
        result.attachedAt = OffsetDateTime.now();
        try {
            records.insert(result);
        } catch (RuntimeException e) {
            store.deleteOrLeaveForSweep(result.objectKey);
            throw e;
        }
        LOG.infof("result %s (%s, %d bytes) attached to dossier %s by %s", result.id, mediaType, result.size,
                dossierId, viewer.name());
        return new Attached(dossier.receiptCode, mapper.toView(result));
    }

    /** The dossier's results for whoever holds its slip: none until it is resolved. */
    public ResultList listPublic(String receiptCode, String secret, String client) {
        Dossier dossier = tracking.lookup(receiptCode, secret, client);
        if (!ResultRules.PUBLIC.contains(dossier.status)) {
            return new ResultList(List.of());
        }
        return new ResultList(records.of(dossier.id).stream().map(mapper::toView).toList());
    }

    /** A result ready to stream. */
    public record Download(ResultView result, String fileName, VerifiedContent content) {
    }

    /** One result's bytes for whoever holds the slip; 404 before the dossier is resolved, as for no such result. */
    public Download downloadPublic(String receiptCode, String secret, String client, UUID resultId) {
        Dossier dossier = tracking.lookup(receiptCode, secret, client);
        ElectronicResult result = ResultRules.PUBLIC.contains(dossier.status) ? records.find(dossier.id, resultId)
                : null;
        if (result == null) {
            throw ProblemException.notFound("no result " + resultId + " issued for this dossier");
        }
        ObjectStream object = store.get(result.objectKey).orElseThrow(() -> damaged(result, "missing"));
        if (object.object().size() != result.size) {
            object.closeQuietly();
            throw damaged(result, object.object().size() + " bytes instead of " + result.size);
        }
        return new Download(mapper.toView(result), ResultRules.fileName(result),
                new VerifiedContent(object, "result " + result.id, result.size, result.sha256));
    }

    private static ProblemException damaged(ElectronicResult result, String what) {
        LOG.errorf("stored object %s of result %s is %s: download refused", result.objectKey, result.id, what);
        return new ProblemException(ProblemType.INTERNAL, "the stored result is damaged; the operators have been "
                + "told");
    }
}
