package vn.motcua.testing.architecture;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The four rules of {@link ServiceArchitecture}, one test each, inherited by every service's {@code ArchitectureTest}:
 * {@code class ArchitectureTest extends ArchitectureContractTest { ArchitectureTest() { super("vn.motcua.survey"); } }}.
 */
public abstract class ArchitectureContractTest {

    /** JUnit makes an instance per test: the classes are imported once per service. */
    private static final Map<String, ServiceArchitecture> IMPORTED = new ConcurrentHashMap<>();

    private final ServiceArchitecture architecture;

    protected ArchitectureContractTest(String rootPackage) {
        this.architecture = IMPORTED.computeIfAbsent(rootPackage, ServiceArchitecture::of);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        architecture.check(architecture.featuresFreeOfCycles());
    }

    @Test
    void resourcesDoNotTouchPersistence() {
        architecture.check(architecture.resourcesFreeOfPersistence());
    }

    @Test
    void classesComeFromThisServiceTheSharedModulesOrLibrariesOnly() {
        architecture.check(architecture.onlyOwnAndSharedClasses());
    }

    @Test
    void eventsAreReadAndWrittenOnlyThroughTheEventsModule() {
        architecture.check(architecture.eventsThroughEventsModule());
    }
}
