package vn.motcua.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    private static final Path REPO = Path.of("/repo");
    private static final Path CWD = Path.of("/home/me/work");

    private static StackConfig config(Map<String, String> env, String... argv) {
        List<String> args = new java.util.ArrayList<>(List.of("up"));
        args.addAll(List.of(argv));
        return StackConfig.from(Arguments.parse(args), env, REPO, CWD);
    }

    @Test
    void defaults() {
        StackConfig config = config(Map.of());
        assertThat(config.dataDir()).isEqualTo(Path.of("/repo/.motcua"));
        assertThat(config.embeddedPostgres()).isTrue();
        assertThat(config.embeddedKafka()).isTrue();
        assertThat(config.postgresPort()).isEqualTo(5432);
        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.kafkaControllerPort()).isEqualTo(9093);
        assertThat(config.embeddedS3()).isTrue();
        assertThat(config.s3Port()).isEqualTo(9000);
        assertThat(config.s3Dir()).isEqualTo(Path.of("/repo/.motcua/s3"));
        assertThat(config.port(Service.CATALOG)).isEqualTo(8081);
        assertThat(config.port(Service.DOSSIER)).isEqualTo(8082);
        assertThat(config.port(Service.SURVEY)).isEqualTo(8083);
        assertThat(config.port(Service.REPORTING)).isEqualTo(8084);
        assertThat(config.unit()).isEqualTo("000.00.20.H26");
        assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.demo()).isFalse();
        assertThat(config.serviceJavaOptions()).isEmpty();
        assertThat(config.postgresDir()).isEqualTo(Path.of("/repo/.motcua/postgres"));
        assertThat(config.kafkaDir()).isEqualTo(Path.of("/repo/.motcua/kafka"));
        assertThat(config.jwtDir()).isEqualTo(Path.of("/repo/.motcua/jwt"));
        assertThat(config.logDir()).isEqualTo(Path.of("/repo/.motcua/logs"));
    }

    @Test
    void dataFolderFromEnvironmentThenCommandLine() {
        assertThat(config(Map.of("MOTCUA_DATA", "/var/motcua")).dataDir()).isEqualTo(Path.of("/var/motcua"));
        assertThat(config(Map.of("MOTCUA_DATA", "rel/data")).dataDir()).isEqualTo(Path.of("/home/me/work/rel/data"));
        assertThat(config(Map.of("MOTCUA_DATA", "/var/motcua"), "--data", "/srv/m/../x").dataDir())
                .isEqualTo(Path.of("/srv/x"));
    }

    @Test
    void portsFromEnvironment() {
        StackConfig config = config(Map.of("MOTCUA_CATALOG_PORT", "9181", "MOTCUA_DOSSIER_PORT", "9182",
                "MOTCUA_SURVEY_PORT", "9183", "MOTCUA_REPORTING_PORT", " 9184 ", "MOTCUA_POSTGRES_PORT", "6543",
                "MOTCUA_KAFKA_PORT", "29092", "MOTCUA_KAFKA_CONTROLLER_PORT", "29093"));
        assertThat(config.port(Service.CATALOG)).isEqualTo(9181);
        assertThat(config.port(Service.DOSSIER)).isEqualTo(9182);
        assertThat(config.port(Service.SURVEY)).isEqualTo(9183);
        assertThat(config.port(Service.REPORTING)).isEqualTo(9184);
        assertThat(config.postgresPort()).isEqualTo(6543);
        assertThat(config.kafkaPort()).isEqualTo(29092);
        assertThat(config.kafkaControllerPort()).isEqualTo(29093);
    }

    @Test
    void oneInstanceByDefault() {
        assertThat(config(Map.of()).instances()).containsExactly(new ServiceInstance(Service.CATALOG, 1, 8081),
                new ServiceInstance(Service.DOSSIER, 1, 8082), new ServiceInstance(Service.SURVEY, 1, 8083),
                new ServiceInstance(Service.REPORTING, 1, 8084));
        assertThat(new ServiceInstance(Service.DOSSIER, 1, 8082).name()).isEqualTo("dossier-service");
    }

    @Test
    void aListOfPortsStartsOneInstanceOnEach() {
        StackConfig config = config(Map.of("MOTCUA_DOSSIER_PORT", "8082, 8092",
                "MOTCUA_REPORTING_PORT", "8084,8094,8104"));
        assertThat(config.instances()).containsExactly(new ServiceInstance(Service.CATALOG, 1, 8081),
                new ServiceInstance(Service.DOSSIER, 1, 8082), new ServiceInstance(Service.DOSSIER, 2, 8092),
                new ServiceInstance(Service.SURVEY, 1, 8083), new ServiceInstance(Service.REPORTING, 1, 8084),
                new ServiceInstance(Service.REPORTING, 2, 8094), new ServiceInstance(Service.REPORTING, 3, 8104));
        // the first instance is the one the other services and the printed links use
        assertThat(config.port(Service.DOSSIER)).isEqualTo(8082);
        assertThat(config.port(Service.REPORTING)).isEqualTo(8084);
        assertThat(config.instances().get(2).name()).isEqualTo("dossier-service-2");
        assertThat(config.instances().get(6).name()).isEqualTo("reporting-service-3");
    }

    @Test
    void aBadListOfPortsIsRejectedNamingTheVariableAndThePort() {
        assertThatThrownBy(() -> config(Map.of("MOTCUA_DOSSIER_PORT", "8082,x"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("MOTCUA_DOSSIER_PORT").hasMessageContaining("'x'")
                .hasMessageContaining("comma-separated list");
        assertThatThrownBy(() -> config(Map.of("MOTCUA_DOSSIER_PORT", "8082,"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("MOTCUA_DOSSIER_PORT");
        assertThatThrownBy(() -> config(Map.of("MOTCUA_SURVEY_PORT", "8083,8083"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("port 8083 is configured twice").hasMessageContaining("survey-service (")
                .hasMessageContaining("survey-service-2 (");
        assertThatThrownBy(() -> config(Map.of("MOTCUA_SURVEY_PORT", "8083,8084"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("port 8084").hasMessageContaining("survey-service-2")
                .hasMessageContaining("reporting-service");
    }

    @Test
    void badPortsAreRejectedNamingTheVariable() {
        assertThatThrownBy(() -> config(Map.of("MOTCUA_SURVEY_PORT", "eighty"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("MOTCUA_SURVEY_PORT").hasMessageContaining("eighty");
        assertThatThrownBy(() -> config(Map.of("MOTCUA_KAFKA_PORT", "70000"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("MOTCUA_KAFKA_PORT");
    }

    @Test
    void aPortConfiguredTwiceIsRejectedNamingBothParts() {
        assertThatThrownBy(() -> config(Map.of("MOTCUA_REPORTING_PORT", "8081"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("port 8081").hasMessageContaining("procedure-catalog")
                .hasMessageContaining("reporting-service");
        // an external Kafka frees its ports
        assertThat(config(Map.of("MOTCUA_KAFKA_BOOTSTRAP", "kafka:9092", "MOTCUA_REPORTING_PORT", "9092"))
                .port(Service.REPORTING)).isEqualTo(9092);
    }

    @Test
    void externalServers() {
        StackConfig config = config(Map.of("MOTCUA_POSTGRES_URL", "jdbc:postgresql://db:5432/postgres",
                "MOTCUA_POSTGRES_USER", "admin", "MOTCUA_POSTGRES_PASSWORD", " secret ",
                "MOTCUA_KAFKA_BOOTSTRAP", "kafka:9092"));
        assertThat(config.embeddedPostgres()).isFalse();
        assertThat(config.postgresUrl()).isEqualTo("jdbc:postgresql://db:5432/postgres");
        assertThat(config.postgresUser()).isEqualTo("admin");
        assertThat(config.postgresPassword()).isEqualTo(" secret ");
        assertThat(config.embeddedKafka()).isFalse();
        assertThat(config.kafkaBootstrap()).isEqualTo("kafka:9092");
        assertThat(config(Map.of("MOTCUA_POSTGRES_URL", " ", "MOTCUA_KAFKA_BOOTSTRAP", "")).embeddedPostgres()).isTrue();
        assertThatThrownBy(() -> config(Map.of("MOTCUA_POSTGRES_URL", "postgres://db/x")))
                .isInstanceOf(UsageException.class).hasMessageContaining("MOTCUA_POSTGRES_URL");
    }

    @Test
    void externalS3() {
        StackConfig config = config(Map.of("MOTCUA_S3_ENDPOINT", "http://minio:9000", "MOTCUA_S3_ACCESS_KEY", "motcua",
                "MOTCUA_S3_SECRET_KEY", "minio-secret", "MOTCUA_S3_REGION", "ap-southeast-1",
                "MOTCUA_DOSSIER_PORT", "9000"));
        assertThat(config.embeddedS3()).isFalse();
        assertThat(config.s3Endpoint()).isEqualTo("http://minio:9000");
        assertThat(config.s3Region()).isEqualTo("ap-southeast-1");
        assertThat(config.s3AccessKey()).isEqualTo("motcua");
        assertThat(config.s3SecretKey()).isEqualTo("minio-secret");
        assertThat(config(Map.of()).s3Region()).isEqualTo("us-east-1");
        assertThatThrownBy(() -> config(Map.of("MOTCUA_DOSSIER_PORT", "9000"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("MOTCUA_S3_PORT");
        assertThatThrownBy(() -> config(Map.of("MOTCUA_S3_ENDPOINT", "minio:9000")))
                .isInstanceOf(UsageException.class).hasMessageContaining("MOTCUA_S3_ENDPOINT");
    }

    @Test
    void unitTimeoutAndDemo() {
        StackConfig config = config(Map.of("MOTCUA_UNIT", "000.00.01.H26", "MOTCUA_START_TIMEOUT", "300"), "--demo");
        assertThat(config.unit()).isEqualTo("000.00.01.H26");
        assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(config.demo()).isTrue();
        assertThat(config(Map.of("MOTCUA_SERVICE_JAVA_OPTS", " -Xmx512m  -Dx=y ")).serviceJavaOptions())
                .containsExactly("-Xmx512m", "-Dx=y");
        assertThat(config(Map.of("MOTCUA_UNIT", "000.00.01.H26"), "--unit", "H26.1").unit()).isEqualTo("H26.1");
        assertThatThrownBy(() -> config(Map.of(), "--unit", "h26 x")).isInstanceOf(UsageException.class)
                .hasMessageContaining("h26 x");
        assertThatThrownBy(() -> config(Map.of("MOTCUA_START_TIMEOUT", "0"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("MOTCUA_START_TIMEOUT");
    }
}
