package vn.motcua.testing.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @Test
    void postgresGivesEachServiceItsOwnDatabaseRoleAndExtensions() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.startThrowaway()) {
            ServiceDatabase catalog = server.provision("catalog", PostgresServer.randomPassword());
            ServiceDatabase dossier = server.provision("dossier", PostgresServer.randomPassword());

            try (Connection c = DriverManager.getConnection(catalog.jdbcUrl(), catalog.username(), catalog.password());
                    Statement sql = c.createStatement()) {
                sql.execute("create extension if not exists unaccent");
                sql.execute("create extension if not exists pg_trgm");
                ResultSet row = sql.executeQuery("select unaccent('Đăng ký khai sinh'), similarity('ho tich', 'ho tch')");
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("Dang ky khai sinh");
                assertThat(row.getFloat(2)).isGreaterThan(0.3f);
            }
            assertThatThrownBy(() -> DriverManager.getConnection(dossier.jdbcUrl(), catalog.username(),
                    catalog.password()).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> DriverManager.getConnection(catalog.jdbcUrl(), catalog.username(), "wrong").close())
                    .isInstanceOf(SQLException.class);
        }
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void aScratchDatabaseIsDroppedWithItsRoleEvenWhileConnected() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.startThrowaway()) {
            ServiceDatabase scratch = server.provision("scratch_1", PostgresServer.randomPassword());
            ServiceDatabase kept = server.provision("kept_1", PostgresServer.randomPassword());
            try (Connection open = DriverManager.getConnection(scratch.jdbcUrl(), scratch.username(),
                    scratch.password())) {
                server.drop("scratch_1");
                assertThat(open.isValid(2)).as("its open connection was closed").isFalse();
            }
            assertThatThrownBy(() -> DriverManager.getConnection(scratch.jdbcUrl(), scratch.username(),
                    scratch.password()).close()).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(kept.jdbcUrl(), kept.username(), kept.password());
                    Statement sql = c.createStatement()) {
                assertThat(count(sql, "select count(*) from pg_database where datname = 'scratch_1'"))
                        .as("scratch database left").isZero();
                assertThat(count(sql, "select count(*) from pg_roles where rolname = 'scratch_1'"))
                        .as("scratch role left").isZero();
                assertThat(count(sql, "select count(*) from pg_database where datname = 'kept_1'"))
                        .as("the other database").isOne();
            }
            assertThatThrownBy(() -> server.drop("scratch; drop database kept_1"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void durablePostgresKeepsDataAcrossRestartsAndRefusesATakenPort(@TempDir Path tmp) throws Exception {
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = tmp.resolve("pg");
        int port = Ports.free();
        ServiceDatabase db;
        try (EmbeddedPostgres first = EmbeddedPostgres.start(data, port, true)) {
            db = first.provision("survey", "first-password");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement sql = c.createStatement()) {
                sql.execute("create table kept(v text)");
                sql.execute("insert into kept values ('still here')");
            }
            assertThatThrownBy(() -> EmbeddedPostgres.start(tmp.resolve("other"), port, true))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("PostgreSQL").hasMessageContaining(Integer.toString(port));
        }
        try (EmbeddedPostgres second = EmbeddedPostgres.start(data, port, true)) {
            ServiceDatabase again = second.provision("survey", "second-password");
            try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.username(), "second-password");
                    Statement sql = c.createStatement(); ResultSet rows = sql.executeQuery("select v from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    /**
     * A data folder inside a folder only its owner may enter (a checkout in root's home, a mode-700 folder). Run as
     * root, the server runs as 'nobody', so its files go where 'nobody' may enter, linked from the data folder; run as
     * anyone else, the server is that user and keeps them in place. Either way it starts, keeps its data across a
     * restart, and starts empty again once the data folder is deleted.
     */
    @Test
    void durablePostgresStartsInAFolderOnlyItsOwnerMayEnter(@TempDir Path tmp) throws Exception {
        Path privateFolder = Files.createDirectory(tmp.resolve("private"),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        Path data = privateFolder.resolve("stack/postgres");
        int port = Ports.free();
        Path serverFolder;
        try (EmbeddedPostgres first = EmbeddedPostgres.start(data, port, true)) {
            serverFolder = first.dataDir();
            ServiceDatabase db = first.provision("private_1", "pw");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement sql = c.createStatement()) {
                sql.execute("create table kept(v text)");
                sql.execute("insert into kept values ('still here')");
            }
        }
        try {
            if (UnprivilegedUser.needed()) {
                assertThat(data).as("the data folder links to the server's").isSymbolicLink();
                assertThat(data.toRealPath()).isEqualTo(serverFolder);
                assertThat(serverFolder).startsWith(UnprivilegedUser.SHARED_ROOT);
                assertThat(Files.getOwner(serverFolder).getName()).isEqualTo("nobody");
            } else {
                assertThat(data).as("the server's own user keeps its files in place").isDirectory()
                        .isEqualTo(serverFolder);
            }
            assertThat(data.resolve("PG_VERSION")).exists();
            try (EmbeddedPostgres second = EmbeddedPostgres.start(data, port, true)) {
                assertThat(second.dataDir()).isEqualTo(serverFolder);
                ServiceDatabase again = second.provision("private_1", "pw");
                try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.username(), "pw");
                        Statement sql = c.createStatement(); ResultSet rows = sql.executeQuery("select v from kept")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("still here");
                }
            }
            Folders.deleteRecursively(data);
            try (EmbeddedPostgres fresh = EmbeddedPostgres.start(data, port, true)) {
                ServiceDatabase db = fresh.provision("private_1", "pw");
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "pw");
                        Statement sql = c.createStatement()) {
                    assertThat(count(sql, "select count(*) from pg_tables where tablename = 'kept'"))
                            .as("a deleted data folder starts over").isZero();
                }
            }
        } finally {
            Folders.deleteRecursively(serverFolder);
        }
    }

    @Test
    void unreachableExternalPostgresIsNamed() {
        int closedPort = Ports.free();
        var external = new ExternalPostgres("jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres", "postgres", "x");
        assertThatThrownBy(external::checkReachable)
                .hasMessageContaining("unreachable")
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    @Test
    void durableKafkaKeepsItsRecordsAcrossRestarts(@TempDir Path logDir) throws Exception {
        int port = Ports.free();
        int controllerPort = Ports.free();
        String topic = "kept-" + UUID.randomUUID();
        try (EmbeddedKafka first = EmbeddedKafka.start(logDir, port, controllerPort, true)) {
            produce(first.bootstrapServers(), topic, "before restart");
        }
        assertThat(EmbeddedKafka.recordedClusterId(logDir)).isPresent();
        try (EmbeddedKafka second = EmbeddedKafka.start(logDir, port, controllerPort, true)) {
            assertThat(consumeOne(second.bootstrapServers(), topic).value()).isEqualTo("before restart");
        }
    }

    @Test
    void kafkaBrokerDeliversRecordsWithHeaders() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startThrowaway()) {
            String topic = "probe-" + UUID.randomUUID();
            EmbeddedKafka.ensureTopics(kafka.bootstrapServers(), List.of(topic), 3);
            produce(kafka.bootstrapServers(), topic, "{\"n\":1}");
            ConsumerRecord<String, String> received = consumeOne(kafka.bootstrapServers(), topic);
            assertThat(received).isNotNull();
            assertThat(received.key()).isEqualTo("dossier-1");
            assertThat(received.value()).isEqualTo("{\"n\":1}");
            assertThat(new String(received.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .isEqualTo("event-1");
        }
    }

    private static void produce(String bootstrap, String topic, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(topic, "dossier-1", value);
            record.headers().add("ce_id", "event-1".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private static ConsumerRecord<String, String> consumeOne(String bootstrap, String topic) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    return r;
                }
            }
            return null;
        }
    }
}
