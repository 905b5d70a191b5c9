package vn.motcua.testing.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JwtKeysTest {

    @Test
    void aThrowawayPairWorksAndLeavesNothingBehindWhenTheJvmExits() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CreateThrowaway.class.getName())
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.exitValue()).as(output).isZero();

        Path folder = Path.of(output);
        assertThat(folder.getFileName().toString()).startsWith("motcua-test-jwt-");
        assertThat(folder).as("the key folder after its JVM exited").doesNotExist();
    }

    /** Run in a child JVM: creates a throwaway pair, checks it while it lives, prints its folder. */
    public static final class CreateThrowaway {
        public static void main(String[] args) throws Exception {
            JwtKeys keys = JwtKeys.createThrowaway("motcua-test-jwt-");
            Path folder = keys.publicKeyFile().getParent();
            if (!Files.isRegularFile(folder.resolve(JwtKeys.PRIVATE_KEY_FILE))
                    || !keys.publicKey().getAlgorithm().equals("RSA")) {
                throw new IllegalStateException("no usable pair in " + folder);
            }
            System.out.println(folder);
        }
    }
}
