package vn.motcua.dossier.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.dossier.Intakes.birth;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.Intakes.post;
import static vn.motcua.dossier.Intakes.with;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.calendar.WorkingCalendar;

@QuarkusTest
class ReceiptNumberingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 16;
    private static final int PER_THREAD = 5;

    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/api/v1/dossiers")
    URI intake;

    @Test
    void concurrentIntakeOverSeparateConnectionsNumbersUniquelyAndWithoutGaps() throws Exception {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        byte[] body = JSON.writeValueAsBytes(birth(unit));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<String>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(() -> {
                // one client per thread: its own HTTP/1.1 connection
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                start.await();
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(intake)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    codes.add(JSON.readTree(response.body()).get("receiptCode").asText());
                }
                return codes;
            });
        }
        List<Future<List<String>>> futures = new ArrayList<>();
        workers.forEach(w -> futures.add(pool.submit(w)));
        start.countDown();
        List<String> codes = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            codes.addAll(f.get());
        }
        pool.shutdown();

        String day = OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE).format(DateTimeFormatter.ofPattern("yyMMdd"));
        List<String> expected = IntStream.rangeClosed(1, THREADS * PER_THREAD)
                .mapToObj(n -> String.format("%s-%s-%04d", unit, day, n)).toList();
        Collections.sort(codes);
        assertThat(codes).containsExactlyElementsOf(expected);
        assertThat(Intakes.count(db, "select count(distinct receipt_code) from dossier where unit_code = ?", unit))
                .isEqualTo(THREADS * PER_THREAD);
        assertThat(Intakes.count(db, "select last from receipt_counter where unit_code = ?", unit))
                .isEqualTo(THREADS * PER_THREAD);
        assertThat(Intakes.rowsOf(db, unit)).containsEntry("outbox_event", (long) THREADS * PER_THREAD);
    }

    @Test
    void anIntakeThatFailsAfterNumberingGivesItsNumberBack() {
        String unit = CatalogStub.freshCommune();
        String failing = "simulated failure after numbering " + unit;
        // a failure inside the intake transaction, after the number was taken: the dossier insert is refused
        Intakes.execute(db, """
                create or replace function test_fail_intake() returns trigger language plpgsql as $$
                begin
                  if new.note like 'simulated failure after numbering%' then
                    raise exception 'simulated failure';
                  end if;
                  return new;
                end $$""");
        Intakes.execute(db, "create trigger test_fail_intake before insert on dossier for each row "
                + "execute function test_fail_intake()");
        try {
            String day = OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE).format(DateTimeFormatter.ofPattern("yyMMdd"));
            post(officer(unit), birth(unit)).then().statusCode(201).body("receiptCode", equalTo(unit + "-" + day + "-0001"));
            post(officer(unit), with(birth(unit), "note", failing)).then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://motcua.vn/problems/internal"));
            post(officer(unit), birth(unit)).then().statusCode(201).body("receiptCode", equalTo(unit + "-" + day + "-0002"));
        } finally {
            Intakes.execute(db, "drop trigger test_fail_intake on dossier");
            Intakes.execute(db, "drop function test_fail_intake()");
        }
        assertThat(Intakes.rowsOf(db, unit)).containsEntry("dossier", 2L).containsEntry("outbox_event", 2L);
        assertThat(Intakes.count(db, "select count(*) from dossier where note = ?", failing)).isZero();
        assertThat(Intakes.count(db, "select last from receipt_counter where unit_code = ?", unit)).isEqualTo(2L);
    }
}
