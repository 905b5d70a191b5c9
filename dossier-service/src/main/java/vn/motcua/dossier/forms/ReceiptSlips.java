package vn.motcua.dossier.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.dossier.core.ApplicantType;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Prints a dossier's receipt slip. The lookup secret is kept only as a hash, so the slip cannot be printed from
 * the database alone: the desk prints it with the secret it got in the intake response ({@link #print}, checked
 * against the hash), and without that secret a slip is reissued with a new secret ({@link #reissue}), which makes
 * the old one, and any slip carrying it, useless for tracking. The survey token is not kept readable either: it
 * is sealed under the lookup secret of intake, so a slip printed with that secret carries the survey QR code
 * again. A reissued slip has none: survey-service knows only the first token and nothing can read it back; the
 * applicant can still answer at the desk's kiosk.
 */
@ApplicationScoped
public class ReceiptSlips {

    public static final String SECRET_HEADER = FormAccess.SECRET_HEADER;
    private static final Logger LOG = Logger.getLogger(ReceiptSlips.class);

    private final FormAccess access;
    private final EntityManager entities;
    private final TrackingLinks links;

    public ReceiptSlips(FormAccess access, EntityManager entities, TrackingLinks links) {
        this.access = access;
        this.entities = entities;
        this.links = links;
    }

    /** The slip of a dossier the requester may see, printed with the secret of the intake response. */
    public Printed print(UUID id, Viewer viewer, String secret) {
        Dossier dossier = access.visible(id, viewer);
        if (secret == null || secret.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, SECRET_HEADER + " is required: the lookupSecret of "
                    + "the intake response; without it, POST to this URL reissues the slip with a new secret",
                    List.of(new FieldError(SECRET_HEADER, "is required")));
        }
        String checked = FormAccess.checked(dossier, secret);
        return render(dossier, checked,
                Secrets.unsealSurveyToken(dossier.surveyTokenSealed, checked, dossier.id).orElse(null));
    }

    /** A new lookup secret for the dossier (the old one stops working) and the slip that carries it. */
    @Transactional
    public Printed reissue(UUID id, Viewer viewer) {
        Dossier dossier = access.visible(id, viewer);
        String secret = Secrets.newLookupSecret();
        // not through the entity: the secret is not part of the dossier's version (its ETag stays); the survey
        // token sealed under the old secret can never be read again
        entities.createNativeQuery("update dossier set lookup_secret_hash = ?1, survey_token_sealed = null "
                + "where id = ?2").setParameter(1, Secrets.hashLookupSecret(secret)).setParameter(2, id).executeUpdate();
        LOG.infof("lookup secret of dossier %s reissued by %s", id, viewer.name());
        return render(dossier, secret, null);
    }

    /** The slip with the tracking QR code for {@code secret} and the survey QR code when the token is known. */
    private Printed render(Dossier dossier, String secret, String surveyToken) {
        boolean organisation = dossier.applicantType == ApplicantType.ORGANIZATION;
        ReceiptSlip.Content content = new ReceiptSlip.Content(dossier.unitName, dossier.receiptCode, organisation,
                dossier.applicantName, organisation ? dossier.applicantTaxCode : dossier.applicantCitizenId,
                dossier.applicantPhone, dossier.applicantEmail, dossier.applicantAddress, dossier.procedureCode,
                dossier.procedureName, dossier.documents, dossier.processingDays, dossier.receivedAt, dossier.dueAt,
                secret, links.tracking(dossier.receiptCode, secret),
                surveyToken == null ? null : links.survey(surveyToken));
        return Printed.pdf(dossier.receiptCode, ReceiptSlip.render(content));
    }
}
