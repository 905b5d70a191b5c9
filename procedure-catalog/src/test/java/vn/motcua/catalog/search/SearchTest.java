package vn.motcua.catalog.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.catalog.TestCatalog;

/** Procedures 2.2xxxxx in fields SHT (Hộ tịch), SXD, SDD, SPG, SCA; units 000.xx.22.T01. */
@QuarkusTest
class SearchTest {

    @BeforeEach
    void catalog() {
        TestCatalog.field("SHT", "Hộ tịch");
        TestCatalog.field("SXD", "Xây dựng");
        TestCatalog.field("SDD", "Đất đai");
        TestCatalog.field("SPG", "Phân trang");
        TestCatalog.ensure(TestCatalog.procedure("2.200001", "Đăng ký khai sinh", "SHT"));
        TestCatalog.ensure(TestCatalog.procedure("2.200002", "Đăng ký khai sinh có yếu tố nước ngoài", "SHT"));
        TestCatalog.ensure(TestCatalog.procedure("2.200003", "Đăng ký kết hôn", "SHT"));

        Map<String, Object> building = TestCatalog.procedure("2.200004", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "SXD");
        building.put("levels", List.of("DISTRICT"));
        building.put("onlineLevel", "PARTIAL");
        building.put("essential", false);
        building.put("processingDays", Map.of("IN_PERSON", 15, "POSTAL", 15));
        TestCatalog.ensure(building);

        Map<String, Object> land = TestCatalog.procedure("2.200005", "Đăng ký biến động quyền sử dụng đất", "SDD");
        land.put("levels", List.of("DISTRICT", "COMMUNE"));
        land.put("onlineLevel", "NONE");
        land.put("essential", false);
        land.put("delegated", true);
        land.put("delegatedBy", "UBND cấp tỉnh");
        TestCatalog.ensure(land);

        Map<String, Object> old = TestCatalog.procedure("2.200006", "Đăng ký khai sinh lưu động", "SHT");
        old.put("effectiveFrom", "2015-01-01");
        old.put("effectiveTo", "2024-12-31");
        old.put("status", "RETIRED");
        TestCatalog.ensure(old);

        Map<String, Object> future = TestCatalog.procedure("2.200007", "Đăng ký khai sinh điện tử", "SHT");
        future.put("effectiveFrom", "2099-01-01");
        TestCatalog.ensure(future);

        for (int i = 1; i <= 5; i++) {
            TestCatalog.ensure(TestCatalog.procedure("2.20010" + i, "Thủ tục phân trang số " + i, "SPG"));
        }

        TestCatalog.ensureUnit(TestCatalog.unit("000.00.22.T01", "UBND huyện Thử", "DISTRICT", null, "2008-08-01", null));
        TestCatalog.ensureUnit(TestCatalog.unit("000.01.22.T01", "UBND xã Thử", "COMMUNE", "000.00.22.T01",
                "2008-08-01", null));
        TestCatalog.ensureUnit(TestCatalog.unit("000.02.22.T01", "Phòng Tư pháp huyện Thử", "AGENCY", "000.00.22.T01",
                "2008-08-01", null));
        TestCatalog.ensureUnit(TestCatalog.unit("000.03.22.T01", "UBND xã Đã sáp nhập", "COMMUNE", "000.00.22.T01",
                "2008-08-01", "2019-12-31"));
    }

    private static List<String> codes(Map<String, ?> params) {
        return given().queryParams(params).get("/api/v1/procedures").then().statusCode(200)
                .extract().jsonPath().getList("items.code", String.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ho tich", "HỘ TỊCH", "khai sinh", "Đăng ký khai sinh", "ĐĂNG KÝ KHAI SINH", "dang ky"})
    void findsByNameOrFieldIgnoringCaseAndDiacritics(String q) {
        given().queryParam("q", q).queryParam("size", 100)
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items.code", hasItem("2.200001"))
                .body("items.find { it.code == '2.200001' }.name", equalTo("Đăng ký khai sinh"))
                .body("items.find { it.code == '2.200001' }.field.name", equalTo("Hộ tịch"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"khai sihn", "dang ki khai sinh", "khai snh", "ho tihc"})
    void toleratesSmallTypos(String q) {
        assertThat(codes(Map.of("q", q, "size", 100))).contains("2.200001");
    }

    @Test
    void theLastWordMayBeUnfinishedAndPunctuationDoesNotMatter() {
        assertThat(codes(Map.of("q", "đăng ký khai si", "field", "SHT"))).contains("2.200001", "2.200002");
        assertThat(codes(Map.of("q", "khai-sinh (có yếu tố", "field", "SHT"))).containsExactly("2.200002");
        assertThat(codes(Map.of("q", "!!!"))).isEmpty();
    }

    @Test
    void unrelatedTextFindsNothingOfIt() {
        assertThat(codes(Map.of("q", "giấy phép xây dựng", "size", 100))).contains("2.200004").doesNotContain("2.200001");
        assertThat(codes(Map.of("q", "zzqx"))).isEmpty();
    }

    @Test
    void bestMatchesComeFirst() {
        assertThat(codes(Map.of("q", "khai sinh", "field", "SHT"))).containsExactly("2.200001", "2.200002");
        assertThat(codes(Map.of("q", "dang ky ket hon", "field", "SHT")).get(0)).isEqualTo("2.200003");
    }

    @Test
    void findsByCode() {
        assertThat(codes(Map.of("q", "2.200004")).get(0)).isEqualTo("2.200004");
    }

    @Test
    void filtersCombine() {
        assertThat(codes(Map.of("field", "SHT", "size", 100))).containsExactly("2.200001", "2.200002", "2.200003");
        assertThat(codes(Map.of("field", "SXD", "level", "DISTRICT"))).containsExactly("2.200004");
        assertThat(codes(Map.of("field", "SXD", "level", "COMMUNE"))).isEmpty();
        assertThat(codes(Map.of("q", "dang ky", "onlineLevel", "NONE", "size", 100))).contains("2.200005")
                .doesNotContain("2.200001");
        assertThat(codes(Map.of("field", "SHT", "essential", "true", "size", 100))).contains("2.200001");
        assertThat(codes(Map.of("field", "SXD", "essential", "false"))).containsExactly("2.200004");
        assertThat(codes(Map.of("field", "SDD", "delegated", "true"))).containsExactly("2.200005");
        assertThat(codes(Map.of("field", "SDD", "delegated", "false"))).isEmpty();
        given().queryParam("delegated", "true").queryParam("size", 100).get("/api/v1/procedures")
                .then().body("items.delegated", everyItem(equalTo(true)))
                .body("items.delegatedBy", not(hasItem(nullValue())));
    }

    @Test
    void effectiveDateFilter() {
        // without a date: ACTIVE and in force today
        assertThat(codes(Map.of("field", "SHT", "size", 100))).doesNotContain("2.200006", "2.200007");
        // a retired procedure is found for the days it applied
        assertThat(codes(Map.of("field", "SHT", "at", "2024-06-01", "size", 100))).contains("2.200006");
        assertThat(codes(Map.of("field", "SHT", "at", "2025-01-01", "size", 100))).doesNotContain("2.200006");
        assertThat(codes(Map.of("field", "SHT", "at", "2099-06-01", "size", 100))).contains("2.200007");
        assertThat(codes(Map.of("field", "SHT", "at", "2022-12-31", "size", 100))).containsExactly("2.200006");
    }

    @Test
    void unitFilterKeepsTheProceduresOfItsLevel() {
        assertThat(codes(Map.of("unit", "000.01.22.T01", "field", "SDD"))).containsExactly("2.200005");
        assertThat(codes(Map.of("unit", "000.01.22.T01", "field", "SXD"))).isEmpty();
        assertThat(codes(Map.of("unit", "000.00.22.T01", "field", "SXD"))).containsExactly("2.200004");
        // an agency offers the procedures of the level above it
        assertThat(codes(Map.of("unit", "000.02.22.T01", "field", "SXD"))).containsExactly("2.200004");
        // a unit that no longer exists offers nothing today, but did before
        assertThat(codes(Map.of("unit", "000.03.22.T01", "field", "SDD"))).isEmpty();
        assertThat(codes(Map.of("unit", "000.03.22.T01", "field", "SDD", "at", "2019-06-01"))).isEmpty();
        assertThat(codes(Map.of("unit", "000.03.22.T01", "field", "SHT", "at", "2019-06-01"))).contains("2.200006");
    }

    @Test
    void pagesWithTotalAndLinks() {
        Response first = given().queryParam("field", "SPG").queryParam("size", 2).get("/api/v1/procedures");
        first.then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo(5))
                .body("items.code", contains("2.200101", "2.200102"));
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"").doesNotContain("rel=\"prev\"").contains("page=1")
                .contains("field=SPG").contains("size=2");

        Response second = given().queryParam("field", "SPG").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/procedures");
        second.then().body("items.code", contains("2.200103", "2.200104"));
        assertThat(second.header("Link")).contains("page=2>; rel=\"next\"").contains("page=0>; rel=\"prev\"");

        Response last = given().queryParam("field", "SPG").queryParam("size", 2).queryParam("page", 2)
                .get("/api/v1/procedures");
        last.then().body("items.code", contains("2.200105")).body("total", equalTo(5));
        assertThat(last.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        given().queryParam("field", "SPG").queryParam("size", 2).queryParam("page", 7).get("/api/v1/procedures")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(5))
                .header("Link", containsString("page=2>; rel=\"prev\""));
        given().queryParam("field", "SPG").get("/api/v1/procedures")
                .then().body("size", equalTo(20)).header("Link", nullValue());
    }

    @Test
    void aChangeShowsInTheNextSearchDespiteTheCache() {
        TestCatalog.field("SCA", "Bộ nhớ đệm");
        TestCatalog.ensure(TestCatalog.procedure("2.200201", "Xác nhận tình trạng hôn nhân", "SCA"));
        Map<String, Object> params = Map.of("q", "tinh trang hon nhan", "field", "SCA");
        given().queryParams(params).get("/api/v1/procedures").then()
                .body("items.find { it.code == '2.200201' }.name", equalTo("Xác nhận tình trạng hôn nhân"));
        Map<String, Object> renamed = TestCatalog.procedure("2.200201", "Cấp giấy xác nhận tình trạng hôn nhân", "SCA");
        given().auth().oauth2(TestCatalog.ADMIN).contentType(io.restassured.http.ContentType.JSON).body(renamed)
                .header("If-Match", TestCatalog.etag("/api/v1/procedures/2.200201"))
                .put("/api/v1/procedures/2.200201").then().statusCode(200);
        given().queryParams(params).get("/api/v1/procedures").then()
                .body("items.find { it.code == '2.200201' }.name", equalTo("Cấp giấy xác nhận tình trạng hôn nhân"));
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("size", 0).get("/api/v1/procedures").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("size"));
        given().queryParam("size", 101).get("/api/v1/procedures").then().statusCode(400)
                .body("errors.field", contains("size"));
        given().queryParams(Map.of("page", "-1", "at", "2023-13-01", "level", "VILLAGE", "essential", "maybe",
                        "onlineLevel", "SOME", "delegated", "1"))
                .get("/api/v1/procedures").then().statusCode(400)
                .body("errors.field", hasItems("page", "at", "level", "essential", "onlineLevel", "delegated"));
        given().queryParam("q", "x".repeat(201)).get("/api/v1/procedures").then().statusCode(400)
                .body("errors.field", contains("q"));
        given().queryParam("field", "NOSUCH").get("/api/v1/procedures").then().statusCode(400)
                .body("errors.field", contains("field"));
        given().queryParam("unit", "999.99.99.Z99").get("/api/v1/procedures").then().statusCode(400)
                .body("errors.field", contains("unit"));
    }
}
