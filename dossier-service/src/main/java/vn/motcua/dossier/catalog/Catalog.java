package vn.motcua.dossier.catalog;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Procedures and units as procedure-catalog publishes them, cached: a warm intake makes no catalog call, and
 * while the catalog is down cached entries stay in service. A lookup the cache cannot answer is retried
 * ({@code motcua.catalog.attempts}) within the REST client's connect/read timeouts, and then fails with 503 and
 * {@code Retry-After}.
 */
@ApplicationScoped
public class Catalog {

    private static final Logger LOG = Logger.getLogger(Catalog.class);
    /** Commune, district, province and a few agency levels at most; deeper is a broken catalog. */
    static final int MAX_DEPTH = 8;

    private final CatalogApi api;
    private final int attempts;
    private final Duration backoff;
    private final long retryAfterSeconds;
    private final ExecutorService background;
    private final StaleWhileRevalidateCache<CatalogProcedure> procedures;
    private final StaleWhileRevalidateCache<CatalogUnit> units;

    public Catalog(@RestClient CatalogApi api,
            @ConfigProperty(name = "motcua.catalog.cache-ttl", defaultValue = "5M") Duration ttl,
            @ConfigProperty(name = "motcua.catalog.attempts", defaultValue = "2") int attempts,
            @ConfigProperty(name = "motcua.catalog.backoff", defaultValue = "PT0.1S") Duration backoff,
            @ConfigProperty(name = "motcua.catalog.retry-after", defaultValue = "PT10S") Duration retryAfter) {
        this.api = api;
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
        this.background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "catalog-cache-refresh");
            thread.setDaemon(true);
            return thread;
        });
        this.procedures = new StaleWhileRevalidateCache<>("procedure",
                code -> load("procedure " + code, () -> api.procedure(code)), ttl, retryAfter, background, System::nanoTime);
        this.units = new StaleWhileRevalidateCache<>("unit",
                code -> load("unit " + code, () -> api.unit(code)), ttl, retryAfter, background, System::nanoTime);
    }

    /**
     * The procedure with {@code code}, empty when the catalog does not know it.
     *
     * @throws ProblemException 503 with {@code Retry-After} when the catalog cannot be reached and the procedure
     *         is not cached
     */
    public Optional<CatalogProcedure> procedure(String code) {
        return orUnavailable(() -> procedures.get(code));
    }

    /** The unit with {@code code}; like {@link #procedure}. */
    public Optional<CatalogUnit> unit(String code) {
        return orUnavailable(() -> units.get(code));
    }

    /**
     * The parents of the unit {@code code}, nearest first (commune → district → province), each read through the
     * unit cache. A parent the catalog does not know ends the chain after its code; a cycle or a chain deeper
     * than {@value #MAX_DEPTH} is cut there.
     *
     * @throws ProblemException 503 like {@link #unit} when a parent cannot be read and is not cached
     */
    public List<String> ancestors(CatalogUnit unit) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(unit.code()));
        String parent = unit.parentCode();
        while (parent != null && !parent.isBlank() && seen.add(parent) && chain.size() < MAX_DEPTH) {
            chain.add(parent);
            parent = unit(parent).map(CatalogUnit::parentCode).orElse(null);
        }
        return List.copyOf(chain);
    }

    /** Makes every cached entry due for a refresh on next use (entries stay in service meanwhile). */
    public void expireAll() {
        procedures.expireAll();
        units.expireAll();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private <T> Optional<T> orUnavailable(Supplier<Optional<T>> lookup) {
        try {
            return lookup.get();
        } catch (CatalogUnavailableException e) {
            LOG.warnf("procedure-catalog unavailable: %s", e.getMessage());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "the procedure catalog cannot be reached; try again later")
                    .withHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
    }

    private <T> Optional<T> load(String what, Supplier<T> call) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(backoff.multipliedBy(attempt - 1));
            }
            try {
                T found = call.get();
                if (found == null) {
                    throw new IllegalStateException("empty answer");
                }
                return Optional.of(found);
            } catch (WebApplicationException e) {
                int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
                if (status == 404) {
                    return Optional.empty();
                }
                if (status < 500 && status != 408 && status != 429) {
                    // the catalog refused the code itself (e.g. 400): for intake it is not a known code
                    return Optional.empty();
                }
                last = e;
            } catch (RuntimeException e) { // connection refused, timeouts, unreadable bodies
                last = e;
            }
        }
        throw new CatalogUnavailableException(what + ": " + describe(last), last);
    }

    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            out.append(" <- ").append(cause.getClass().getSimpleName());
        }
        return out.append(": ").append(e.getMessage()).toString();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
