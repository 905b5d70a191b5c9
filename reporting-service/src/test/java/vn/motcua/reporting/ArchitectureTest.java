package vn.motcua.reporting;

import vn.motcua.testing.architecture.ArchitectureContractTest;

/** The architecture every service keeps ({@link ArchitectureContractTest}), over this service's main classes. */
class ArchitectureTest extends ArchitectureContractTest {
    ArchitectureTest() {
        super("vn.motcua.reporting");
    }
}
