package vn.motcua.dossier.catalog;

import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Procedures and units as procedure-catalog publishes them, cached ({@link CatalogCache}): a warm intake makes no
 * catalog call, and while the catalog is down cached entries stay in service. A lookup the cache cannot answer goes
 * through {@link CatalogLookup} (retried within the REST client's timeouts), and then fails with 503 and
 * {@code Retry-After}.
 */
@ApplicationScoped
public class Catalog {

    private static final Logger LOG = Logger.getLogger(Catalog.class);
    /** Commune, district, province and a few agency levels at most; deeper is a broken catalog. */
    static final int MAX_DEPTH = 8;

    private final long retryAfterSeconds;
    private final Duration ttl;
    /** Added to the clock by {@link #expireAll()}, so that every entry cached so far is due for a refresh. */
    private final AtomicLong clockSkewNanos = new AtomicLong();
    private final ExecutorService background;
    private final LoadingCache<String, CatalogProcedure> procedures;
    private final LoadingCache<String, CatalogUnit> units;

    public Catalog(CatalogLookup lookup, CatalogConfig config) {
        this.ttl = config.cacheTtl();
        this.retryAfterSeconds = Math.max(1, config.retryAfter().toSeconds());
        this.background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "catalog-cache-refresh");
            thread.setDaemon(true);
            return thread;
        });
        Ticker ticker = () -> System.nanoTime() + clockSkewNanos.get();
        this.procedures = CatalogCache.of("procedure", lookup::procedure, ttl, config.retryAfter(), background, ticker);
        this.units = CatalogCache.of("unit", lookup::unit, ttl, config.retryAfter(), background, ticker);
    }

    /**
     * The procedure with {@code code}, empty when the catalog does not know it.
     *
     * @throws ProblemException 503 with {@code Retry-After} when the catalog cannot be reached and the procedure
     *         is not cached
     */
    public Optional<CatalogProcedure> procedure(String code) {
        return orUnavailable(() -> Optional.ofNullable(procedures.get(code)));
    }

    /** The unit with {@code code}; like {@link #procedure}. */
    public Optional<CatalogUnit> unit(String code) {
        return orUnavailable(() -> Optional.ofNullable(units.get(code)));
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

    /**
     * The unit with its parent and parents' codes, read through the unit cache like {@link #ancestors}.
     *
     * @throws ProblemException 503 like {@link #unit}
     */
    public UnitPlace place(CatalogUnit unit) {
        CatalogUnit parent = unit.parentCode() == null || unit.parentCode().isBlank() ? null
                : unit(unit.parentCode()).orElse(null);
        return new UnitPlace(unit, parent, ancestors(unit));
    }

    /**
     * Makes every cached entry due for a refresh on next use, also one held back after a failed refresh (entries
     * stay in service meanwhile).
     */
    public void expireAll() {
        clockSkewNanos.addAndGet(ttl.toNanos());
        procedures.policy().refreshes().values().forEach(refresh -> refresh.cancel(false));
        units.policy().refreshes().values().forEach(refresh -> refresh.cancel(false));
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
}
