package vn.motcua.dossier.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
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
                        day("2024-09-02", "HOLIDAY", "Quốc khánh"),
                        day("2024-09-03", "HOLIDAY", "Quốc khánh (ngày liền kề)"),
                        day("2024-04-29", "COMPENSATORY_DAY_OFF", "Nghỉ hoán đổi"),
                        day("2024-05-04", "WORKING_DAY", "Làm bù thứ Bảy"))))
                .when().put("/api/v1/calendar/2024")
                .then().statusCode(200)
                .body("year", equalTo(2024))
                .body("official", equalTo(true))
                .body("days.date", contains("2024-04-29", "2024-05-04", "2024-09-02", "2024-09-03"));

        // replaced as a whole
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2024-09-02", "HOLIDAY", "Quốc khánh"))))
                .put("/api/v1/calendar/2024").then().statusCode(200);
        given().when().get("/api/v1/calendar/2024")
                .then().statusCode(200)
                .body("official", equalTo(true))
                .body("days.date", contains("2024-09-02"))
                .body("days[0].kind", equalTo("HOLIDAY"))
                .body("days[0].name", equalTo("Quốc khánh"));
    }

    @Test
    void aYearNotSetIsNotOfficial() {
        given().when().get("/api/v1/calendar/2031")
                .then().statusCode(200)
                .body("year", equalTo(2031))
                .body("official", equalTo(false))
                .body("days", empty());
    }

    @Test
    void inconsistentScheduleIsRejectedWithItsFieldsAndChangesNothing() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2025-01-01", "HOLIDAY", "Tết Dương lịch"))))
                .put("/api/v1/calendar/2025").then().statusCode(200);

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(
                        day("2024-12-31", "HOLIDAY", "wrong year"),
                        day("2025-01-06", "WORKING_DAY", "a Monday"))))
                .when().put("/api/v1/calendar/2025")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("days[0].date", "days[1].kind"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(Map.of("date", "2025-02-30", "kind", "HOLIDAY", "name", "x"))))
                .when().put("/api/v1/calendar/2025")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("days[0].date"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(Map.of("date", "2025-05-01", "kind", "FEAST", "name", " "))))
                .when().put("/api/v1/calendar/2025")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("days[0].kind"));

        given().get("/api/v1/calendar/2025").then().body("days.date", contains("2025-01-01"));
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
