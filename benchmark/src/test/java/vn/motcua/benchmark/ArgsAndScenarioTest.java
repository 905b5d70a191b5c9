package vn.motcua.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgsAndScenarioTest {

    @Test
    void parsesFlagsAndDurations() {
        Args a = Args.parse(List.of("--concurrency", "32", "--duration=1.5s", "--header", "A: 1", "--header", "B: 2",
                "--quiet", "x.json"));
        assertThat(a.intValue("concurrency", 1, 1, 100)).isEqualTo(32);
        assertThat(a.duration("duration", null)).isEqualTo(Duration.ofMillis(1500));
        assertThat(a.all("header")).containsExactly("A: 1", "B: 2");
        assertThat(a.flag("quiet")).isTrue();
        assertThat(a.positional()).containsExactly("x.json");
        assertThat(Args.parseDuration("d", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Args.parseDuration("d", "2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Args.parseDuration("d", "1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Args.parseDuration("d", "3")).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> Args.parseDuration("d", "soon")).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> a.intValue("concurrency", 1, 1, 10)).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> a.requireOnly(Set.of("concurrency"))).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> Args.parse(List.of("--url"))).isInstanceOf(Args.UsageException.class);
    }

    @Test
    void expectedStatuses() {
        BitSet ok = HttpSupport.expected(Args.parse(List.of("--expect", "200,201,3xx")), "2xx");
        assertThat(ok.get(200)).isTrue();
        assertThat(ok.get(201)).isTrue();
        assertThat(ok.get(202)).isFalse();
        assertThat(ok.get(302)).isTrue();
        assertThat(HttpSupport.expected(Args.parse(List.of()), "2xx").get(204)).isTrue();
        assertThatThrownBy(() -> HttpSupport.expected(Args.parse(List.of("--expect", "ok")), "2xx"))
                .isInstanceOf(Args.UsageException.class);
    }

    @Test
    void intakeBodyRendersToValidJsonWithWellFormedApplicant() throws Exception {
        String template = DossierIntakeScenario.resource(DossierIntakeScenario.DEFAULT_TEMPLATE);
        Random rnd = new Random(7);
        for (int i = 0; i < 200; i++) {
            Map<String, String> v = DossierIntakeScenario.values(i, rnd, List.of("1.001193", "1.000894"),
                    "000.20.20.H26", "ONLINE", List.of("Tờ khai \"đăng ký\" khai sinh", "Giấy chứng sinh"));
            JsonNode body = DossierIntakeScenario.JSON.readTree(DossierIntakeScenario.render(template, v));
            assertThat(body.get("procedureCode").asText()).isIn("1.001193", "1.000894");
            assertThat(body.get("unitCode").asText()).isEqualTo("000.20.20.H26");
            assertThat(body.get("channel").asText()).isEqualTo("ONLINE");
            assertThat(body.at("/applicant/citizenId").asText()).matches("001[0-3]\\d{8}");
            assertThat(body.at("/applicant/phone").asText()).matches("0[3789]\\d{8}");
            assertThat(body.at("/applicant/email").asText()).isEqualTo("congdan" + i + "@example.com");
            assertThat(body.get("documents")).hasSize(2);
            assertThat(body.at("/documents/0/component").asText()).isEqualTo("Tờ khai \"đăng ký\" khai sinh");
        }
        assertThatThrownBy(() -> DossierIntakeScenario.render("{\"x\": ${nope}}", Map.of()))
                .isInstanceOf(Args.UsageException.class);
    }

    @Test
    void intakeSpreadsOverUnitsEachWithItsOwnToken(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.jwt"), "token-a\n");
        java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.jwt"), "token-b");
        var desks = DossierIntakeScenario.desks(Args.parse(List.of("--unit", "000.01.20.H26=" + a,
                "--unit", "000.02.20.H26=" + b)));
        assertThat(desks).containsExactly(java.util.Map.entry("000.01.20.H26", "token-a"),
                java.util.Map.entry("000.02.20.H26", "token-b"));
        assertThat(DossierIntakeScenario.desks(Args.parse(List.of("--token", "t", "--unit-code", "000.09.20.H26"))))
                .containsExactly(java.util.Map.entry("000.09.20.H26", "t"));
        assertThatThrownBy(() -> DossierIntakeScenario.desks(Args.parse(List.of("--unit", "000.01.20.H26"))))
                .isInstanceOf(Args.UsageException.class).hasMessageContaining("CODE=TOKENFILE");
        assertThatThrownBy(() -> DossierIntakeScenario.desks(Args.parse(List.of())))
                .isInstanceOf(Args.UsageException.class);
    }

    @Test
    void builtInWordListIsMixed() throws Exception {
        List<String> words = CatalogSearchScenario.readWords(
                CatalogSearchScenario.class.getResourceAsStream(CatalogSearchScenario.DEFAULT_WORDS));
        assertThat(words).hasSizeGreaterThan(50).contains("khai sinh", "ho tich", "HỘ TỊCH").noneMatch(w -> w.startsWith("#"));
    }

    @Test
    void cliRefusesRemoteTargetsAndUnknownFlags() {
        assertThat(run("http", "--url", "http://10.0.0.1/", "--requests", "1")).isEqualTo(2);
        assertThat(run("catalog-search", "--base-url", "http://192.168.0.10:8081", "--requests", "1")).isEqualTo(2);
        assertThat(run("jdbc-baseline", "--jdbc-url", "jdbc:postgresql://10.0.0.5/x", "--jdbc-user", "u")).isEqualTo(2);
        assertThat(run("http", "--url", "http://127.0.0.1:1/", "--bogus", "1")).isEqualTo(2);
        assertThat(run("dossier-intake", "--requests", "1")).isEqualTo(2); // no token
        assertThat(run("nope")).isEqualTo(2);
        assertThat(run("--help")).isZero();
        assertThat(run("catalog-search", "--help")).isZero();
        assertThat(run("survey-catch-up", "--help")).isZero();
        assertThat(run("survey-catch-up", "--token", "t", "--survey-url", "http://10.0.0.7:8083")).isEqualTo(2);
        assertThat(run("survey-catch-up", "--token", "t", "--dossiers", "0")).isEqualTo(2);
    }

    @Test
    void measuresAgainstAClosedPortAndWritesJsonThenCompares() throws Exception {
        Path dir = Files.createTempDirectory("bench");
        Path a = dir.resolve("a.json");
        // Port 1 on loopback: connection refused, so every request is an error, counted by kind.
        assertThat(run("http", "--url", "http://127.0.0.1:1/", "--requests", "20", "--concurrency", "2", "--quiet",
                "--out", a.toString())).isZero();
        Report r = Report.read(a);
        assertThat(r.requests()).isEqualTo(20);
        assertThat(r.errors()).isEqualTo(20);
        assertThat(r.errorsByStatus()).containsOnlyKeys("error:ConnectException");
        assertThat(r.concurrency()).isEqualTo(2);
        assertThat(run("http", "--url", "http://127.0.0.1:1/", "--requests", "5", "--quiet", "--fail-on-error",
                "--out", dir.resolve("b.json").toString())).isEqualTo(1);
        assertThat(run("compare", a.toString(), dir.resolve("b.json").toString())).isZero();
    }

    private static int run(String... argv) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return Main.run(argv, ps, ps);
    }
}
