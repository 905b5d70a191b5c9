package vn.motcua.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.testing.contract.PlatformContractTest;

@QuarkusTest
class PlatformTest extends PlatformContractTest {

    @Override
    protected String ownPath() {
        return "/api/v1/kpis";
    }
}
