package vn.motcua.dossier.tracking;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Public tracking by receipt code and lookup secret. An unknown code and a wrong secret get the same 404 after
 * the same work (a lookup by code and one keyed hash), and both count as a failure of the client, over all codes
 * and on this code. While the client has used up either count in the current window its lookups are refused with
 * 429, the right secret too: otherwise a guesser would learn from a 200 among the 429s when it hit. Other clients
 * are not affected, so guessing on a citizen's code cannot lock the citizen out.
 */
@ApplicationScoped
public class Tracking {

    /** {@code <unit code>-<yyMMdd>-<sequence>}, the shape ReceiptCode writes. */
    static final Pattern RECEIPT_CODE = Pattern.compile("[0-9A-Z.]{1,35}-\\d{6}-\\d{4,9}");
    /** A secret longer than this is not one of ours; it is refused without hashing it. */
    static final int MAX_SECRET_LENGTH = 64;
    static final String NOT_FOUND = "no dossier with this receipt code and lookup secret";

    /** Stands in for the stored hash of an unknown code, so that answering it costs the same keyed hash. */
    private static final String DECOY_HASH = Secrets.hashLookupSecret(Secrets.newLookupSecret());

    private final FailureThrottle throttle;
    private final TrackingMapper mapper;
    private final int forwardedForHops;

    public Tracking(FailureThrottle throttle, TrackingMapper mapper, TrackingConfig config) {
        this.throttle = throttle;
        this.mapper = mapper;
        this.forwardedForHops = config.forwardedForHops();
    }

    /** The secret as a public request sends it: the X-Lookup-Secret header, else the query parameter. */
    public static String secret(String header, String query) {
        return header != null && !header.isBlank() ? header : query;
    }

    /** The client address the failures are counted against (see {@link ClientAddress}). */
    public String client(HttpServerRequest request) {
        return ClientAddress.of(request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(),
                request.headers().getAll("X-Forwarded-For"), forwardedForHops);
    }

    /** Reads outside any transaction, so a failure's count (autocommit) stays although the answer is 404. */
    public TrackingView track(String receiptCode, String secret, String client) {
        Dossier dossier = lookup(receiptCode, secret, client);
        List<TrackingView.Step> steps = new ArrayList<>();
        steps.add(mapper.intake(dossier));
        HistoryEntry.<HistoryEntry>list("dossierId = ?1 order by id", dossier.id)
                .forEach(entry -> steps.add(mapper.step(entry)));
        return mapper.toView(dossier, steps);
    }

    /**
     * The dossier of the receipt code if the secret is its lookup secret: 400 for a malformed code or no secret,
     * 429 while the client is throttled, 404 (counted as the client's failure) for an unknown code or a wrong
     * secret. Every public answer about a dossier passes here, so all of them share one throttle. Call it outside
     * any transaction, so that a failure's count stays.
     */
    public Dossier lookup(String receiptCode, String secret, String client) {
        if (receiptCode == null || !RECEIPT_CODE.matcher(receiptCode).matches()) {
            throw ProblemException.invalidField("receiptCode",
                    "a receipt code as printed on the slip, e.g. 000.20.20.H26-260715-0001");
        }
        if (secret == null || secret.isBlank()) {
            throw ProblemException.invalidField("secret",
                    "the lookup secret printed on the receipt is required (header X-Lookup-Secret or query secret)");
        }
        Optional<Duration> wait = throttle.blocked(receiptCode, client);
        if (wait.isPresent()) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "too many failed lookups from your address; try again in "
                            + wait.get().toSeconds() + " seconds")
                    .withHeader("Retry-After", Long.toString(wait.get().toSeconds()));
        }
        Optional<Dossier> dossier = Dossier.find("receiptCode", receiptCode).firstResultOptional();
        boolean matches = secret.length() <= MAX_SECRET_LENGTH
                && Secrets.lookupSecretMatches(secret, dossier.map(d -> d.lookupSecretHash).orElse(DECOY_HASH));
        if (dossier.isEmpty() || !matches) {
            throttle.failed(receiptCode, client);
            throw ProblemException.notFound(NOT_FOUND);
        }
        return dossier.get();
    }
}
