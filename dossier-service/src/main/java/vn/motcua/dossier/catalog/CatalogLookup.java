package vn.motcua.dossier.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One lookup at procedure-catalog: empty when the catalog does not know the code (404, or another 4xx refusing
 * the code itself); a failure that may pass (connection refused, timeouts, 5xx, 408, 429, an unreadable answer) is
 * tried once more after 100 ms, then raised as {@link CatalogUnavailableException}. Each attempt is bounded by the
 * REST client's connect and read timeouts, which end the HTTP exchange itself. Deployments may change the retry
 * with {@code quarkus.fault-tolerance."vn.motcua.dossier.catalog.CatalogLookup".retry.*}.
 */
@ApplicationScoped
@Retry(maxRetries = 1, delay = 100, jitter = 0, retryOn = CatalogUnavailableException.class)
public class CatalogLookup {

    private final CatalogApi api;

    public CatalogLookup(@RestClient CatalogApi api) {
        this.api = api;
    }

    public Optional<CatalogProcedure> procedure(String code) {
        return answer("procedure " + code, () -> api.procedure(code));
    }

    public Optional<CatalogUnit> unit(String code) {
        return answer("unit " + code, () -> api.unit(code));
    }

    private static <T> Optional<T> answer(String what, Supplier<T> call) {
        T found;
        try {
            found = call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status < 500 && status != 408 && status != 429) {
                // 404, or the catalog refused the code itself (e.g. 400): for intake it is not a known code
                return Optional.empty();
            }
            throw unavailable(what, e);
        } catch (RuntimeException e) { // connection refused, timeouts, unreadable bodies
            throw unavailable(what, e);
        }
        if (found == null) {
            throw new CatalogUnavailableException(what + ": empty answer", null);
        }
        return Optional.of(found);
    }

    private static CatalogUnavailableException unavailable(String what, Throwable e) {
        StringBuilder out = new StringBuilder(what).append(": ").append(e.getClass().getSimpleName());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            out.append(" <- ").append(cause.getClass().getSimpleName());
        }
        return new CatalogUnavailableException(out.append(": ").append(e.getMessage()).toString(), e);
    }
}
