package vn.motcua.dossier;

import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.testing.contract.PlatformContractTest;

@QuarkusTest
class PlatformTest extends PlatformContractTest {

    @Override
    protected String ownPath() {
        return "/api/v1/calendar/{year}";
    }

    @Override
    protected String ownRequestPath() {
        return "/api/v1/calendar/2026";
    }
}
