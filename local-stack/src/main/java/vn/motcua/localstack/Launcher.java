package vn.motcua.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import vn.motcua.testing.embedded.PortInUseException;
import vn.motcua.testing.embedded.Ports;
import vn.motcua.testing.embedded.PostgresServer;
import vn.motcua.testing.embedded.S3Endpoint;
import vn.motcua.testing.embedded.ServiceDatabase;
import vn.motcua.testing.jwt.JwtKeys;
import vn.motcua.testing.jwt.TokenMinter;

/**
 * {@code up}: starts PostgreSQL, Kafka, S3 and the four services, waits until every service is healthy, shows
 * how to reach them, and keeps running until it is told to stop (Ctrl-C, SIGTERM, {@code ./motcua down}).
 * Stopping, on any path, stops the services, then S3, Kafka and PostgreSQL.
 */
final class Launcher {

    /** Printed once everything is healthy; the system tests wait for it. */
    static final String READY_LINE = "Motcua is up";
    static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 30;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    /** The origins of a front-end's development server (Vite, then Create React App / Next.js) may call the stack. */
    static final String LOCAL_FRONT_END_ORIGINS = "http://localhost:5173,http://localhost:3000";

    private final StackConfig config;
    private final Console console;
    private final Path javaCommand;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<ServiceInstance, java.util.function.Supplier<ServiceProcess>> launches = new HashMap<>();
    private final ServiceSupervisor supervisor;
    private Infrastructure infrastructure;
    private PidFile pidFile;
    private Process watchdog;
    private boolean stopping;
    private String postgresDescription;

    Launcher(StackConfig config, Console console, Path java) {
        this.config = config;
        this.console = console;
        this.supervisor = new ServiceSupervisor(RestartPolicy.DEFAULT, console, this::restart);
        this.javaCommand = java;
    }

    /** Runs the stack; returns only when it could not start (the exit code), otherwise it waits for a signal. */
    int up() throws InterruptedException {
        Map<Service, Path> jars = builtJars();
        pidFile = PidFile.acquire(config.dataDir());
        LauncherLog.redirectTo(config.logDir().resolve("launcher.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "motcua-stop"));
        console.progress("starting Motcua, data folder " + config.dataDir());
        try {
            Leftovers.stop(config.dataDir(), console);
            checkPortsFree();
            infrastructure = new Infrastructure(config);
            infrastructure.checkExternalServers();
            // PostgreSQL and Kafka start side by side: neither needs the other
            CompletableFuture<String> kafkaStarted = CompletableFuture.supplyAsync(this::startKafka);
            Map<Service, ServiceDatabase> databases;
            try {
                databases = startPostgres();
            } finally {
                kafkaStarted.exceptionally(e -> null).join();
            }
            String kafka = joined(kafkaStarted);
            S3Endpoint storage = startS3();
            JwtKeys keys = jwtKeys();
            startServices(jars, databases, kafka, storage, keys);
            awaitHealthy();
            services.forEach(supervisor::watch);
            if (config.demo()) {
                new DemoData(config, new Tokens(keys), console).loadOnce();
            }
            printReady(postgresDescription, kafka, storage, new Tokens(keys));
        } catch (LaunchException e) {
            if (isStopping()) {
                // Ctrl-C or SIGTERM while starting: the shutdown hook is stopping everything
                new CountDownLatch(1).await();
            }
            console.error(e.getMessage());
            stop();
            return 1;
        } catch (RuntimeException e) {
            // a bug or an unforeseen failure: still stop what was started, and show where it happened
            console.error("could not start: " + e);
            e.printStackTrace(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true));
            stop();
            return 1;
        }
        new CountDownLatch(1).await();
        return 0;
    }

    private Map<Service, Path> builtJars() {
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            Path jar = service.runnableJar(config.repoRoot());
            if (!Files.isRegularFile(jar)) {
                missing.add(service.moduleName() + " (" + jar + ")");
            }
            jars.put(service, jar);
        }
        if (!missing.isEmpty()) {
            throw new LaunchException("not built yet: " + String.join(", ", missing)
                    + ". Run ./motcua up (it builds what is missing) or mvn install -DskipTests.");
        }
        return jars;
    }

    /** Every port the stack will open must be free before anything starts. */
    private void checkPortsFree() {
        try {
            for (ServiceInstance instance : config.instances()) {
                Ports.requireFree(instance.name() + " (set " + instance.service().portVariable()
                        + " to use another port)", instance.port());
            }
            if (config.embeddedKafka()) {
                Ports.requireFree("Kafka (set MOTCUA_KAFKA_PORT to use another port)", config.kafkaPort());
                Ports.requireFree("Kafka controller (set MOTCUA_KAFKA_CONTROLLER_PORT to use another port)",
                        config.kafkaControllerPort());
            }
            if (config.embeddedS3()) {
                Ports.requireFree("S3 (set MOTCUA_S3_PORT to use another port)", config.s3Port());
            }
            // a server left by a killed launcher is stopped by EmbeddedPostgres itself before it checks
            if (config.embeddedPostgres() && !Files.exists(config.postgresDir().resolve("postmaster.pid"))) {
                Ports.requireFree("PostgreSQL (set MOTCUA_POSTGRES_PORT to use another port)", config.postgresPort());
            }
        } catch (PortInUseException e) {
            throw new LaunchException(e.getMessage(), e);
        }
    }

    private Map<Service, ServiceDatabase> startPostgres() {
        postgresDescription = infrastructure.startPostgres();
        console.progress("PostgreSQL ready: " + postgresDescription);
        PostgresServer server = infrastructure.postgres();
        Map<Service, ServiceDatabase> databases = new EnumMap<>(Service.class);
        try {
            for (Service service : Service.values()) {
                databases.put(service, server.provision(service.database(), PostgresServer.randomPassword()));
            }
        } catch (IllegalStateException e) {
            throw new LaunchException(e.getMessage(), e);
        }
        console.progress("databases ready: " + Service.values().length + " databases with their own roles ("
                + List.of(Service.values()).stream().map(Service::database).collect(Collectors.joining(", ")) + ")");
        return databases;
    }

    private String startKafka() {
        String bootstrap = infrastructure.startKafka();
        console.progress("Kafka ready on " + bootstrap + " (" + Infrastructure.topics().size() + " topics, "
                + Infrastructure.PARTITIONS + " partitions each)");
        return bootstrap;
    }

    private S3Endpoint startS3() {
        S3Endpoint storage = infrastructure.startS3();
        console.progress("S3 ready: " + infrastructure.describeS3());
        return storage;
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private JwtKeys jwtKeys() {
        try {
            return JwtKeys.loadOrCreate(config.jwtDir());
        } catch (IOException e) {
            throw new LaunchException("cannot read or create the JWT key pair in " + config.jwtDir() + ": "
                    + e.getMessage(), e);
        }
    }

    private void startServices(Map<Service, Path> jars, Map<Service, ServiceDatabase> databases, String kafka,
            S3Endpoint storage, JwtKeys keys) {
        for (ServiceInstance instance : config.instances()) {
            Service service = instance.service();
            Map<String, String> env = environment(instance, databases.get(service), kafka, storage,
                    keys.publicKeyFile());
            launches.put(instance, () -> ServiceProcess.start(instance,
                    ServiceProcess.command(javaCommand, config.serviceJavaOptions(), jars.get(service),
                            config.dataDir(), instance), env, config.dataDir(),
                    config.logDir().resolve(instance.name() + ".log")));
            register(launches.get(instance).get());
        }
        startWatchdog();
        console.progress("started " + services.size() + " services, waiting until they are healthy (logs in "
                + config.logDir() + ")");
    }

    /**
     * The configuration a service instance reads: HTTP port, its service's own database and role, the JWT public
     * key and issuer, Kafka for the services that use it, the object storage for dossier-service's files, and where
     * the other services are. The instances of a
     * service differ only in their HTTP port.
     */
    Map<String, String> environment(ServiceInstance instance, ServiceDatabase database, String kafka,
            S3Endpoint storage, Path publicKey) {
        Service service = instance.service();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", Integer.toString(instance.port()));
        env.put("DB_URL", database.jdbcUrl());
        env.put("DB_USER", database.username());
        env.put("DB_PASSWORD", database.password());
        env.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toAbsolutePath().toUri().toString());
        env.put("JWT_ISSUER", TokenMinter.LOCAL_ISSUER);
        env.put("CORS_ORIGINS", LOCAL_FRONT_END_ORIGINS);
        if (service.usesKafka()) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        }
        switch (service) {
            // the base of the links the catalog prints (QR codes): where this stack serves it
            case CATALOG -> env.put("PUBLIC_BASE_URL", "http://localhost:" + config.port(Service.CATALOG));
            // dossier-service looks procedures up in the catalog, and prints tracking and survey links on slips
            case DOSSIER -> {
                env.put("CATALOG_URL", "http://127.0.0.1:" + config.port(Service.CATALOG));
                env.put("PUBLIC_TRACKING_BASE_URL", "http://localhost:" + config.port(Service.DOSSIER));
                env.put("PUBLIC_SURVEY_BASE_URL", "http://localhost:" + config.port(Service.SURVEY));
                // component files and electronic results (vn.motcua.dossier.storage.StorageConfig)
                env.put("MOTCUA_STORAGE_ENDPOINT", storage.url());
                env.put("MOTCUA_STORAGE_REGION", storage.region());
                env.put("MOTCUA_STORAGE_ACCESS_KEY", storage.accessKey());
                env.put("MOTCUA_STORAGE_SECRET_KEY", storage.secretKey());
            }
            // the base of the survey links printed (as QR) on receipt slips
            case SURVEY -> env.put("PUBLIC_SURVEY_BASE_URL", "http://localhost:" + config.port(Service.SURVEY));
            default -> {
            }
        }
        return env;
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    private synchronized void register(ServiceProcess process) {
        services.add(process);
        if (stopping) {
            process.requestStop();
        }
    }

    /** Starts a crashed service again in its place, unless the stack is stopping (then null). */
    private synchronized ServiceProcess restart(ServiceProcess dead) {
        if (stopping) {
            return null;
        }
        ServiceProcess fresh = launches.get(dead.instance()).get();
        services.set(services.indexOf(dead), fresh);
        // the watchdog knows the services by pid: tell it the new one
        if (watchdog != null) {
            watchdog.destroy();
        }
        startWatchdog();
        return fresh;
    }

    /** Stops the services if this launcher dies without running its shutdown hook (kill -9). */
    private void startWatchdog() {
        String pids = services.stream().map(s -> Long.toString(s.pid())).collect(Collectors.joining(" "));
        String script = "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null; do sleep 1; done; "
                + "kill -TERM " + pids + " 2>/dev/null; sleep " + SERVICE_STOP_GRACE.toSeconds()
                + "; kill -KILL " + pids + " 2>/dev/null";
        try {
            watchdog = new ProcessBuilder("sh", "-c", script)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            console.error("no watchdog for the services (" + e.getMessage() + "); they stop with this launcher only");
        }
    }

    private void awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + config.startTimeout().toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (isStopping()) {
                    throw new LaunchException("stopped while starting");
                }
                if (!service.isAlive()) {
                    throw failed(service, service.name() + " exited with code " + service.exitCode()
                            + " before it was healthy");
                }
                if (service.isReady()) {
                    waiting.remove(service);
                    console.progress(service.name() + " is healthy at " + service.baseUrl());
                }
            }
            if (waiting.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                for (ServiceProcess service : waiting.subList(1, waiting.size())) {
                    console.logExcerpt("last " + LOG_TAIL_LINES + " lines of " + service.logFile(),
                            service.logTail(LOG_TAIL_LINES));
                }
                throw failed(waiting.get(0), "not healthy after " + config.startTimeout().toSeconds() + " s: "
                        + waiting.stream().map(ServiceProcess::name).collect(Collectors.joining(", "))
                        + " (raise MOTCUA_START_TIMEOUT on a slow machine)");
            }
            if (System.nanoTime() > nextProgress) {
                console.progress("waiting for " + waiting.stream().map(ServiceProcess::name)
                        .collect(Collectors.joining(", ")));
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(250);
        }
    }

    private LaunchException failed(ServiceProcess service, String message) {
        console.logExcerpt("last " + LOG_TAIL_LINES + " lines of " + service.logFile(), service.logTail(LOG_TAIL_LINES));
        return new LaunchException(message + " (full log: " + service.logFile() + ")");
    }

    private void printReady(String postgres, String kafka, S3Endpoint storage, Tokens tokens) {
        console.line("");
        console.line(String.format(java.util.Locale.ROOT, "%s (healthy %.1f s after start).", READY_LINE,
                console.elapsedSeconds()));
        console.line("");
        for (ServiceProcess service : services) {
            console.line(String.format("  %-18s %-24s Swagger UI %s/q/swagger-ui", service.name(), service.baseUrl(),
                    service.baseUrl()));
        }
        console.line("");
        console.line("  Data folder   " + config.dataDir() + "  (logs in " + config.logDir() + ")");
        console.line("  PostgreSQL    " + postgres + ", databases "
                + List.of(Service.values()).stream().map(Service::database).collect(Collectors.joining(", ")));
        console.line("  Kafka         " + kafka + ", topics " + String.join(", ", Infrastructure.topics()));
        console.line("  S3            " + infrastructure.describeS3() + ", access key " + storage.accessKey()
                + " (secret in " + (config.embeddedS3() ? config.s3Dir().resolve("credentials.properties")
                : "MOTCUA_S3_SECRET_KEY") + ")");
        console.line("");
        console.line("Tokens, valid " + Tokens.DEFAULT_VALIDITY.toHours() + " h (" + String.join(" and ",
                Tokens.UNIT_ROLES) + " act for unit " + config.unit() + "; more: ./motcua token --role ROLE --unit UNIT):");
        tokens.forEveryRole(config.unit()).forEach((role, token) -> console.line(String.format("  %-15s %s", role, token)));
        console.line("");
        String dataOption = config.dataDir().equals(config.repoRoot().resolve(".motcua").toAbsolutePath().normalize())
                ? "" : " --data " + config.dataDir();
        console.line("Try:  curl -H \"Authorization: Bearer $(./motcua token --role analyst" + dataOption + ")\" "
                + "http://localhost:" + config.port(Service.REPORTING) + "/api/v1/kpis/received");
        console.line("Stop with Ctrl-C, or ./motcua down from another shell.");
    }

    /** Stops everything this launcher started, services first. Safe to call more than once. */
    void stop() {
        List<ServiceProcess> running;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            running = List.copyOf(services);
        }
        supervisor.close();
        if (!running.isEmpty()) {
            console.progress("stopping " + running.stream().map(ServiceProcess::name).collect(Collectors.joining(", ")));
            running.forEach(ServiceProcess::requestStop);
            long deadline = System.nanoTime() + SERVICE_STOP_GRACE.toNanos();
            running.forEach(service -> service.awaitStop(deadline));
        }
        if (watchdog != null) {
            watchdog.destroy();
        }
        if (infrastructure != null) {
            console.progress("stopping S3, Kafka and PostgreSQL");
            infrastructure.close();
        }
        if (pidFile != null) {
            pidFile.close();
        }
        console.progress("Motcua stopped");
    }
}
