package vn.motcua.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service instance's JVM started by the launcher, its log file and its readiness. */
final class ServiceProcess {

    /** JVM options of every service: a small, predictable footprint on a laptop. */
    static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC");
    /**
     * The quick-start JIT (C1 only, as Quarkus dev mode uses), because four JVMs start at once on few cores; not for
     * a service whose hot path C1 runs several times slower ({@link Service#fullJit()}).
     */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";
    /** System property marking a service JVM with its data folder, so leftovers can be recognised. */
    static final String STACK_MARKER = "-Dmotcua.stack=";
    /** System property naming the instance ({@code dossier-service-2}), so ps and tests can tell instances apart. */
    static final String INSTANCE_MARKER = "-Dmotcua.instance=";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceInstance instance;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(ServiceInstance instance, Path logFile, Process process) {
        this.instance = instance;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * The command line that runs {@code jar}; {@code extraOptions} come after the defaults (so they win),
     * {@code dataDir} and {@code instance} only mark the process as this stack's and as that instance.
     */
    static List<String> command(Path java, List<String> extraOptions, Path jar, Path dataDir,
            ServiceInstance instance) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_OPTIONS);
        if (!instance.service().fullJit()) {
            command.add(QUICK_JIT);
        }
        command.addAll(extraOptions);
        command.add(STACK_MARKER + dataDir);
        command.add(INSTANCE_MARKER + instance.name());
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    static ServiceProcess start(ServiceInstance instance, List<String> command, Map<String, String> environment,
            Path workingDir, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            return new ServiceProcess(instance, logFile, builder.start());
        } catch (IOException e) {
            throw new LaunchException(instance.name() + " could not be started: " + e.getMessage(), e);
        }
    }

    ServiceInstance instance() {
        return instance;
    }

    String name() {
        return instance.name();
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Completes when the JVM has exited, whatever the reason. */
    java.util.concurrent.CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    String baseUrl() {
        return "http://localhost:" + instance.port();
    }

    /** True when {@code /q/health/ready} answers 200. */
    boolean isReady() {
        URI health = URI.create("http://127.0.0.1:" + instance.port() + "/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(health)
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends SIGTERM; Quarkus then shuts down gracefully. */
    void requestStop() {
        process.destroy();
    }

    /** Waits until the JVM has exited, killing it when it is still there at {@code deadlineNanos}. */
    void awaitStop(long deadlineNanos) {
        try {
            long remaining = Math.max(0, deadlineNanos - System.nanoTime());
            if (!process.waitFor(remaining, TimeUnit.NANOSECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last {@code lines} lines of its log. */
    String logTail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log at " + file + ")";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // decoding errors must not hide the log: fall back to Latin-1 below
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException again) {
                return "(cannot read " + file + ": " + again.getMessage() + ")";
            }
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
        return String.join("\n", last);
    }
}
