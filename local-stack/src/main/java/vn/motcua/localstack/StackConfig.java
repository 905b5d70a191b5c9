package vn.motcua.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything {@code up} needs to know, from the command line and the environment ({@code MOTCUA_*}
 * variables). Pure: reading it starts nothing.
 *
 * @param postgresUrl admin JDBC URL of an external server, or null to run the embedded one
 * @param kafkaBootstrap bootstrap address of an external broker, or null to run the embedded one
 * @param s3Endpoint base URL of an external S3 API (MinIO, ...), or null to run the embedded S3 server
 * @param servicePorts the HTTP ports of each service's instances, one instance per port, the first one first
 */
record StackConfig(
        Path repoRoot,
        Path dataDir,
        int postgresPort,
        String postgresUrl,
        String postgresUser,
        String postgresPassword,
        int kafkaPort,
        int kafkaControllerPort,
        String kafkaBootstrap,
        int s3Port,
        String s3Endpoint,
        String s3Region,
        String s3AccessKey,
        String s3SecretKey,
        Map<Service, List<Integer>> servicePorts,
        String unit,
        Duration startTimeout,
        List<String> serviceJavaOptions,
        boolean demo) {

    static final String DEFAULT_UNIT = "000.00.20.H26";
    private static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Z.]{1,35}");

    /**
     * @param repoRoot the checkout holding the service modules
     * @param workingDir where relative paths given by the user start from
     */
    static StackConfig from(Arguments args, Map<String, String> env, Path repoRoot, Path workingDir) {
        Path dataDir = dataDir(args, env, repoRoot, workingDir);
        String postgresUrl = blankToNull(env.get("MOTCUA_POSTGRES_URL"));
        if (postgresUrl != null && !postgresUrl.startsWith("jdbc:postgresql://")) {
            throw new UsageException("MOTCUA_POSTGRES_URL must be an admin JDBC URL like "
                    + "jdbc:postgresql://db.example:5432/postgres, not '" + postgresUrl + "'");
        }
        String s3Endpoint = blankToNull(env.get("MOTCUA_S3_ENDPOINT"));
        if (s3Endpoint != null && !s3Endpoint.matches("https?://.+")) {
            throw new UsageException("MOTCUA_S3_ENDPOINT must be the S3 API's base URL like http://minio:9000, not '"
                    + s3Endpoint + "'");
        }
        Map<Service, List<Integer>> servicePorts = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            servicePorts.put(service, ports(env, service.portVariable(), service.defaultPort()));
        }
        StackConfig config = new StackConfig(
                repoRoot,
                dataDir,
                port(env, "MOTCUA_POSTGRES_PORT", 5432),
                postgresUrl,
                envOr(env, "MOTCUA_POSTGRES_USER", "postgres"),
                env.getOrDefault("MOTCUA_POSTGRES_PASSWORD", ""),
                port(env, "MOTCUA_KAFKA_PORT", 9092),
                port(env, "MOTCUA_KAFKA_CONTROLLER_PORT", 9093),
                blankToNull(env.get("MOTCUA_KAFKA_BOOTSTRAP")),
                port(env, "MOTCUA_S3_PORT", 9000),
                s3Endpoint,
                envOr(env, "MOTCUA_S3_REGION", "us-east-1"),
                blankToNull(env.get("MOTCUA_S3_ACCESS_KEY")),
                blankToNull(env.get("MOTCUA_S3_SECRET_KEY")),
                Map.copyOf(servicePorts),
                unit(args.option("unit").orElse(envOr(env, "MOTCUA_UNIT", DEFAULT_UNIT))),
                Duration.ofSeconds(positive(env, "MOTCUA_START_TIMEOUT", 120)),
                words(env.get("MOTCUA_SERVICE_JAVA_OPTS")),
                args.flag("demo"));
        config.checkDistinctPorts();
        return config;
    }

    /** {@code --data}, else {@code MOTCUA_DATA}, else {@code <repo>/.motcua}. */
    static Path dataDir(Arguments args, Map<String, String> env, Path repoRoot, Path workingDir) {
        String given = args.option("data").orElse(blankToNull(env.get("MOTCUA_DATA")));
        Path dir = given == null ? repoRoot.resolve(".motcua") : workingDir.resolve(given);
        return dir.toAbsolutePath().normalize();
    }

    boolean embeddedPostgres() {
        return postgresUrl == null;
    }

    boolean embeddedKafka() {
        return kafkaBootstrap == null;
    }

    boolean embeddedS3() {
        return s3Endpoint == null;
    }

    /** The port of the service's first instance: the one the other services and the printed links use. */
    int port(Service service) {
        return servicePorts.get(service).get(0);
    }

    /** Every instance of every service, in the order of {@link Service}, then by number. */
    List<ServiceInstance> instances() {
        List<ServiceInstance> instances = new ArrayList<>();
        for (Service service : Service.values()) {
            List<Integer> ports = servicePorts.get(service);
            for (int i = 0; i < ports.size(); i++) {
                instances.add(new ServiceInstance(service, i + 1, ports.get(i)));
            }
        }
        return instances;
    }

    Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    Path s3Dir() {
        return dataDir.resolve("s3");
    }

    Path jwtDir() {
        return dataDir.resolve("jwt");
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Two parts of the stack configured on one port would fail late and confusingly: fail now. */
    private void checkDistinctPorts() {
        Map<Integer, String> owners = new HashMap<>();
        if (embeddedPostgres()) {
            claim(owners, postgresPort, "PostgreSQL (MOTCUA_POSTGRES_PORT)");
        }
        if (embeddedKafka()) {
            claim(owners, kafkaPort, "Kafka (MOTCUA_KAFKA_PORT)");
            claim(owners, kafkaControllerPort, "Kafka controller (MOTCUA_KAFKA_CONTROLLER_PORT)");
        }
        if (embeddedS3()) {
            claim(owners, s3Port, "S3 (MOTCUA_S3_PORT)");
        }
        for (ServiceInstance instance : instances()) {
            claim(owners, instance.port(), instance.name() + " (" + instance.service().portVariable() + ")");
        }
    }

    private static void claim(Map<Integer, String> owners, int port, String owner) {
        String previous = owners.putIfAbsent(port, owner);
        if (previous != null) {
            throw new UsageException("port " + port + " is configured twice: for " + previous + " and for " + owner);
        }
    }

    static String unit(String code) {
        if (!UNIT_CODE.matcher(code).matches()) {
            throw new UsageException("unit '" + code + "' is not an electronic identifier code "
                    + "(at most 35 characters of 0-9, A-Z and '.', e.g. " + DEFAULT_UNIT + ")");
        }
        return code;
    }

    /**
     * A port, or a comma-separated list of ports (one service instance on each), from {@code variable}; a list
     * of one, {@code defaultPort}, when it is not set.
     */
    static List<Integer> ports(Map<String, String> env, String variable, int defaultPort) {
        String value = blankToNull(env.get(variable));
        if (value == null) {
            return List.of(defaultPort);
        }
        List<Integer> ports = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            ports.add(parsePort(variable, part, "a port number between 1 and 65535 or a comma-separated list of them"));
        }
        return List.copyOf(ports);
    }

    static int port(Map<String, String> env, String variable, int defaultPort) {
        String value = blankToNull(env.get(variable));
        return value == null ? defaultPort : parsePort(variable, value, "a port number between 1 and 65535");
    }

    private static int parsePort(String variable, String value, String expected) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(variable + " must be " + expected + ", not '" + value + "'");
    }

    private static int positive(Map<String, String> env, String variable, int defaultValue) {
        String value = blankToNull(env.get(variable));
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(variable + " must be a positive whole number, not '" + value + "'");
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static String envOr(Map<String, String> env, String variable, String defaultValue) {
        String value = blankToNull(env.get(variable));
        return value == null ? defaultValue : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
