package vn.motcua.localstack;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The launcher's own log file ({@code <data>/logs/launcher.log}): what the embedded broker, PostgreSQL
 * helper and database driver log, and whatever libraries print, so the console shows only progress.
 */
final class LauncherLog {

    private LauncherLog() {
    }

    /** From now on, java.util.logging (JBoss Logging and SLF4J end there) and System.out/err go to {@code file}. */
    static void redirectTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            LogManager.getLogManager().reset();
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            FileHandler handler = new FileHandler(file.toString(), 10_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            // what libraries print themselves (the broker's storage formatter, SLF4J notices) goes there too
            PrintStream libraries = new PrintStream(new FileOutputStream(file.toFile(), true), true,
                    StandardCharsets.UTF_8);
            System.setOut(libraries);
            System.setErr(libraries);
        } catch (IOException e) {
            Main.quietLogging();
        }
    }
}
