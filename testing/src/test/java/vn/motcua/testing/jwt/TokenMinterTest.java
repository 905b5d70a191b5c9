package vn.motcua.testing.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMinterTest {

    @TempDir
    Path dir;

    private JwtConsumer verifier(JwtKeys keys) {
        return new JwtConsumerBuilder().setVerificationKey(keys.publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(TokenMinter.LOCAL_ISSUER).setRequireExpirationTime().setRequireJwtId().build();
    }

    @Test
    void anRs256TokenWithTheIdentityProvidersClaims() throws Exception {
        JwtKeys keys = JwtKeys.loadOrCreate(dir);
        String token = new TokenMinter(keys.privateKey(), TokenMinter.LOCAL_ISSUER)
                .mint("test-officer", List.of("officer", "analyst"), "000.00.20.H26", Duration.ofHours(2));
        JwtClaims claims = verifier(keys).processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo("test-officer");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("test-officer");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("officer", "analyst");
        assertThat(claims.getStringClaimValue("unit")).isEqualTo("000.00.20.H26");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(2 * 3600);
    }

    @Test
    void noUnitClaimWithoutAUnitAndAnExpiredTokenIsRefused() throws Exception {
        JwtKeys keys = JwtKeys.loadOrCreate(dir);
        TokenMinter minter = new TokenMinter(keys.privateKey(), TokenMinter.LOCAL_ISSUER);
        JwtClaims claims = verifier(keys).processToClaims(minter.mint("a", List.of("analyst"), null, Duration.ofHours(1)));
        assertThat(claims.hasClaim("unit")).isFalse();
        String expired = minter.mintAt("a", List.of("analyst"), null, Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1));
        assertThatThrownBy(() -> verifier(keys).processToClaims(expired)).isInstanceOf(InvalidJwtException.class)
                .hasMessageContaining("no longer valid");
    }
}
