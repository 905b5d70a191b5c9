package vn.motcua.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Outcome;
import vn.motcua.events.SurveyResponseSubmittedV1;
import vn.motcua.events.SurveyResponseSubmittedV1.Answer;
import vn.motcua.events.SurveyResponseSubmittedV1.GroupScore;
import vn.motcua.events.Timeliness;
import vn.motcua.events.UnitLevel;
import vn.motcua.reporting.ingest.ReadModelEvents;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

/**
 * A fixed set of dossiers and survey responses in one district and two of its communes, sent once through the real
 * broker. Tallies for the district with its sub-units, first half of 2026 (1 Jan – 30 Jun, Asia/Ho_Chi_Minh):
 * <pre>
 * dossier unit  channel   online  procedure  received    due         resolved            wd
 * d1      D     IN_PERSON PARTIAL 1.000001   2026-01-05  2026-01-15  01-10 APPROVED EARLY   3
 * d2      D     ONLINE    FULL    1.000001   2026-01-20  2026-02-05  02-05 APPROVED ON_TIME 10
 * d3      D     POSTAL    FULL    1.000001   2026-03-02  2026-03-12  03-20 REJECTED LATE    14
 * d4      C1    IN_PERSON FULL    1.001193   2026-01-10  2026-01-15  01-14 APPROVED EARLY   2
 * d5      C1    POSTAL    PARTIAL 1.001193   2026-02-03  2026-02-10  pending (overdue)
 * d6      C1    IN_PERSON FULL    1.001193   2026-06-25  2026-07-05  pending (not yet due)
 * d7      C1    IN_PERSON FULL    1.001193   2026-04-01  2026-04-10  04-03 WITHDRAWN
 * d8      C2    IN_PERSON NONE    2.000635   2026-05-11  2026-05-20  07-02 APPROVED LATE    (pending at 30 Jun)
 * d9      C2    ONLINE    PARTIAL 2.000635   2025-12-30  2026-01-08  01-07 APPROVED ON_TIME 5
 * </pre>
 * received 8 (in person 5, online 1 = 12.5 %, postal 2; 7 for procedures offered online); resolved 5 (early 2, on
 * time 2, late 1 = 80.0 % on time; approved 4, rejected 1); withdrawn 1; pending at the end 3 (d5, d6, d8), overdue
 * 2 (d5, d8); working days 2, 3, 5, 10, 14: mean 6.8, median 5.0, p90 12.4. Responses in the period: s1 (D, 5 of 6
 * answers 4–5), s2 (C1, 3 of 6), s3 (kiosk at C2, 3 of 3) = 11 of 15 = 73.3 %; s4 (C1, July) falls outside.
 */
public final class KnownDossiers {

    public static final String PROVINCE = "000.00.00.R26";
    public static final String DISTRICT = "000.00.20.R26";
    public static final String COMMUNE_1 = "000.20.21.R26";
    public static final String COMMUNE_2 = "000.20.22.R26";
    public static final String FROM = "2026-01-01";
    public static final String TO = "2026-06-30";

    private static boolean sent;

    private KnownDossiers() {
    }

    /** Sends the events the first time it is called and waits until the API shows all of them. */
    public static synchronized void ingested() {
        if (!sent) {
            send(new ReadModelEvents(new TestEvents(
                    ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))));
            sent = true;
        }
        String analyst = TestTokens.forRole("analyst");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var overall = given().auth().oauth2(analyst).queryParam("unit", DISTRICT)
                    .queryParam("from", "2025-01-01").queryParam("to", "2026-12-31")
                    .when().get("/api/v1/kpis").then().extract().jsonPath();
            return overall.getInt("overall.received.total") == 9 && overall.getInt("overall.resolved.total") == 6
                    && overall.getInt("overall.withdrawn") == 1 && overall.getInt("overall.satisfaction.responses") == 4;
        });
    }

    private static void send(ReadModelEvents events) {
        UUID d1 = dossier(events, "d1", DISTRICT, Channel.IN_PERSON, OnlineLevel.PARTIAL, "1.000001", "2026-01-05",
                "2026-01-15", Outcome.APPROVED, "2026-01-10", Timeliness.EARLY, 3);
        dossier(events, "d2", DISTRICT, Channel.ONLINE, OnlineLevel.FULL, "1.000001", "2026-01-20", "2026-02-05",
                Outcome.APPROVED, "2026-02-05", Timeliness.ON_TIME, 10);
        dossier(events, "d3", DISTRICT, Channel.POSTAL, OnlineLevel.FULL, "1.000001", "2026-03-02", "2026-03-12",
                Outcome.REJECTED, "2026-03-20", Timeliness.LATE, 14);
        UUID d4 = dossier(events, "d4", COMMUNE_1, Channel.IN_PERSON, OnlineLevel.FULL, "1.001193", "2026-01-10",
                "2026-01-15", Outcome.APPROVED, "2026-01-14", Timeliness.EARLY, 2);
        dossier(events, "d5", COMMUNE_1, Channel.POSTAL, OnlineLevel.PARTIAL, "1.001193", "2026-02-03",
                "2026-02-10", null, null, null, 0);
        dossier(events, "d6", COMMUNE_1, Channel.IN_PERSON, OnlineLevel.FULL, "1.001193", "2026-06-25",
                "2026-07-05", null, null, null, 0);
        dossier(events, "d7", COMMUNE_1, Channel.IN_PERSON, OnlineLevel.FULL, "1.001193", "2026-04-01",
                "2026-04-10", Outcome.WITHDRAWN, "2026-04-03", Timeliness.EARLY, 2);
        dossier(events, "d8", COMMUNE_2, Channel.IN_PERSON, OnlineLevel.NONE, "2.000635", "2026-05-11",
                "2026-05-20", Outcome.APPROVED, "2026-07-02", Timeliness.LATE, 30);
        dossier(events, "d9", COMMUNE_2, Channel.ONLINE, OnlineLevel.PARTIAL, "2.000635", "2025-12-30",
                "2026-01-08", Outcome.APPROVED, "2026-01-07", Timeliness.ON_TIME, 5);
        response(events, d1, DISTRICT, "2026-01-12", new GroupScore("ACCESS", 4, 3, 0),
                new GroupScore("RESULT", 2, 2, 0));
        response(events, d4, COMMUNE_1, "2026-01-16", new GroupScore("ACCESS", 4, 2, 0),
                new GroupScore("PROCEDURE", 2, 1, 0));
        response(events, null, COMMUNE_2, "2026-05-12", new GroupScore("CIVIL_SERVANTS", 3, 3, 0));
        response(events, null, COMMUNE_1, "2026-07-03", new GroupScore("ACCESS", 5, 0, 0));
    }

    public static String unitName(String unit) {
        return switch (unit) {
            case DISTRICT -> "Huyện Gia Lâm";
            case COMMUNE_1 -> "Xã Bát Tràng";
            default -> "Xã Đa Tốn";
        };
    }

    private static UnitLevel level(String unit) {
        return unit.equals(DISTRICT) ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
    }

    private static List<String> ancestors(String unit) {
        return unit.equals(DISTRICT) ? List.of(PROVINCE) : List.of(DISTRICT, PROVINCE);
    }

    private static OffsetDateTime at(String day) {
        return OffsetDateTime.parse(day + "T09:30:00+07:00");
    }

    private static UUID dossier(ReadModelEvents events, String name, String unit, Channel channel, OnlineLevel online,
            String procedure, String received, String due, Outcome outcome, String resolved, Timeliness timeliness,
            int workingDays) {
        UUID id = UUID.randomUUID();
        String receipt = unit + "-" + received.substring(2).replace("-", "") + "-" + name.substring(1) + "001";
        String field = procedure.startsWith("2.") ? "TP" : procedure.equals("1.001193") ? "HT" : "DD";
        String fieldName = switch (field) {
            case "TP" -> "Tư pháp";
            case "HT" -> "Hộ tịch";
            default -> "Đất đai";
        };
        String procedureName = "Thủ tục " + procedure;
        DossierReceivedV1 intake = new DossierReceivedV1(id, receipt, procedure, procedureName, field, fieldName,
                unit, unitName(unit), level(unit), channel, online, at(received), at(due), 5,
                UUID.randomUUID().toString().replace("-", ""), ancestors(unit));
        events.publish(intake);
        if (outcome != null) {
            DossierResolvedV1 resolution = new DossierResolvedV1(id, receipt, procedure, procedureName, field,
                    fieldName, unit, unitName(unit), level(unit), channel, online, at(received), at(due), outcome,
                    at(resolved), timeliness, timeliness != Timeliness.LATE, workingDays, ancestors(unit));
            events.publish(resolution);
        }
        return id;
    }

    private static void response(ReadModelEvents events, UUID dossier, String unit, String day, GroupScore... groups) {
        UUID id = UUID.randomUUID();
        List<Answer> answers = new java.util.ArrayList<>();
        List<GroupScore> scores = new java.util.ArrayList<>();
        for (GroupScore group : groups) { // satisfied answers score 5, the others 2
            for (int i = 0; i < group.answered(); i++) {
                answers.add(new Answer(group.group() + "_" + (i + 1), group.group(), i < group.satisfied() ? 5 : 2));
            }
            scores.add(new GroupScore(group.group(), group.answered(), group.satisfied(),
                    5 * group.satisfied() + 2 * (group.answered() - group.satisfied())));
        }
        SurveyResponseSubmittedV1 response = new SurveyResponseSubmittedV1(id,
                dossier == null ? SurveyResponseSubmittedV1.SOURCE_KIOSK : SurveyResponseSubmittedV1.SOURCE_DOSSIER,
                dossier, unit, unitName(unit), null, null, dossier == null ? null : Channel.IN_PERSON, 1, at(day),
                answers, scores,
                ancestors(unit));
        events.publish(response);
    }
}
