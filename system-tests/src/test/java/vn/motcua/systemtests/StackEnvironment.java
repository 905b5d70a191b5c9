package vn.motcua.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.testing.embedded.Ports;
import vn.motcua.testing.jwt.JwtKeys;
import vn.motcua.testing.jwt.TokenMinter;

/**
 * A throwaway data folder and a free port for every part of the stack, so a system test never collides
 * with a developer's running stack or another test.
 */
record StackEnvironment(Path dataDir, int catalogPort, int dossierPort, int surveyPort, int reportingPort,
        int postgresPort, int kafkaPort, int kafkaControllerPort, int s3Port) {

    static StackEnvironment create() throws IOException {
        Path dataDir = Files.createTempDirectory("motcua-system-test-");
        // when run as root PostgreSQL runs as 'nobody', which must be able to enter the folder
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return at(dataDir.toRealPath());
    }

    /** Free ports for a stack on {@code dataDir}, which the launcher makes if missing. */
    static StackEnvironment at(Path dataDir) {
        Set<Integer> taken = new HashSet<>();
        return new StackEnvironment(dataDir, freePort(taken), freePort(taken), freePort(taken),
                freePort(taken), freePort(taken), freePort(taken), freePort(taken), freePort(taken));
    }

    /** {@code count} more free ports, none of them one of this stack's: for further instances of a service. */
    List<Integer> morePorts(int count) {
        Set<Integer> taken = new HashSet<>(List.of(catalogPort, dossierPort, surveyPort, reportingPort, postgresPort,
                kafkaPort, kafkaControllerPort, s3Port));
        List<Integer> ports = new ArrayList<>();
        while (ports.size() < count) {
            ports.add(freePort(taken));
        }
        return ports;
    }

    private static int freePort(Set<Integer> taken) {
        while (true) {
            int port = Ports.free();
            if (taken.add(port)) {
                return port;
            }
        }
    }

    /** The launcher's environment for this stack. */
    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("MOTCUA_DATA", dataDir.toString());
        env.put("MOTCUA_CATALOG_PORT", Integer.toString(catalogPort));
        env.put("MOTCUA_DOSSIER_PORT", Integer.toString(dossierPort));
        env.put("MOTCUA_SURVEY_PORT", Integer.toString(surveyPort));
        env.put("MOTCUA_REPORTING_PORT", Integer.toString(reportingPort));
        env.put("MOTCUA_POSTGRES_PORT", Integer.toString(postgresPort));
        env.put("MOTCUA_KAFKA_PORT", Integer.toString(kafkaPort));
        env.put("MOTCUA_KAFKA_CONTROLLER_PORT", Integer.toString(kafkaControllerPort));
        env.put("MOTCUA_S3_PORT", Integer.toString(s3Port));
        // four Quarkus JVMs boot at once on a small CI machine shared with the build
        env.put("MOTCUA_START_TIMEOUT", "240");
        return env;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    /**
     * A superuser connection to {@code database} on the stack's embedded PostgreSQL, as its operator would open one
     * (the launcher keeps the superuser's password in the server's data folder).
     */
    Connection superuserConnection(String database) throws IOException, SQLException {
        String password = Files.readString(dataDir.resolve("postgres/motcua-superuser.password")).trim();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database, "postgres",
                password);
    }

    /** Tokens signed with the key pair the launcher keeps in the data folder, so the stack trusts them. */
    TokenMinter minter() throws IOException {
        return new TokenMinter(JwtKeys.loadOrCreate(dataDir.resolve("jwt")).privateKey(), TokenMinter.LOCAL_ISSUER);
    }

    static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Processes that belong to this stack: PostgreSQL on its data folder, service JVMs marked with it. */
    Set<String> runningProcesses() {
        Set<String> found = new HashSet<>();
        String folder = dataDir.toString();
        ProcessHandle.allProcesses().forEach(process -> process.info().commandLine().ifPresent(line -> {
            if (line.contains(folder)) {
                found.add(process.pid() + ": " + line);
            }
        }));
        return found;
    }

    void delete() {
        deleteTree(dataDir);
    }

    /** Deletes a temporary folder as far as it can; the OS cleans up what is left. Links are not followed. */
    static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the OS cleans up what is left
        }
    }
}
