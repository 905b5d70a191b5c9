package vn.motcua.catalog.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.catalog.TestCatalog.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TestCatalog;

/**
 * If-Match on every catalog update (fields, procedures, units), read by {@link vn.motcua.problem.IfMatch}: strong
 * comparison, {@code *} proceeds on an existing record, lists, missing (428), malformed (400); and concurrent
 * updates, which are applied one after the other (the row is locked), never a 5xx. Fields FP2…, procedures
 * 2.7001xx, units *.P31.
 */
@QuarkusTest
class IfMatchTest {

    /** One kind of update: its path, and a request body for a given name. */
    record Update(String path, Function<String, Object> body) {
        Response send(String ifMatch, String name) {
            RequestSpecification request = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(body.apply(name));
            return (ifMatch == null ? request : request.header("If-Match", ifMatch)).put(path);
        }
    }

    private static List<Update> updates() {
        TestCatalog.field("FP2", "Lĩnh vực khóa lạc quan");
        TestCatalog.ensure(TestCatalog.procedure("2.700101", "Thủ tục khóa lạc quan", "FP2"));
        TestCatalog.ensureUnit(TestCatalog.unit("000.00.00.P31", "Tỉnh khóa lạc quan", "PROVINCE", null,
                "2008-08-01", null));
        return List.of(
                new Update("/api/v1/fields/FP2", name -> Map.of("name", name)),
                new Update("/api/v1/procedures/2.700101", name -> TestCatalog.procedure("2.700101", name, "FP2")),
                new Update("/api/v1/units/000.00.00.P31", name -> TestCatalog.unit("000.00.00.P31", name,
                        "PROVINCE", null, "2008-08-01", null)));
    }

    private static String name(String path) {
        return given().get(path).then().statusCode(200).extract().path("name");
    }

    @Test
    void everyUpdateComparesStronglyTakesListsAndStarAndNamesABadHeader() {
        for (Update update : updates()) {
            String tag = TestCatalog.etag(update.path());
            String before = name(update.path());
            String version = tag.substring(1, tag.length() - 1);

            update.send(null, "Không có If-Match").then().statusCode(428).contentType("application/problem+json")
                    .body("header", equalTo("If-Match"));
            // a weak tag never matches (RFC 9110 §13.1.1), even with the current version
            update.send("W/" + tag, "Thẻ yếu").then().statusCode(412).contentType("application/problem+json")
                    .header("ETag", tag);
            update.send("\"999\", W/" + tag, "Danh sách không khớp").then().statusCode(412).header("ETag", tag);
            for (String malformed : List.of(version, "\"" + version, "*, " + tag, tag + " " + tag, ",")) {
                update.send(malformed, "Thẻ hỏng").then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem("If-Match"));
            }
            assertThat(TestCatalog.etag(update.path())).as(update.path()).isEqualTo(tag);
            assertThat(name(update.path())).isEqualTo(before);

            // a list matches when one of its strong tags does
            String listed = update.send("W/\"999\", \"998\", " + tag, "Tên theo danh sách").then().statusCode(200)
                    .extract().header("ETag");
            assertThat(listed).isNotEqualTo(tag);
            update.send(tag, "Tên cũ").then().statusCode(412).header("ETag", listed);
            // "*": the record exists, so the update proceeds whatever its version
            update.send("*", "Tên theo sao").then().statusCode(200).body("name", equalTo("Tên theo sao"));
            assertThat(name(update.path())).isEqualTo("Tên theo sao");
        }
        // "*" does not make an unknown record exist
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "X")).header("If-Match", "*")
                .put("/api/v1/fields/FP9").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void concurrentUpdatesAreAppliedOneAfterTheOther() throws Exception {
        int admins = 8;
        for (Update update : updates()) {
            // with the same ETag: exactly one wins, the others are told the record changed
            String tag = TestCatalog.etag(update.path());
            List<Response> sameTag = concurrently(admins, i -> update.send(tag, "Cùng thẻ " + i));
            assertThat(sameTag).filteredOn(r -> r.statusCode() == 200).hasSize(1);
            assertThat(sameTag).filteredOn(r -> r.statusCode() == 412).hasSize(admins - 1)
                    .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
            String winner = sameTag.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().jsonPath()
                    .getString("name");
            assertThat(name(update.path())).isEqualTo(winner);

            // with "*": every update is applied in turn, each on the previous one's result
            String before = TestCatalog.etag(update.path());
            List<Response> star = concurrently(admins, i -> update.send("*", "Sao " + i));
            assertThat(star).as(update.path()).allSatisfy(r -> assertThat(r.statusCode()).as(r.asString())
                    .isEqualTo(200));
            List<Integer> versions = star.stream().map(r -> Integer.parseInt(r.header("ETag").replace("\"", "")))
                    .sorted().toList();
            int first = Integer.parseInt(before.replace("\"", "")) + 1;
            assertThat(versions).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(first, first + admins).boxed().toList());
            Response last = star.stream().filter(r -> r.header("ETag").equals("\"" + (first + admins - 1) + "\""))
                    .findFirst().orElseThrow();
            assertThat(name(update.path())).isEqualTo(last.jsonPath().getString("name"));
        }
    }

    private static List<Response> concurrently(int n, Function<Integer, Response> call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.apply(index);
                }));
            }
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
