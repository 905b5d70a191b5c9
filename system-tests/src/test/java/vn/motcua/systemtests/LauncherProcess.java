package vn.motcua.systemtests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local-stack launcher run from its built jar as a separate process, the way a developer runs
 * {@code ./motcua}: with a clean {@code MOTCUA_*} environment plus what the test sets, its output captured.
 */
final class LauncherProcess implements AutoCloseable {

    /** Printed by the launcher once every service is healthy, then URLs, addresses and tokens follow. */
    static final String READY_LINE = "Motcua is up";
    /** The last line of the launcher's ready output. */
    static final String READY_OUTPUT_END = "Stop with Ctrl-C";

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private LauncherProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "launcher-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        // a test JVM that dies must not leave a stack running
        Runtime.getRuntime().addShutdownHook(new Thread(() -> process.toHandle().destroy()));
    }

    static Path launcherJar() {
        Path jar = Path.of(System.getProperty("motcua.launcher.jar", "../local-stack/target/motcua-local-stack.jar"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("launcher not built: " + jar + " (build the reactor first: mvn verify)");
        }
        return jar;
    }

    /** Starts {@code java -jar motcua-local-stack.jar <arguments>} with {@code env} over a clean environment. */
    static LauncherProcess start(Map<String, String> env, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-jar", launcherJar().toString()));
        command.addAll(List.of(arguments));
        return start(new ProcessBuilder(command), env);
    }

    /**
     * Runs {@code ./motcua <arguments>} in {@code checkout}, as a developer types it there, with this test's JDK first
     * on the PATH; the script ends in the launcher ({@code exec java -jar ...}), so this process is the launcher.
     */
    static LauncherProcess script(Path checkout, Map<String, String> env, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("motcua").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile());
        Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
        builder.environment().merge("PATH", jdkBin.toString(), (path, jdk) -> jdk + File.pathSeparator + path);
        return start(builder, env);
    }

    private static LauncherProcess start(ProcessBuilder builder, Map<String, String> env) {
        builder.redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("MOTCUA_"));
        builder.environment().putAll(env);
        try {
            return new LauncherProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                    output.notifyAll();
                }
            }
        } catch (IOException e) {
            // process gone
        }
    }

    /**
     * Waits until the output contains {@code text}.
     *
     * @throws AssertionError with the output so far when the launcher exits or time runs out first
     */
    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (output) {
            while (output.indexOf(text) < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no '" + text + "' from the launcher within " + timeout.toSeconds()
                            + " s. Output:\n" + output);
                }
                if (!process.isAlive() && !reader.isAlive()) {
                    throw new AssertionError("the launcher exited with " + process.exitValue() + " before '" + text
                            + "'. Output:\n" + output);
                }
                output.wait(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 500));
            }
        }
    }

    /** Waits for the launcher to exit on its own and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not exit within " + timeout.toSeconds() + " s. Output:\n"
                    + output());
        }
        reader.join(5000);
        return process.exitValue();
    }

    /** Stops the launcher like Ctrl-C would (SIGTERM runs its shutdown hook) and waits until it has exited. */
    int stop(Duration timeout) throws InterruptedException {
        // through the handle: Process.destroy() would also close our end of its output and lose the last lines
        process.toHandle().destroy();
        return awaitExit(timeout);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(60));
        }
    }
}
