package vn.motcua.testing.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.jwt.TokenMinter;

/** Makes the service under test trust the tokens of {@link vn.motcua.testing.TestTokens}. */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        // The key itself, not its location: in test mode smallrye-jwt defaults mp.jwt.verify.publickey to a
        // generated in-memory key, which would win over a location.
        String publicKey = java.util.Base64.getEncoder().encodeToString(
                TestInfrastructure.jwtKeys().publicKey().getEncoded());
        return Map.of(
                "mp.jwt.verify.publickey", publicKey,
                "mp.jwt.verify.issuer", TokenMinter.LOCAL_ISSUER);
    }

    @Override
    public void stop() {
    }
}
