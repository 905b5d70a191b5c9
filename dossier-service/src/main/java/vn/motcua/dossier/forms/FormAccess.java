package vn.motcua.dossier.forms;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.UnitScope;
import vn.motcua.dossier.core.Viewer;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/** Who prints a dossier's forms, and the lookup secret a form's tracking QR code may carry. */
@ApplicationScoped
public class FormAccess {

    public static final String SECRET_HEADER = "X-Lookup-Secret";

    private final UnitScope scope;

    public FormAccess(UnitScope scope) {
        this.scope = scope;
    }

    /**
     * A dossier the viewer works on by the staff rules (an officer: its unit and sub-units; a commune system: what
     * it filed); an analyst, who reads only masked data, gets no form: the same 404 as for an unknown id.
     */
    Dossier visible(UUID id, Viewer viewer) {
        Dossier dossier = Dossier.findById(id);
        if (dossier == null || !viewer.handles(dossier, scope)) {
            throw ProblemException.notFound("no dossier " + id + " at your unit");
        }
        return dossier;
    }

    /**
     * {@code secret} stripped when it is the dossier's lookup secret, null when none was sent; 422 naming the
     * header when it does not match (it may have been reissued since).
     */
    static String checked(Dossier dossier, String secret) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        if (!Secrets.lookupSecretMatches(secret, dossier.lookupSecretHash)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, SECRET_HEADER + " is not this dossier's lookup "
                    + "secret (it may have been reissued since)",
                    List.of(new FieldError(SECRET_HEADER, "does not match this dossier")));
        }
        return secret.strip();
    }
}
