package vn.motcua.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the services of a running stack up: a service JVM that exits while the stack is not stopping (a crash,
 * an out-of-memory kill, {@code kill -9}) is logged and started again with the same command and environment,
 * as its {@link RestartPolicy} allows. Everything runs on one thread, so the restart history needs no locks.
 */
final class ServiceSupervisor implements AutoCloseable {

    private static final int LOG_TAIL_LINES = 20;
    private static final Duration HEALTH_POLL = Duration.ofMillis(500);

    /** Starts a dead service's replacement and puts it in the stack's place; null when the stack is stopping. */
    interface Restarter {
        ServiceProcess restart(ServiceProcess dead);
    }

    private final RestartPolicy policy;
    private final Console console;
    private final Restarter restarter;
    private final Map<ServiceInstance, List<Instant>> restarts = new HashMap<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread supervisor = new Thread(task, "motcua-supervisor");
        supervisor.setDaemon(true);
        return supervisor;
    });

    ServiceSupervisor(RestartPolicy policy, Console console, Restarter restarter) {
        this.policy = policy;
        this.console = console;
        this.restarter = restarter;
    }

    /** From now on, restarts {@code process} when it exits on its own. */
    void watch(ServiceProcess process) {
        process.onExit().thenRun(() -> onSupervisorThread(() -> exited(process), Duration.ZERO));
    }

    private void exited(ServiceProcess dead) {
        List<Instant> earlier = restarts.computeIfAbsent(dead.instance(), instance -> new ArrayList<>());
        Optional<Duration> delay = policy.delayBeforeRestart(earlier, Instant.now());
        console.logExcerpt("last " + LOG_TAIL_LINES + " lines of " + dead.logFile(), dead.logTail(LOG_TAIL_LINES));
        if (delay.isEmpty()) {
            console.error(dead.name() + " exited with code " + dead.exitCode() + " after " + policy.maxRestarts()
                    + " restarts within " + policy.window().toMinutes() + " min: not restarting it again; the other "
                    + "services keep running (log: " + dead.logFile() + ")");
            return;
        }
        console.error(String.format(Locale.ROOT, "%s exited unexpectedly with code %d; restarting it in %.1f s",
                dead.name(), dead.exitCode(), delay.get().toMillis() / 1000.0));
        onSupervisorThread(() -> restart(dead, earlier), delay.get());
    }

    private void restart(ServiceProcess dead, List<Instant> earlier) {
        earlier.add(Instant.now());
        ServiceProcess fresh;
        try {
            fresh = restarter.restart(dead);
        } catch (LaunchException e) {
            console.error(e.getMessage() + "; not restarting it again");
            return;
        }
        if (fresh == null) {
            return;
        }
        console.progress(fresh.name() + " restarted (pid " + fresh.pid() + "), waiting until it is healthy");
        watch(fresh);
        awaitHealthy(fresh);
    }

    private void awaitHealthy(ServiceProcess restarted) {
        if (!restarted.isAlive()) {
            return;
        }
        if (restarted.isReady()) {
            console.progress(restarted.name() + " is healthy again at " + restarted.baseUrl());
        } else {
            onSupervisorThread(() -> awaitHealthy(restarted), HEALTH_POLL);
        }
    }

    private void onSupervisorThread(Runnable task, Duration delay) {
        try {
            thread.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // the stack is stopping: nothing to restart
        }
    }

    /** Restarts nothing from now on. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
