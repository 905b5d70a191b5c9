package vn.motcua.dossier.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.dossier.Intakes.officer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.overdue.OverdueCheck;
import vn.motcua.dossier.workflow.Transitions;
import vn.motcua.problem.SupportedDates;
import vn.motcua.testing.TestTokens;

/**
 * {@code GET /api/v1/dossiers} and {@code GET /api/v1/dossiers/{id}}: each filter with data it must leave out,
 * the server-side reach (commune A's officer never sees commune B's dossiers, whatever it asks), masking.
 *
 * <p>Each test builds its own district with two fresh communes, so other tests' dossiers never match. Where a
 * test needs a dossier received or due on another day it moves {@code received_at} / {@code due_at} through JDBC:
 * intake stamps the current time, and waiting for days is not an option.
 */
@QuarkusTest
class StaffQueryTest {

    @Inject
    AgroalDataSource db;

    @Inject
    OverdueCheck overdueCheck;

    String district;
    String communeA;
    String communeB;

    @BeforeEach
    void units() {
        district = CatalogStub.freshDistrict();
        communeA = CatalogStub.freshCommuneOf(district);
        communeB = CatalogStub.freshCommuneOf(district);
    }

    private String file(String unit, String applicantName, String channel) {
        Map<String, Object> request = Intakes.with(Intakes.birth(unit), "applicant.name", applicantName);
        request.put("channel", channel);
        return Intakes.post(officer(unit), request).then().statusCode(201).extract().path("id");
    }

    private static JsonPath list(String token, String query) {
        return given().auth().oauth2(token).when().get("/api/v1/dossiers" + (query.isEmpty() ? "" : "?" + query))
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static List<String> ids(String token, String query) {
        return list(token, query).getList("items.id");
    }

    private void sql(String statement, Object... args) {
        try (var c = db.getConnection(); var s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOfficerSeesTheUnitAndItsSubUnitsOnlyWhateverTheRequestAsks() {
        String a = file(communeA, "Nguyễn Văn Ánh", "IN_PERSON");
        String b = file(communeB, "Nguyễn Văn Ánh", "IN_PERSON");

        assertThat(ids(officer(communeA), "")).containsExactly(a);
        assertThat(ids(officer(communeB), "")).containsExactly(b);
        // asking for the other commune, or for the district above, gives nothing of the other commune
        JsonPath foreign = list(officer(communeA), "unit=" + communeB);
        assertThat(foreign.getList("items")).isEmpty();
        assertThat(foreign.getLong("total")).isZero();
        assertThat(ids(officer(communeA), "unit=" + district)).containsExactly(a);
        assertThat(ids(officer(communeA), "applicantName=nguyen van anh")).containsExactly(a);
        // the district sees both communes, and narrows to one with unit
        assertThat(ids(officer(district), "")).containsExactlyInAnyOrder(a, b);
        assertThat(ids(officer(district), "unit=" + communeB)).containsExactly(b);
        // an officer token without a unit claim reaches nothing
        assertThat(list(TestTokens.forRole("officer"), "unit=" + communeA).getList("items")).isEmpty();

        // one dossier: 404 across communes, the same answer as an unknown id
        Response foreignOne = given().auth().oauth2(officer(communeB)).get("/api/v1/dossiers/{id}", a);
        Response unknown = given().auth().oauth2(officer(communeB)).get("/api/v1/dossiers/{id}",
                java.util.UUID.randomUUID());
        foreignOne.then().statusCode(404).contentType("application/problem+json");
        unknown.then().statusCode(404).contentType("application/problem+json");
        assertThat(foreignOne.jsonPath().getString("type")).isEqualTo(unknown.jsonPath().getString("type"));
        assertThat(foreignOne.jsonPath().getString("title")).isEqualTo(unknown.jsonPath().getString("title"));
        assertThat(foreignOne.jsonPath().getString("detail")).doesNotContain("Ánh").doesNotContain(communeA);
        given().auth().oauth2(officer(district)).get("/api/v1/dossiers/{id}", a).then().statusCode(200)
                .header("ETag", "\"0\"").body("applicant.name", equalTo("Nguyễn Văn Ánh"));
    }

    @Test
    void statusChannelProcedureAndFieldFilters() {
        String inPerson = file(communeA, "Lê Văn Một", "IN_PERSON");
        String online = file(communeA, "Lê Văn Hai", "ONLINE");
        String procedure = CatalogStub.freshProcedure();
        Map<String, Object> postal = Intakes.generated(procedure, communeA);
        postal.put("channel", "POSTAL");
        String byPost = Intakes.post(officer(communeA), postal).then().statusCode(201).extract().path("id");
        Transitions.ok(officer(communeA), online, "start", null);
        String token = officer(communeA);

        assertThat(ids(token, "status=IN_PROGRESS")).containsExactly(online);
        assertThat(ids(token, "status=RECEIVED")).containsExactlyInAnyOrder(inPerson, byPost);
        assertThat(ids(token, "status=RECEIVED,IN_PROGRESS")).containsExactlyInAnyOrder(inPerson, online, byPost);
        assertThat(ids(token, "status=RECEIVED&status=IN_PROGRESS")).hasSize(3);
        assertThat(ids(token, "status=RESOLVED")).isEmpty();
        assertThat(ids(token, "channel=ONLINE")).containsExactly(online);
        assertThat(ids(token, "channel=POSTAL,IN_PERSON")).containsExactlyInAnyOrder(byPost, inPerson);
        assertThat(ids(token, "procedureCode=" + procedure)).containsExactly(byPost);
        assertThat(ids(token, "fieldCode=HT")).containsExactlyInAnyOrder(inPerson, online);
        assertThat(ids(token, "fieldCode=TN&channel=ONLINE")).isEmpty();
    }

    @Test
    void receivedAndDueRangesAreBusinessDatesWithBothEndsIncluded() {
        String lateEvening = file(communeA, "Phạm Văn Tối", "IN_PERSON");
        String nextMorning = file(communeA, "Phạm Văn Sáng", "IN_PERSON");
        String today = file(communeA, "Phạm Văn Nay", "IN_PERSON");
        // 23:30 in Vietnam on 10 Jan is still 10 Jan there (16:30 UTC); 00:10 on 11 Jan is 10 Jan in UTC
        sql("update dossier set received_at = ?, due_at = ? where id = ?::uuid",
                OffsetDateTime.parse("2026-01-10T23:30+07:00"), OffsetDateTime.parse("2026-01-12T17:00+07:00"),
                lateEvening);
        sql("update dossier set received_at = ?, due_at = ? where id = ?::uuid",
                OffsetDateTime.parse("2026-01-11T00:10+07:00"), OffsetDateTime.parse("2026-01-13T17:00+07:00"),
                nextMorning);
        String token = officer(communeA);

        assertThat(ids(token, "receivedFrom=2026-01-10&receivedTo=2026-01-10")).containsExactly(lateEvening);
        assertThat(ids(token, "receivedFrom=2026-01-11&receivedTo=2026-01-11")).containsExactly(nextMorning);
        assertThat(ids(token, "receivedTo=2026-01-11")).containsExactly(nextMorning, lateEvening);
        assertThat(ids(token, "receivedFrom=2026-01-11")).containsExactly(today, nextMorning);
        assertThat(ids(token, "dueFrom=2026-01-12&dueTo=2026-01-12")).containsExactly(lateEvening);
        assertThat(ids(token, "dueTo=2026-01-13")).containsExactly(nextMorning, lateEvening);
        assertThat(ids(token, "dueFrom=" + LocalDate.now(WorkingCalendar.BUSINESS_ZONE))).containsExactly(today);
    }

    @Test
    void everyDateFilterTakesTheSupportedDatesBothEndsIncludedAndRefusesTheDaysBeyond() {
        String id = file(communeA, "Phạm Văn Biên", "IN_PERSON");
        String token = officer(communeA);
        for (String name : List.of("receivedFrom", "receivedTo", "dueFrom", "dueTo")) {
            for (String outside : List.of("1899-12-31", "3000-01-01", "9999-12-31", "-999999999-01-01",
                    "+999999999-12-31", "+10000-01-01")) {
                given().auth().oauth2(token).queryParam(name, outside).get("/api/v1/dossiers").then()
                        .statusCode(400).contentType("application/problem+json")
                        .body("errors.field", contains(name))
                        .body("errors.message", contains(SupportedDates.MESSAGE));
            }
        }
        for (String range : List.of("receivedFrom=1900-01-01&receivedTo=2999-12-31",
                "dueFrom=1900-01-01&dueTo=2999-12-31")) {
            assertThat(ids(token, range)).as(range).containsExactly(id);
        }
        assertThat(ids(token, "receivedFrom=2999-12-31")).isEmpty();
        assertThat(ids(token, "dueTo=1900-01-01")).isEmpty();
    }

    @Test
    void applicantNameIgnoresDiacriticsAndCaseAndReceiptCodeIsExact() {
        String anh = file(communeA, "Nguyễn Văn Ánh", "IN_PERSON");
        String an = file(communeA, "Nguyễn Văn An", "IN_PERSON");
        String duc = file(communeA, "Đỗ Minh Đức", "ONLINE");
        String percent = file(communeA, "Hoàng 100% Thị", "ONLINE");
        String token = officer(communeA);

        assertThat(ids(token, "applicantName=nguyen van anh")).containsExactly(anh);
        assertThat(ids(token, "applicantName=NGUYEN VAN")).containsExactlyInAnyOrder(anh, an);
        assertThat(ids(token, "applicantName=Ánh")).containsExactly(anh);
        assertThat(ids(token, "applicantName=  van   an ")).containsExactlyInAnyOrder(anh, an);
        assertThat(ids(token, "applicantName=do minh duc")).containsExactly(duc);
        assertThat(ids(token, "applicantName=đức")).containsExactly(duc);
        // LIKE wildcards in the input are literal
        assertThat(ids(token, "applicantName=0%")).containsExactly(percent);
        assertThat(ids(token, "applicantName=n_uyen")).isEmpty();

        String code = given().auth().oauth2(token).get("/api/v1/dossiers/{id}", duc).then().extract()
                .path("receiptCode");
        assertThat(ids(token, "receiptCode=" + code)).containsExactly(duc);
        assertThat(ids(token, "receiptCode=" + code.toLowerCase())).containsExactly(duc);
        assertThat(ids(token, "receiptCode=" + code.substring(0, code.length() - 1) + "9")).isEmpty();
        // another unit's receipt code finds nothing for this officer
        assertThat(ids(officer(communeB), "receiptCode=" + code)).isEmpty();
    }

    @Test
    void overdueAndTimelinessFilters() {
        String token = officer(communeA);
        String pending = file(communeA, "Vũ Văn Chờ", "IN_PERSON");
        String overdue = file(communeA, "Vũ Văn Trễ", "IN_PERSON");
        String early = file(communeA, "Vũ Văn Sớm", "IN_PERSON");
        String onTime = file(communeA, "Vũ Văn Đúng", "IN_PERSON");
        String late = file(communeA, "Vũ Văn Muộn", "IN_PERSON");
        sql("update dossier set due_at = now() - interval '2 days' where id in (?::uuid, ?::uuid)", overdue, late);
        // due at the end of today (business date): resolving now is on time
        sql("update dossier set due_at = ? where id = ?::uuid", LocalDate.now(WorkingCalendar.BUSINESS_ZONE)
                .atTime(23, 59).atZone(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime(), onTime);
        overdueCheck.markOverdue();
        for (String id : List.of(early, onTime, late)) {
            Transitions.ok(token, id, "start", null);
            Transitions.ok(token, id, "resolve", Map.of("outcome", "APPROVED"));
        }
        // pushed far into the future: resolved today, it was early
        assertThat(list(token, "").getList("items.id")).hasSize(5);

        assertThat(ids(token, "overdue=true")).containsExactly(overdue);
        assertThat(ids(token, "overdue=false")).containsExactlyInAnyOrder(pending, early, onTime, late);
        assertThat(ids(token, "timeliness=LATE")).containsExactly(late);
        assertThat(ids(token, "timeliness=ON_TIME")).containsExactly(onTime);
        assertThat(ids(token, "timeliness=EARLY")).containsExactly(early);
        JsonPath page = list(token, "overdue=true");
        assertThat(page.getBoolean("items[0].overdue")).isTrue();
        assertThat(page.getString("items[0].overdueAt")).isNotNull();
        assertThat(list(token, "timeliness=LATE").getString("items[0].timeliness")).isEqualTo("LATE");
        given().auth().oauth2(token).get("/api/v1/dossiers/{id}", overdue).then().statusCode(200)
                .body("overdueAt", not(nullValue()));
    }

    @Test
    void pagesAreStableNewestFirstWithTotalsAndLinks() {
        String first = file(communeA, "Một", "IN_PERSON");
        String second = file(communeA, "Hai", "IN_PERSON");
        String third = file(communeA, "Ba", "IN_PERSON");
        String token = officer(communeA);

        Response page0 = given().auth().oauth2(token).get("/api/v1/dossiers?size=2&channel=IN_PERSON");
        page0.then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.id", org.hamcrest.Matchers.contains(third, second))
                .header("Link", containsString("page=1")).header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("channel=IN_PERSON")).header("Link", not(containsString("prev")));
        Response page1 = given().auth().oauth2(token).get("/api/v1/dossiers?size=2&page=1&channel=IN_PERSON");
        page1.then().statusCode(200).body("total", equalTo(3)).body("items.id", org.hamcrest.Matchers.contains(first))
                .header("Link", containsString("rel=\"prev\"")).header("Link", containsString("page=0"))
                .header("Link", not(containsString("next")));
        given().auth().oauth2(token).get("/api/v1/dossiers?size=2&page=7").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(3));
    }

    @Test
    void analystsReadAnyUnitMaskedCommuneSystemsOnlyWhatTheyFiledMasked() {
        String byOfficer = file(communeA, "Nguyễn Văn Ánh", "IN_PERSON");
        Map<String, Object> machine = Intakes.with(Intakes.birth(communeA), "applicant.name", "Trần Thị Bình");
        machine.put("channel", "ONLINE");
        String bySystem = Intakes.post(Intakes.communeSystem(communeA), machine).then().statusCode(201).extract()
                .path("id");

        // the officer: full data
        given().auth().oauth2(officer(communeA)).get("/api/v1/dossiers/{id}", byOfficer).then().statusCode(200)
                .body("applicant.name", equalTo("Nguyễn Văn Ánh"))
                .body("applicant.citizenId", equalTo("001090012345"))
                .body("applicant.phone", equalTo("0912345678"))
                .body("applicant.email", equalTo("an.nguyen@example.vn"))
                .body("applicant.address", equalTo("Số 5, thôn Đông, xã Thử Nghiệm"))
                .body("note", equalTo("Nộp tại quầy số 2"));
        // an analyst of another unit (or none): any unit, masked
        String analyst = TestTokens.forRole("analyst", CatalogStub.freshCommune());
        given().auth().oauth2(analyst).get("/api/v1/dossiers/{id}", byOfficer).then().statusCode(200)
                .body("receiptCode", containsString(communeA))
                .body("applicant.name", equalTo("N*** V** Á"))
                .body("applicant.citizenId", equalTo("*********345"))
                .body("applicant.phone", equalTo("*******678"))
                .body("applicant.email", equalTo("a***@example.vn"))
                .body("note", nullValue()).body("applicant.address", nullValue());
        JsonPath analystList = list(analyst, "unit=" + district);
        assertThat(analystList.getList("items.id")).containsExactlyInAnyOrder(byOfficer, bySystem);
        assertThat(analystList.getList("items.applicantName")).containsExactlyInAnyOrder("N*** V** Á", "T*** T** B");
        String body = given().auth().oauth2(analyst).get("/api/v1/dossiers?unit=" + district).asString();
        assertThat(body).doesNotContain("Nguyễn").doesNotContain("001090012345").doesNotContain("0912345678")
                .doesNotContain("an.nguyen").doesNotContain("thôn Đông");
        assertThat(ids(analyst, "applicantName=nguyen van anh&unit=" + district)).containsExactly(byOfficer);

        // the commune system: what it filed, masked; the officer's intake at the same unit is 404
        String system = Intakes.communeSystem(communeA);
        given().auth().oauth2(system).get("/api/v1/dossiers/{id}", bySystem).then().statusCode(200)
                .body("applicant.name", equalTo("T*** T** B")).body("applicant.citizenId", equalTo("*********345"))
                .body("applicant.address", nullValue());
        given().auth().oauth2(system).get("/api/v1/dossiers/{id}", byOfficer).then().statusCode(404)
                .contentType("application/problem+json");
        JsonPath systemList = list(system, "");
        assertThat(systemList.getList("items.id")).containsExactly(bySystem);
        assertThat(systemList.getList("items.applicantName")).containsExactly("T*** T** B");
        assertThat(ids(Intakes.communeSystem(communeB), "")).doesNotContain(bySystem);
        // other roles are refused
        given().auth().oauth2(TestTokens.forRole("kiosk", communeA)).get("/api/v1/dossiers").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/dossiers").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        String token = officer(communeA);
        Map<String, String> cases = new HashMap<>();
        cases.put("status=DONE", "status");
        cases.put("status=RECEIVED,", "status");
        cases.put("channel=FAX", "channel");
        cases.put("receivedFrom=2026-13-01", "receivedFrom");
        cases.put("receivedTo=yesterday", "receivedTo");
        cases.put("receivedFrom=2026-02-01&receivedTo=2026-01-01", "receivedFrom");
        cases.put("dueFrom=2026-02-01&dueTo=2026-01-31", "dueFrom");
        cases.put("dueTo=2026-1-1", "dueTo");
        cases.put("overdue=yes", "overdue");
        cases.put("timeliness=SOON", "timeliness");
        cases.put("size=101", "size");
        cases.put("size=0", "size");
        cases.put("page=-1", "page");
        cases.put("page=abc", "page");
        cases.put("page=99999999999", "page");
        cases.put("applicantName=a", "applicantName");
        cases.put("applicantName=" + "x".repeat(201), "applicantName");
        cases.put("unit=not a unit", "unit");
        cases.put("procedureCode=1.2", "procedureCode");
        cases.put("receiptCode=ABC", "receiptCode");
        cases.put("fieldCode=" + "F".repeat(51), "fieldCode");
        cases.forEach((query, field) -> given().auth().oauth2(token).get("/api/v1/dossiers?" + query).then()
                .statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.field", hasItem(field)));
        // several at once: each named
        given().auth().oauth2(token).get("/api/v1/dossiers?status=X&size=500&overdue=1").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("status", "size", "overdue"));
        given().auth().oauth2(token).get("/api/v1/dossiers/{id}", "not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
