package vn.motcua.dossier.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class CalendarResourceTest {

    private static final String ADMIN = TestTokens.forRole("catalog-admin");

    private static Map<String, Object> day(String date, String kind, String name) {
        return Map.of("date", date, "kind", kind, "name", name);
    }

    @Test
    void adminSetsAYearThatAnyoneCanRead() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(
                        day("2032-09-02", "HOLIDAY", "Quốc khánh"),
                        day("2032-09-03", "HOLIDAY", "Quốc khánh (ngày liền kề)"),
                        day("2032-04-29", "COMPENSATORY_DAY_OFF", "Nghỉ hoán đổi"),
                        day("2032-05-08", "WORKING_DAY", "Làm bù thứ Bảy"))))
                .when().put("/api/v1/calendar/2032")
                .then().statusCode(200)
                .body("year", equalTo(2032))
                .body("official", equalTo(true))
                .body("days.date", contains("2032-04-29", "2032-05-08", "2032-09-02", "2032-09-03"));

        // replaced as a whole
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2032-09-02", "HOLIDAY", "Quốc khánh"))))
                .put("/api/v1/calendar/2032").then().statusCode(200);
        given().when().get("/api/v1/calendar/2032")
                .then().statusCode(200)
                .body("official", equalTo(true))
                .body("days.date", contains("2032-09-02"))
                .body("days[0].kind", equalTo("HOLIDAY"))
                .body("days[0].name", equalTo("Quốc khánh"));
    }

    @Test
    void aYearNotSetIsNotOfficialAndShowsTheComputedDefault() {
        // Tết 2031 is on Thursday 23 Jan: 22 Jan (last day of the lunar year) to 26 Jan, with 25–26 Jan on the
        // weekend → Mon 27 and Tue 28 Jan off in compensation. Hùng Kings day is Tuesday 1 Apr; 2 Sep is a
        // Tuesday, so the adjacent day is Monday 1 Sep.
        given().when().get("/api/v1/calendar/2031")
                .then().statusCode(200)
                .body("year", equalTo(2031))
                .body("official", equalTo(false))
                .body("days.date", contains("2031-01-01", "2031-01-22", "2031-01-23", "2031-01-24", "2031-01-25",
                        "2031-01-26", "2031-01-27", "2031-01-28", "2031-04-01", "2031-04-30", "2031-05-01",
                        "2031-09-01", "2031-09-02"))
                .body("days.kind", contains("HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY",
                        "COMPENSATORY_DAY_OFF", "COMPENSATORY_DAY_OFF", "HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY",
                        "HOLIDAY"))
                .body("days[0].name", equalTo("Tết Dương lịch"))
                .body("days[8].name", equalTo("Giỗ Tổ Hùng Vương (10/3 Âm lịch)"));
    }

    @Test
    void theSeededYearsAreTheGovernmentsOfficialSchedules() {
        given().when().get("/api/v1/calendar/2025")
                .then().statusCode(200)
                .body("year", equalTo(2025))
                .body("official", equalTo(true))
                .body("days.date", contains("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30",
                        "2025-01-31", "2025-04-07", "2025-04-26", "2025-04-30", "2025-05-01", "2025-05-02",
                        "2025-09-01", "2025-09-02"))
                .body("days.find { it.date == '2025-04-26' }.kind", equalTo("WORKING_DAY"))
                .body("days.find { it.date == '2025-05-02' }.kind", equalTo("COMPENSATORY_DAY_OFF"));
        given().when().get("/api/v1/calendar/2024")
                .then().statusCode(200)
                .body("official", equalTo(true))
                .body("days.findAll { it.kind == 'COMPENSATORY_DAY_OFF' }.date",
                        contains("2024-02-13", "2024-02-14", "2024-04-29"))
                .body("days.findAll { it.kind == 'WORKING_DAY' }.date", contains("2024-05-04"));
        given().when().get("/api/v1/calendar/2026")
                .then().statusCode(200)
                .body("official", equalTo(true))
                .body("days.findAll { it.kind == 'HOLIDAY' }.date", contains("2026-01-01", "2026-02-16",
                        "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-26", "2026-04-30",
                        "2026-05-01", "2026-09-01", "2026-09-02"))
                .body("days.findAll { it.kind == 'WORKING_DAY' }.date", contains("2026-01-10", "2026-08-22"))
                .body("days.findAll { it.kind == 'COMPENSATORY_DAY_OFF' }.date",
                        contains("2026-01-02", "2026-04-27", "2026-08-31"));
    }

    @Test
    void theSchedulesOf2019To2023AreSeededWithTheDaysTheDesksWereClosed() {
        for (int year = 2019; year <= 2023; year++) {
            given().when().get("/api/v1/calendar/" + year)
                    .then().statusCode(200)
                    .body("year", equalTo(year))
                    .body("official", equalTo(true));
        }
        // 2019: Tết Mon 4 – Fri 8 Feb; the 31 Dec 2018 and 29 Apr swaps worked back on Saturdays 5 Jan and 4 May;
        // Quốc khánh was one day under the Labour Code 2012 (the computed default would also close Tue 3 Sep)
        given().get("/api/v1/calendar/2019").then()
                .body("days.find { it.date == '2019-02-06' }.kind", equalTo("HOLIDAY"))
                .body("days.findAll { it.kind == 'WORKING_DAY' }.date", contains("2019-01-05", "2019-05-04"))
                .body("days.findAll { it.date.startsWith('2019-09') }.date", contains("2019-09-02"));
        assertThat(nextWorkingDayAfter("2019-02-01")).isEqualTo("2019-02-11");
        assertThat(nextWorkingDayAfter("2019-01-04")).isEqualTo("2019-01-05");
        assertThat(nextWorkingDayAfter("2019-05-03")).isEqualTo("2019-05-04");
        assertThat(nextWorkingDayAfter("2019-08-30")).isEqualTo("2019-09-03");

        // 2020: off Thu 23 – Wed 29 Jan (computed: 24 – Thu 30 Jan); Quốc khánh Wed 2 Sep only
        given().get("/api/v1/calendar/2020").then()
                .body("days.findAll { it.date.startsWith('2020-01') }.date", contains("2020-01-01", "2020-01-23",
                        "2020-01-24", "2020-01-25", "2020-01-26", "2020-01-27", "2020-01-28", "2020-01-29"))
                .body("days.findAll { it.kind == 'WORKING_DAY' }", empty());
        assertThat(nextWorkingDayAfter("2020-01-22")).isEqualTo("2020-01-30");
        assertThat(nextWorkingDayAfter("2020-08-31")).isEqualTo("2020-09-01");
        assertThat(nextWorkingDayAfter("2020-09-01")).isEqualTo("2020-09-03");

        // 2021: off Wed 10 – Tue 16 Feb (computed: 11 – Wed 17 Feb); Quốc khánh Thu 2 and Fri 3 Sep
        given().get("/api/v1/calendar/2021").then()
                .body("days.find { it.date == '2021-02-10' }.kind", equalTo("HOLIDAY"))
                .body("days.find { it.date == '2021-02-16' }.kind", equalTo("COMPENSATORY_DAY_OFF"));
        assertThat(nextWorkingDayAfter("2021-02-09")).isEqualTo("2021-02-17");
        assertThat(nextWorkingDayAfter("2021-09-01")).isEqualTo("2021-09-06");

        // 2022: Tết Mon 31 Jan – Fri 4 Feb; Quốc khánh Thu 1 and Fri 2 Sep
        assertThat(nextWorkingDayAfter("2022-01-28")).isEqualTo("2022-02-07");
        assertThat(nextWorkingDayAfter("2022-08-31")).isEqualTo("2022-09-05");

        // 2023: off Fri 20 – Thu 26 Jan, not the computed 21–27: the desks reopened on Friday 27 January
        given().get("/api/v1/calendar/2023").then()
                .body("days.findAll { it.date.startsWith('2023-01') }.date", contains("2023-01-01", "2023-01-02",
                        "2023-01-20", "2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24", "2023-01-25",
                        "2023-01-26"))
                .body("days.find { it.date == '2023-01-20' }.name", equalTo("Tết Nguyên đán (29 tháng Chạp)"));
        assertThat(nextWorkingDayAfter("2023-01-19")).isEqualTo("2023-01-27");
        // Quốc khánh Fri 1 and Sat 2 Sep, with Mon 4 Sep off in compensation
        assertThat(nextWorkingDayAfter("2023-08-31")).isEqualTo("2023-09-05");
    }

    /** The due date of a 1-working-day procedure received that day: the next day the desks were open. */
    private static String nextWorkingDayAfter(String date) {
        return given().queryParam("receivedAt", date + "T10:00:00+07:00").queryParam("workingDays", 1)
                .when().get("/api/v1/calendar/due-date")
                .then().statusCode(200).extract().path("dueDate");
    }

    @Test
    void inconsistentScheduleIsRejectedWithItsFieldsAndChangesNothing() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2033-01-01", "HOLIDAY", "Tết Dương lịch"))))
                .put("/api/v1/calendar/2033").then().statusCode(200);

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(
                        day("2032-12-31", "HOLIDAY", "wrong year"),
                        day("2033-01-06", "WORKING_DAY", "a Thursday"))))
                .when().put("/api/v1/calendar/2033")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("days[0].date", "days[1].kind"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(Map.of("date", "2033-02-30", "kind", "HOLIDAY", "name", "x"))))
                .when().put("/api/v1/calendar/2033")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("days[0].date"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(Map.of("date", "2033-05-01", "kind", "FEAST", "name", " "))))
                .when().put("/api/v1/calendar/2033")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("days[0].kind"));

        given().get("/api/v1/calendar/2033").then().body("days.date", contains("2033-01-01"));
    }

    @Test
    void concurrentReplacementsOfOneYearAreAppliedOneAfterTheOther() throws Exception {
        int admins = 8;
        for (int round = 0; round < 2; round++) { // round 0 creates the official year, round 1 replaces it
            List<List<Map<String, Object>>> submitted = new ArrayList<>();
            for (int i = 0; i < admins; i++) {
                submitted.add(List.of(day("2044-09-02", "HOLIDAY", "Quốc khánh " + round + "." + i),
                        day(LocalDate.of(2044, 1 + i, 10 + round).toString(), "HOLIDAY", "Nghỉ " + round + "." + i)));
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(admins);
            List<Future<Response>> answers = new ArrayList<>();
            try {
                for (List<Map<String, Object>> days : submitted) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                                .body(Map.of("days", days)).put("/api/v1/calendar/2044");
                    }));
                }
                go.countDown();
                for (int i = 0; i < admins; i++) {
                    Response answer = answers.get(i).get(60, TimeUnit.SECONDS);
                    // no optimistic-lock failure: each is applied in turn and answers the schedule it set
                    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
                    assertThat(answer.jsonPath().getList("days", Map.class))
                            .containsExactlyInAnyOrderElementsOf(submitted.get(i));
                }
            } finally {
                pool.shutdownNow();
            }
            List<Map> stored = given().get("/api/v1/calendar/2044").then().statusCode(200)
                    .body("official", equalTo(true)).extract().jsonPath().getList("days", Map.class);
            assertThat(submitted).as("the last one applied, whole").anySatisfy(days ->
                    assertThat(stored).containsExactlyInAnyOrderElementsOf(days));
        }
    }

    @Test
    void yearOutOfRangeIsAFieldError() {
        given().when().get("/api/v1/calendar/1999")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void settingNeedsTheCatalogAdminRole() {
        var body = Map.of("days", List.of(day("2027-01-01", "HOLIDAY", "Tết Dương lịch")));
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/2027")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("officer", "000.00.20.H26")).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/2027")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().get("/api/v1/calendar/2027").then().body("official", equalTo(false));
    }
}
