package vn.motcua.testing.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL refuses to run as root. When this JVM is root, the server's commands run as {@code nobody}
 * through {@code runuser}, and the folders it writes are handed over to that user. A folder {@code nobody} cannot
 * enter (a checkout in root's home or in a mode-700 folder) cannot hold the server's files: they go to a folder
 * under {@link #SHARED_ROOT} instead, linked from where they were asked for.
 */
final class UnprivilegedUser {

    private static final String USER = "nobody";
    /** Root's, open to enter for every user: holds the servers' folders and binaries that cannot stay where asked. */
    static final Path SHARED_ROOT = Path.of("/var/lib/motcua");

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

    /**
     * The folder the server keeps its data in when asked for {@code dataDir}: {@code dataDir} itself where the
     * server's user may reach it, else {@link #SHARED_ROOT}{@code /postgres-<hash of dataDir>}, which
     * {@code dataDir} is made a link to (a link made before is followed).
     */
    static Path serverFolder(Path asked) throws IOException {
        Path dataDir = asked.toAbsolutePath().normalize();
        if (!needed()) {
            return dataDir;
        }
        if (Files.isSymbolicLink(dataDir) && !Files.exists(dataDir)) {
            // its server folder was deleted: start over, as below
            Files.delete(dataDir);
        }
        if (Files.isSymbolicLink(dataDir)) {
            Path target = dataDir.toRealPath();
            closedFolderOnTheWayTo(target.getParent()).ifPresent(closed -> {
                throw unreachable(target, closed);
            });
            return target;
        }
        Optional<Path> closed = closedFolderOnTheWayTo(dataDir.getParent());
        if (closed.isEmpty()) {
            return dataDir;
        }
        if (Files.isDirectory(dataDir)) {
            try (var entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException("PostgreSQL runs as '" + USER + "' when started by root, but '"
                            + USER + "' cannot enter " + closed.get() + ", and " + dataDir + " already holds files."
                            + " Move them to a folder '" + USER + "' may enter and link it from " + dataDir
                            + ", or choose another data folder (MOTCUA_DATA=/some/path).");
                }
            }
            Files.delete(dataDir);
        }
        Path outside = SHARED_ROOT.resolve("postgres-" + hash(dataDir));
        openToEnter(SHARED_ROOT);
        closedFolderOnTheWayTo(SHARED_ROOT).ifPresent(closedAbove -> {
            throw unreachable(outside, closedAbove);
        });
        // a folder left for a data folder deleted since: that data was given up with it
        Folders.deleteRecursively(outside);
        Files.createDirectories(dataDir.getParent());
        Files.createSymbolicLink(dataDir, outside);
        return outside;
    }

    /**
     * {@code folder} itself where the server's user may reach it, else {@code <SHARED_ROOT>/<name>}: for the
     * extracted binaries, which that user must read.
     */
    static Path readableFolder(Path folder, String name) throws IOException {
        if (!needed() || closedFolderOnTheWayTo(folder).isEmpty()) {
            return folder;
        }
        Path shared = SHARED_ROOT.resolve(name);
        openToEnter(SHARED_ROOT);
        return shared;
    }

    /** The first of {@code folder} and the folders above it that others may not enter, if any. */
    private static Optional<Path> closedFolderOnTheWayTo(Path folder) {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.isSymbolicLink(p) && !Files.getPosixFilePermissions(p,
                        LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return Optional.of(p);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the permissions of " + p, e);
            }
        }
        return Optional.empty();
    }

    private static IllegalStateException unreachable(Path dir, Path closed) {
        return new IllegalStateException("PostgreSQL runs as '" + USER + "' when started by root, but '" + USER
                + "' cannot enter " + closed + " on the way to " + dir + ". Choose a data folder outside it"
                + " (MOTCUA_DATA=/some/path) or run as an ordinary user.");
    }

    private static void openToEnter(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String hash(Path dataDir) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(dataDir.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
