package vn.motcua.dossier.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class DueDateResourceTest {

    private static final String PATH = "/api/v1/calendar/due-date";

    @Test
    void fiveWorkingDaysFromTheFridayBeforeTet2025() {
        given().queryParam("receivedAt", "2025-01-24T10:30:00+07:00").queryParam("workingDays", 5)
                .when().get(PATH)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("receivedAt", equalTo("2025-01-24T10:30:00+07:00"))
                .body("workingDays", equalTo(5))
                .body("dueDate", equalTo("2025-02-07"))
                .body("dueAt", equalTo("2025-02-07T17:00:00+07:00"));
    }

    @Test
    void theIntakeDayIsTheDateInVietnamWhateverTheOffset() {
        // 18:00 UTC on Friday 14 Mar 2025 is Saturday 15 Mar 01:00 in Vietnam: day 1 is Monday 17, day 2 Tuesday 18
        given().queryParam("receivedAt", "2025-03-14T18:00:00Z").queryParam("workingDays", 2)
                .when().get(PATH)
                .then().statusCode(200)
                .body("receivedAt", equalTo("2025-03-14T18:00:00Z"))
                .body("dueDate", equalTo("2025-03-18"))
                .body("dueAt", equalTo("2025-03-18T17:00:00+07:00"));
        // 0 working days: due the intake day itself
        given().queryParam("receivedAt", "2025-03-14T09:00:00+07:00").queryParam("workingDays", 0)
                .when().get(PATH)
                .then().statusCode(200)
                .body("workingDays", equalTo(0))
                .body("dueDate", equalTo("2025-03-14"));
    }

    @Test
    void aSwappedWorkingSaturdayAndAnUnencodedPlus() {
        // 2025: Sat 26 Apr is a working day (swapped for Fri 2 May); a raw '+' in the query arrives as a space
        given().urlEncodingEnabled(false)
                .when().get(PATH + "?receivedAt=2025-04-24T10:00:00+07:00&workingDays=2")
                .then().statusCode(200)
                .body("receivedAt", equalTo("2025-04-24T10:00:00+07:00"))
                .body("dueDate", equalTo("2025-04-26"));
    }

    @Test
    void aChangedScheduleChangesTheDueDateAtOnce() {
        // 2037 is not set: Hùng Kings day on Friday 24 Apr 2037 (computed); from Thursday 23 Apr, day 1 is Mon 27
        given().queryParam("receivedAt", "2037-04-23T10:00:00+07:00").queryParam("workingDays", 1)
                .when().get(PATH)
                .then().statusCode(200).body("dueDate", equalTo("2037-04-27"));
        given().auth().oauth2(TestTokens.forRole("catalog-admin")).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(Map.of("date", "2037-04-24", "kind", "COMPENSATORY_DAY_OFF",
                        "name", "Nghỉ hoán đổi"), Map.of("date", "2037-04-25", "kind", "WORKING_DAY", "name", "Làm bù"))))
                .when().put("/api/v1/calendar/2037")
                .then().statusCode(200);
        given().queryParam("receivedAt", "2037-04-23T10:00:00+07:00").queryParam("workingDays", 1)
                .when().get(PATH)
                .then().statusCode(200).body("dueDate", equalTo("2037-04-25"));
    }

    @Test
    void missingParametersAreNamed() {
        given().when().get(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("https://motcua.vn/problems/validation"))
                .body("errors.field", containsInAnyOrder("receivedAt", "workingDays"));
    }

    @Test
    void malformedReceivedAtIsAFieldError() {
        for (String bad : List.of("yesterday", "2025-01-24", "2025-01-24T10:30:00", "2025-02-30T10:00:00+07:00",
                "1999-12-31T10:00:00+07:00", "2100-06-01T10:00:00+07:00", "-999999999-01-01T00:00:00+18:00",
                "+999999999-12-31T23:59:59-18:00", "9999-12-31T23:00:00-12:00")) {
            given().queryParam("receivedAt", bad).queryParam("workingDays", 5)
                    .when().get(PATH)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("receivedAt"));
        }
    }

    @Test
    void workingDaysOutOfRangeOrNotANumberIsAFieldError() {
        for (String bad : List.of("-1", "366", "five", "2.5", "99999999999")) {
            given().queryParam("receivedAt", "2025-01-24T10:30:00+07:00").queryParam("workingDays", bad)
                    .when().get(PATH)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("workingDays"))
                    .body("errors[0].message", equalTo("must be a whole number of working days from 0 to 365"));
        }
        given().queryParam("receivedAt", "2025-01-24T10:30:00+07:00").queryParam("workingDays", 365)
                .when().get(PATH)
                .then().statusCode(200).body("workingDays", equalTo(365));
    }

    @Test
    void isDocumentedInOpenApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/calendar/due-date'.get.summary", equalTo("Compute a due date"))
                .body("paths.'/api/v1/calendar/due-date'.get.parameters.name",
                        containsInAnyOrder("receivedAt", "workingDays"))
                .body("components.schemas.DueDate.properties.dueAt.examples[0]", equalTo("2025-02-07T17:00:00+07:00"))
                .body("paths.'/api/v1/calendar/{year}'.get.summary", equalTo("A year's calendar"));
    }
}
