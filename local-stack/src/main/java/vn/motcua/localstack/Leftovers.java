package vn.motcua.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Service JVMs of this data folder still running from a launcher that was killed (the watchdog normally
 * stops them): they hold the ports and the databases, so they are stopped before a new start.
 */
final class Leftovers {

    private Leftovers() {
    }

    /** Running service JVMs started for {@code dataDir}, recognised by their marker argument. */
    static List<ProcessHandle> find(Path dataDir) {
        String marker = ServiceProcess.STACK_MARKER + dataDir;
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(marker)).orElse(false))
                .toList();
    }

    static void stop(Path dataDir, Console console) {
        List<ProcessHandle> leftovers = find(dataDir);
        for (ProcessHandle process : leftovers) {
            console.progress("stopping a service left running by an earlier launcher (pid " + process.pid() + ")");
            process.destroy();
        }
        for (ProcessHandle process : leftovers) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }
}
