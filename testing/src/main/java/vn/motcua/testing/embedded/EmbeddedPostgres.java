package vn.motcua.testing.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The real PostgreSQL server from the zonky binaries, run from this JVM with {@code pg_ctl}. A durable
 * instance (local stack) keeps its data folder and fsync; a throwaway one (tests) trades durability for
 * speed. A watchdog stops the server if this JVM dies without closing it. Started by root, the server runs as
 * an unprivileged user, and its files live where that user may enter ({@link UnprivilegedUser#serverFolder}).
 */
public final class EmbeddedPostgres extends PostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final String SUPERUSER = "postgres";
    private static final String PASSWORD_FILE = "motcua-superuser.password";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

    private final Path install;
    private final Path dataDir;
    private final int port;
    private final String password;
    private Process watchdog;
    /** The throwaway server's own temporary folder, deleted on close with the server's files. */
    private Path throwawayFolder;

    private EmbeddedPostgres(Path install, Path dataDir, int port, String password) {
        this.install = install;
        this.dataDir = dataDir;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts a server on {@code port} with its data in {@code dataDir} (created and initialised when
     * empty; an existing cluster is reused with its data). When the server's user cannot enter {@code dataDir}
     * (root in a private folder), {@code dataDir} is a link to the folder that holds the server's files.
     *
     * @param durable false for tests: fsync and synchronous commit off
     */
    public static EmbeddedPostgres start(Path dataDir, int port, boolean durable) throws IOException {
        Path install = PostgresDistribution.install();
        dataDir = UnprivilegedUser.serverFolder(dataDir);
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initialise(install, dataDir);
        }
        String password = Files.readString(dataDir.resolve(PASSWORD_FILE), StandardCharsets.UTF_8).trim();
        EmbeddedPostgres server = new EmbeddedPostgres(install, dataDir, port, password);
        server.stopLeftover();
        Ports.requireFree("PostgreSQL", port);
        server.launch(durable);
        return server;
    }

    /** A throwaway server in a fresh temporary folder on a free port, deleted on close. */
    public static EmbeddedPostgres startThrowaway() throws IOException {
        Path parent = Files.createTempDirectory("motcua-pg-");
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        EmbeddedPostgres server = start(parent.resolve("data"), Ports.free(), false);
        server.throwawayFolder = parent;
        return server;
    }

    private static void initialise(Path install, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        UnprivilegedUser.handOver(dataDir);
        String password = randomPassword();
        Path passwordFile = Files.createTempFile(dataDir.getParent(), "pw-", ".tmp");
        try {
            Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
            UnprivilegedUser.handOver(passwordFile);
            Commands.run(Path.of("/tmp"), COMMAND_TIMEOUT, UnprivilegedUser.wrap(List.of(
                    install.resolve("bin/initdb").toString(),
                    "-D", dataDir.toString(),
                    "-U", SUPERUSER,
                    "--pwfile=" + passwordFile,
                    "-E", "UTF8",
                    "--locale=C",
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256")));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Path kept = dataDir.resolve(PASSWORD_FILE);
        Files.writeString(kept, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
    }

    /** A server left running by a JVM that was killed is stopped before this one starts. */
    private void stopLeftover() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            try {
                pgCtl(List.of("-m", "fast", "-w", "stop"));
                LOG.infof("stopped a PostgreSQL left running in %s", dataDir);
            } catch (IOException notRunning) {
                // stale pid file only: pg_ctl start handles it
            }
        }
    }

    private void launch(boolean durable) throws IOException {
        List<String> serverOptions = new ArrayList<>(List.of(
                // TCP only: a Unix socket's path has a length limit (103 bytes on macOS) a deep data folder passes
                "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", "''",
                "-c", "max_connections=300",
                "-c", "shared_buffers=128MB"));
        if (!durable) {
            serverOptions.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off",
                    "-c", "full_page_writes=off"));
        }
        try {
            pgCtl(List.of("-l", dataDir.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", String.join(" ", serverOptions), "start"));
        } catch (IOException e) {
            throw new IOException("PostgreSQL did not start on port " + port + ": " + e.getMessage()
                    + "\n--- server.log ---\n" + logTail(), e);
        }
        watchdog = startWatchdog();
        LOG.infof("PostgreSQL started on 127.0.0.1:%d, data in %s", port, dataDir);
    }

    /** Stops the server if this JVM disappears without calling {@link #close()} (kill -9, crash). */
    private Process startWatchdog() throws IOException {
        long jvm = ProcessHandle.current().pid();
        String stop = String.join(" ", UnprivilegedUser.wrap(List.of(
                install.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop")));
        String script = "while kill -0 " + jvm + " 2>/dev/null; do sleep 1; done; " + stop;
        return new ProcessBuilder("sh", "-c", script)
                .directory(Path.of("/tmp").toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private String pgCtl(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(install.resolve("bin/pg_ctl").toString(), "-D",
                dataDir.toString()));
        command.addAll(arguments);
        return Commands.run(Path.of("/tmp"), COMMAND_TIMEOUT, UnprivilegedUser.wrap(command));
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("server.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no server.log)";
        }
    }

    public int port() {
        return port;
    }

    /** The folder holding the server's files: the data folder asked for, or the one it links to. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    protected String superuser() {
        return SUPERUSER;
    }

    @Override
    protected String superuserPassword() {
        return password;
    }

    @Override
    public String describe() {
        return "embedded PostgreSQL on 127.0.0.1:" + port + " (data in " + dataDir + ")";
    }

    @Override
    public synchronized void close() {
        try {
            pgCtl(List.of("-m", "fast", "-w", "stop"));
            LOG.infof("PostgreSQL on port %d stopped", port);
        } catch (IOException e) {
            LOG.warnf("stopping PostgreSQL on port %d: %s", port, e.getMessage());
        }
        if (watchdog != null) {
            watchdog.destroy();
        }
        if (throwawayFolder != null) {
            try {
                if (!dataDir.startsWith(throwawayFolder)) {
                    Folders.deleteRecursively(dataDir);
                }
                Folders.deleteRecursively(throwawayFolder);
            } catch (IOException e) {
                LOG.debugf("could not delete %s: %s", throwawayFolder, e.getMessage());
            }
        }
    }
}
