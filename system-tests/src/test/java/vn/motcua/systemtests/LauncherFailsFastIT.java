package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.embedded.Ports;

/** A launcher that cannot start says at once what is in the way, and leaves nothing running. */
class LauncherFailsFastIT {

    private static final Duration QUICKLY = Duration.ofSeconds(30);

    private StackEnvironment stack;

    @BeforeEach
    void environment() throws Exception {
        stack = StackEnvironment.create();
    }

    @AfterEach
    void cleanUp() {
        stack.delete();
    }

    @Test
    void aServicePortInUseStopsTheLauncherNamingServiceAndPort() throws Exception {
        try (ServerSocket squatter = new ServerSocket(stack.surveyPort(), 1, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            LauncherProcess launcher = LauncherProcess.start(stack.env(), "up");
            int exit = launcher.awaitExit(QUICKLY);
            assertThat(exit).as(launcher.output()).isNotZero();
            assertThat(launcher.output()).contains("survey-service").contains("port " + squatter.getLocalPort())
                    .contains("in use");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        }
        assertThat(stack.runningProcesses()).isEmpty();
    }

    @Test
    void anUnreachableExternalPostgresStopsTheLauncherNamingTheServer() throws Exception {
        int nothingThere = Ports.free();
        Map<String, String> env = new java.util.HashMap<>(stack.env());
        env.put("MOTCUA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:" + nothingThere + "/postgres");
        env.put("MOTCUA_POSTGRES_USER", "postgres");
        env.put("MOTCUA_POSTGRES_PASSWORD", "secret");
        LauncherProcess launcher = LauncherProcess.start(env, "up");
        int exit = launcher.awaitExit(QUICKLY);
        assertThat(exit).as(launcher.output()).isNotZero();
        assertThat(launcher.output()).contains("PostgreSQL is unreachable").contains("127.0.0.1:" + nothingThere);
        assertThat(stack.runningProcesses()).isEmpty();
    }

    @Test
    void anUnreachableExternalKafkaStopsTheLauncherNamingTheBroker() throws Exception {
        int nothingThere = Ports.free();
        Map<String, String> env = new java.util.HashMap<>(stack.env());
        env.put("MOTCUA_KAFKA_BOOTSTRAP", "127.0.0.1:" + nothingThere);
        LauncherProcess launcher = LauncherProcess.start(env, "up");
        int exit = launcher.awaitExit(QUICKLY);
        assertThat(exit).as(launcher.output()).isNotZero();
        assertThat(launcher.output()).contains("Kafka is unreachable at 127.0.0.1:" + nothingThere);
        assertThat(stack.runningProcesses()).isEmpty();
    }
}
