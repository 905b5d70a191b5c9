package vn.motcua.testing.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.jboss.logging.Logger;

/** Removing the folders of throwaway servers. */
final class Folders {

    private static final Logger LOG = Logger.getLogger(Folders.class);

    private Folders() {
    }

    /** Deletes {@code root} and everything below it, as far as it can; what is left is only logged. */
    static void deleteRecursively(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not delete %s: %s", root, e.getMessage());
        }
    }
}
