package vn.motcua.localstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One launcher per data folder: the running launcher holds a lock on {@code motcua.lock} and writes its
 * pid to {@code motcua.pid}; {@code down} finds it there. The lock (not the pid file) decides whether a
 * launcher is running, so a pid file left by a killed launcher does no harm.
 */
final class PidFile implements AutoCloseable {

    static final String PID_FILE = "motcua.pid";
    static final String LOCK_FILE = "motcua.lock";

    private final Path pidFile;
    private final FileChannel channel;
    private final FileLock lock;

    private PidFile(Path pidFile, FileChannel channel, FileLock lock) {
        this.pidFile = pidFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the data folder for this JVM, or fails saying which launcher has it. */
    static PidFile acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException heldByThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new LaunchException("Motcua is already running on data folder " + dataDir
                        + runningPid(dataDir).map(pid -> " (launcher pid " + pid + ")").orElse("")
                        + ". Stop it first with './motcua down', or use another data folder (--data DIR).");
            }
            Path pidFile = dataDir.resolve(PID_FILE);
            Files.writeString(pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
            return new PidFile(pidFile, channel, lock);
        } catch (IOException e) {
            throw new LaunchException("cannot use data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The pid of the launcher running on {@code dataDir}, if one is. */
    static Optional<Long> runningPid(Path dataDir) {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            // held in this very JVM (acquire's own message) or unreadable: fall through to the pid file
        }
        try {
            return Optional.of(Long.parseLong(Files.readString(dataDir.resolve(PID_FILE)).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Asks the launcher on {@code dataDir} to stop (SIGTERM: it runs its shutdown hook) and waits until it
     * has exited.
     *
     * @return false when no launcher was running
     */
    static boolean stopRunning(Path dataDir, Duration timeout) throws TimeoutException {
        Optional<Long> pid = runningPid(dataDir);
        if (pid.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(pid.get());
        if (launcher.isEmpty()) {
            return false;
        }
        launcher.get().destroy();
        try {
            launcher.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for the launcher (pid " + pid.get() + ") to stop");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new LaunchException("cannot wait for the launcher (pid " + pid.get() + "): " + e.getMessage());
        }
        return true;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(pidFile);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}
