package vn.motcua.survey.questionnaire;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class QuestionnaireResourceTest {

    private static final String ADMIN = TestTokens.forRole("admin");

    @Test
    void firstVersionHasTheFiveSipasGroupsAndTheScale() {
        given().when().get("/api/v1/questionnaires/1")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("groups.code", contains("ACCESS", "PROCEDURE", "CIVIL_SERVANTS", "RESULT", "FEEDBACK"))
                .body("groups.find { it.code == 'CIVIL_SERVANTS' }.name.vi",
                        equalTo("Công chức trực tiếp giải quyết công việc"))
                .body("groups.find { it.code == 'RESULT' }.questions.required", everyItem(equalTo(true)))
                .body("groups.find { it.code == 'FEEDBACK' }.questions.required", everyItem(equalTo(false)))
                .body("groups.questions.flatten()", hasSize(18))
                .body("scale.value", contains(1, 2, 3, 4, 5))
                .body("scale[4].label.vi", equalTo("Rất hài lòng"))
                .body("scale[0].label.en", equalTo("Very dissatisfied"));
    }

    @Test
    void adminPublishesANewVersionThatBecomesCurrent() {
        int before = given().get("/api/v1/questionnaires/current").then().statusCode(200)
                .extract().path("version");
        int published = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(definition("RESULT_1", "RESULT_2"))
                .when().post("/api/v1/questionnaires")
                .then().statusCode(201)
                .body("groups[0].questions.code", contains("RESULT_1", "RESULT_2"))
                .extract().path("version");
        org.assertj.core.api.Assertions.assertThat(published).isEqualTo(before + 1);
        given().get("/api/v1/questionnaires/current").then().body("version", equalTo(published));
        given().get("/api/v1/questionnaires/1").then().statusCode(200).body("groups", hasSize(5));
    }

    @Test
    void inconsistentQuestionnaireIsRejectedAndNothingIsPublished() {
        int before = given().get("/api/v1/questionnaires/current").then().extract().path("version");
        Map<String, Object> duplicate = definition("Q_1", "Q_1");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(duplicate)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("groups[0].questions[1].code"));

        Map<String, Object> shortScale = new java.util.HashMap<>(definition("Q_2"));
        shortScale.put("scale", scale().subList(0, 4));
        shortScale.put("title", Map.of("vi", "Khảo sát", "en", " "));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(shortScale)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("scale", "title.en"));

        given().get("/api/v1/questionnaires/current").then().body("version", equalTo(before));
    }

    @Test
    void unknownVersionIsNotFound() {
        given().when().get("/api/v1/questionnaires/9999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no questionnaire version 9999"));
    }

    @Test
    void publishingNeedsTheAdminRole() {
        given().contentType(ContentType.JSON).body(definition("X_1"))
                .when().post("/api/v1/questionnaires")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("analyst")).contentType(ContentType.JSON).body(definition("X_1"))
                .when().post("/api/v1/questionnaires")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().get("/api/v1/questionnaires/current").then().body("version", greaterThan(0));
    }

    private static List<Map<String, Object>> scale() {
        List<Map<String, Object>> scale = new ArrayList<>();
        for (int v = 5; v >= 1; v--) {
            scale.add(Map.of("value", v, "label", Map.of("vi", "Mức " + v, "en", "Level " + v)));
        }
        return scale;
    }

    private static Map<String, Object> definition(String... questionCodes) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (String code : questionCodes) {
            questions.add(Map.of("code", code, "required", true,
                    "text", Map.of("vi", "Câu hỏi " + code, "en", "Question " + code)));
        }
        return Map.of(
                "title", Map.of("vi", "Khảo sát", "en", "Survey"),
                "scale", scale(),
                "groups", List.of(Map.of("code", "RESULT", "name", Map.of("vi", "Kết quả", "en", "Result"),
                        "questions", questions)));
    }
}
