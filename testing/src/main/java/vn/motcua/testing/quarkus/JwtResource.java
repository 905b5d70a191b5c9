package vn.motcua.testing.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.jwt.TokenMinter;

/** Makes the service under test trust the tokens of {@link vn.motcua.testing.TestTokens}. */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", TestInfrastructure.jwtKeys().publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", TokenMinter.LOCAL_ISSUER);
    }

    @Override
    public void stop() {
    }
}
