package vn.motcua.reporting;

import org.junit.jupiter.api.Test;
import vn.motcua.testing.architecture.ServiceArchitecture;

/** The architecture every service keeps ({@link ServiceArchitecture}), over this service's main classes. */
class ArchitectureTest {

    private static final ServiceArchitecture ARCHITECTURE = ServiceArchitecture.of("vn.motcua.reporting");

    @Test
    void featurePackagesHaveNoCycles() {
        ARCHITECTURE.check(ARCHITECTURE.featuresFreeOfCycles());
    }

    @Test
    void resourcesDoNotTouchPersistence() {
        ARCHITECTURE.check(ARCHITECTURE.resourcesFreeOfPersistence());
    }

    @Test
    void classesComeFromThisServiceTheSharedModulesOrLibrariesOnly() {
        ARCHITECTURE.check(ARCHITECTURE.onlyOwnAndSharedClasses());
    }

    @Test
    void eventsAreReadAndWrittenOnlyThroughTheEventsModule() {
        ARCHITECTURE.check(ARCHITECTURE.eventsThroughEventsModule());
    }
}
