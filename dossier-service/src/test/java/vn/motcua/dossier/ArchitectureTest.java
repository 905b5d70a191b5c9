package vn.motcua.dossier;

import vn.motcua.testing.architecture.ArchitectureContractTest;

/**
 * The architecture every service keeps ({@link ArchitectureContractTest}), over this service's main classes; the
 * package map it keeps is in docs/architecture.md, "Inside dossier-service".
 */
class ArchitectureTest extends ArchitectureContractTest {
    ArchitectureTest() {
        super("vn.motcua.dossier");
    }
}
