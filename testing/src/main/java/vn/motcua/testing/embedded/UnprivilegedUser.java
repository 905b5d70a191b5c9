package vn.motcua.testing.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL refuses to run as root. When this JVM is root, the server's commands run as {@code nobody}
 * through {@code runuser}, and the folders it writes are handed over to that user.
 */
final class UnprivilegedUser {

    private static final String USER = "nobody";

    private UnprivilegedUser() {
    }

    static boolean needed() {
        return "root".equals(System.getProperty("user.name"));
    }

    static List<String> wrap(List<String> command) {
        if (!needed()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(runuser(), "-u", USER, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives {@code dir} and everything below it to the unprivileged user. */
    static void handOver(Path dir) throws IOException {
        if (!needed()) {
            return;
        }
        UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER);
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Files.setOwner(p, owner);
            }
        }
    }

    /** Fails with a clear message when the unprivileged user cannot reach {@code dir}. */
    static void checkReachable(Path dir) {
        if (!needed()) {
            return;
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)
                        .contains(PosixFilePermission.OTHERS_EXECUTE) && !Files.isSymbolicLink(p)) {
                    throw new IllegalStateException("PostgreSQL runs as '" + USER + "' when started by root, but '"
                            + USER + "' cannot enter " + p + ". Choose a data folder outside it (MOTCUA_DATA=/some/path)"
                            + " or run as an ordinary user.");
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the permissions of " + p, e);
            }
        }
    }

    private static String runuser() {
        for (String candidate : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "runuser";
    }
}
