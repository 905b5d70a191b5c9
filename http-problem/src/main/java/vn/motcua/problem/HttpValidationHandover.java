package vn.motcua.problem;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the HTTP server's checks of request targets and header characters over to {@link RequestSyntax}, so that a
 * client gets a problem naming what is wrong instead of an empty 400. Vert.x and Quarkus read the switches
 * ({@code vertx.disableURIValidation}, {@code vertx.disableHttpHeadersValidation}) once, as system properties, before
 * any bean exists; configuration sources are loaded first, so this one sets them while it is loaded (unless the
 * deployment set them itself) and contributes no property.
 */
public class HttpValidationHandover implements ConfigSource {

    static final Set<String> SWITCHES = Set.of("vertx.disableURIValidation", "vertx.disableHttpHeadersValidation");

    static {
        SWITCHES.forEach(name -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, "true");
            }
        });
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "motcua-http-validation-handover";
    }

    @Override
    public int getOrdinal() {
        return 0;
    }
}
