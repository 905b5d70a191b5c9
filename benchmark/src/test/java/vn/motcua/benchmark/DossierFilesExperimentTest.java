package vn.motcua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierFilesExperimentTest {

    @TempDir
    Path dir;

    private Path credentials() throws Exception {
        Path file = dir.resolve("credentials.properties");
        Files.writeString(file, "#S3 credentials of the embedded S3 server\naccess-key=motcua-abc\nsecret-key=s3cr3t\n");
        return file;
    }

    private static Args args(String... argv) {
        return Args.parse(List.of(argv));
    }

    @Test
    void settingsComeFromFlagsWithTheIssuesDefaults() throws Exception {
        DossierFilesExperiment.Settings s = DossierFilesExperiment.Settings.of(args("--token", "jwt",
                "--s3-credentials", credentials().toString(), "--base-url", "http://127.0.0.1:28082/",
                "--s3-endpoint", "http://127.0.0.1:29000"));
        assertThat(s.fileSize()).isEqualTo(5 * 1024 * 1024);
        assertThat(s.concurrency()).isEqualTo(8);
        assertThat(s.files()).isEqualTo(160);
        assertThat(s.metrics()).hasToString("http://127.0.0.1:28082/q/metrics");
        assertThat(s.s3().accessKey()).isEqualTo("motcua-abc");
        assertThat(s.s3().secretKey()).isEqualTo("s3cr3t");
        assertThat(s.s3().bucket()).as("never the service's bucket").isEqualTo("motcua-benchmark");
        // 200 MiB a dossier at 5 MiB a file: 40 fit, one kept free for uploads racing the limit check
        assertThat(s.filesPerDossier()).isEqualTo(39);
        assertThat(s.dossiers()).as("176 uploads, 39 a dossier").isEqualTo(5);

        Path secret = dir.resolve("secret");
        Files.writeString(secret, "other-secret\n");
        DossierFilesExperiment.Settings keys = DossierFilesExperiment.Settings.of(args("--token", "jwt",
                "--s3-access-key", "k", "--s3-secret-key-file", secret.toString(), "--file-size", "64KiB",
                "--files", "10", "--warmup-files", "0", "--files-per-dossier", "4"));
        assertThat(keys.s3().secretKey()).isEqualTo("other-secret");
        assertThat(keys.fileSize()).isEqualTo(65536);
        assertThat(keys.dossiers()).isEqualTo(3);
    }

    @Test
    void badFlagsAreRefusedBeforeAnythingIsSent() throws Exception {
        String creds = credentials().toString();
        assertThatThrownBy(() -> DossierFilesExperiment.Settings.of(args("--s3-credentials", creds)))
                .isInstanceOf(Args.UsageException.class).hasMessageContaining("--token");
        assertThatThrownBy(() -> DossierFilesExperiment.Settings.of(args("--token", "t")))
                .isInstanceOf(Args.UsageException.class).hasMessageContaining("--s3-credentials");
        Path empty = dir.resolve("empty.properties");
        Files.writeString(empty, "access-key=x\n");
        assertThatThrownBy(() -> DossierFilesExperiment.Settings.of(args("--token", "t", "--s3-credentials",
                empty.toString()))).isInstanceOf(Args.UsageException.class).hasMessageContaining("secret-key");
        assertThatThrownBy(() -> DossierFilesExperiment.Settings.of(args("--token", "t", "--s3-credentials", creds,
                "--file-size", "12 apples"))).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> DossierFilesExperiment.Settings.of(args("--token", "t", "--s3-credentials", creds,
                "--file-size", "100"))).isInstanceOf(Args.UsageException.class).hasMessageContaining("1 KiB");
        assertThatThrownBy(() -> DossierFilesExperiment.Settings.of(args("--token", "t", "--s3-credentials", creds,
                "--s3-endpoint", "http://10.1.2.3:9000"))).isInstanceOf(LoopbackGuard.RefusedTarget.class);
        assertThatThrownBy(() -> DossierFilesExperiment.Settings.of(args("--token", "t", "--s3-credentials", creds,
                "--base-url", "http://192.168.1.5:8082"))).isInstanceOf(LoopbackGuard.RefusedTarget.class);

        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"dossier-files", "--token", "t", "--s3-credentials", creds, "--bogus", "1"},
                ps, ps)).isEqualTo(2);
        assertThat(Main.run(new String[] {"dossier-files", "--help"}, ps, ps)).isZero();
        assertThat(sink.toString(StandardCharsets.UTF_8)).contains("--s3-credentials", "--files-per-dossier");
    }

    @Test
    void sizesReadInBinaryOrDecimalUnits() {
        assertThat(DossierFilesExperiment.sizeOf("f", "5242880")).isEqualTo(5_242_880);
        assertThat(DossierFilesExperiment.sizeOf("f", "5MiB")).isEqualTo(5_242_880);
        assertThat(DossierFilesExperiment.sizeOf("f", "5 MB")).isEqualTo(5_000_000);
        assertThat(DossierFilesExperiment.sizeOf("f", "1.5kib")).isEqualTo(1536);
        assertThat(DossierFilesExperiment.sizeOf("f", "1GiB")).isEqualTo(1L << 30);
        assertThatThrownBy(() -> DossierFilesExperiment.sizeOf("f", "2GiB")).isInstanceOf(Args.UsageException.class);
        assertThatThrownBy(() -> DossierFilesExperiment.sizeOf("f", "-1")).isInstanceOf(Args.UsageException.class);
    }

    @Test
    void theBodyIsAPdfByItsHeadAndTheSameForTheSameSeed() {
        byte[] body = DossierFilesExperiment.pdfBody(4096, 15);
        assertThat(new String(body, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(body).hasSize(4096).isEqualTo(DossierFilesExperiment.pdfBody(4096, 15))
                .isNotEqualTo(DossierFilesExperiment.pdfBody(4096, 16));
    }

    @Test
    void dossiersAreEnoughForEveryUploadAndNoMore() {
        assertThat(DossierFilesExperiment.dossiersFor(176, 39)).isEqualTo(5);
        assertThat(DossierFilesExperiment.dossiersFor(39, 39)).isEqualTo(1);
        assertThat(DossierFilesExperiment.dossiersFor(40, 39)).isEqualTo(2);
        assertThat(DossierFilesExperiment.defaultFilesPerDossier(150 * 1024 * 1024)).isEqualTo(1);
        assertThat(DossierFilesExperiment.defaultFilesPerDossier(1024 * 1024)).isEqualTo(199);
    }

    @Test
    void throughputIsTheSuccessfulBytesOverTheElapsedTimeAndTheRatioIsServiceOverDirect() {
        Report service = phase(4.0, 40, 8);
        Report direct = phase(2.0, 40, 0);
        int mib = 1024 * 1024;
        assertThat(DossierFilesExperiment.mibPerSecond(service, 5 * mib)).isEqualTo(40.0); // 32 ok × 5 MiB / 4 s
        assertThat(DossierFilesExperiment.mibPerSecond(direct, 5 * mib)).isEqualTo(100.0);
        DossierFilesExperiment.Comparison c = new DossierFilesExperiment.Comparison(5 * mib, service, direct, direct,
                direct, new HeapMonitor.Peak(0, 0, 0, -1, -1, 0, 0));
        assertThat(c.uploadRatio()).isEqualTo(0.4);
        assertThat(c.downloadRatio()).isEqualTo(1.0);
        assertThat(DossierFilesExperiment.ratio(1, 0)).isNaN();
    }

    @Test
    void theReportPrintsBothSidesTheRatiosAndTheHeap() {
        Report up = phase(4.0, 40, 0);
        Report put = phase(2.0, 40, 0);
        DossierFilesExperiment.Comparison c = new DossierFilesExperiment.Comparison(5 * 1024 * 1024, up, put, put, put,
                new HeapMonitor.Peak(150L << 20, 60L << 20, 256L << 20, 48L << 20, 41L << 20, 42, 1));
        Report summary = new Report("motcua-benchmark", "dossier-files", "t", "now", 8, null, null, 80L, 0, 6, 80, 80,
                0, 13.3, 13.3, put.latencyMs(), Map.of(), Map.of(), 0,
                new java.util.LinkedHashMap<>(Map.of("comparison", c, "warmupFilesPerPhase", 16)), null);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        new DossierFilesExperiment().print(summary, new PrintStream(sink, true, StandardCharsets.UTF_8));
        String printed = sink.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("upload MiB/s           50.000        100.000      0.500")
                .contains("upload 0.500 (NOT met), download 1.000 (met)")
                .contains("peak 150.0 MiB in use (garbage included) of 256.0 MiB max heap (-Xmx); 60.0 MiB at the start;"
                        + " 42 samples, 1 unanswered")
                .contains("kept after a full GC: 41.0 MiB at the start, at most 48.0 MiB");
    }

    /** A phase of {@code requests} requests over {@code seconds}, {@code errors} of them failed. */
    private static Report phase(double seconds, long requests, long errors) {
        Report.Latency l = new Report.Latency(1, 2, 0, 2, 3, 4, 5, 6, 7);
        return new Report("motcua-benchmark", "p", "t", "now", 8, null, null, requests, 0, seconds, requests,
                requests - errors, errors, requests / seconds, (requests - errors) / seconds, l, Map.of(), Map.of(), 0,
                new java.util.LinkedHashMap<>(), null);
    }
}
