package vn.motcua.reporting.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Outcome;
import vn.motcua.events.SurveyResponseSubmittedV1;
import vn.motcua.events.SurveyResponseSubmittedV1.Answer;
import vn.motcua.events.SurveyResponseSubmittedV1.GroupScore;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.events.UnitLevel;
import vn.motcua.testing.kafka.TestEvents;

/** Builds and publishes the three events as their producers do, and reads the public.kpi_* views back. */
public final class ReadModelEvents {

    public static final String DISTRICT = "000.00.20.H26";
    public static final String PROVINCE = "000.00.00.H26";

    private final TestEvents events;

    public ReadModelEvents(TestEvents events) {
        this.events = events;
    }

    public static DossierReceivedV1 received(String unitCode, Channel channel, OffsetDateTime receivedAt) {
        OffsetDateTime at = receivedAt.withNano(0);
        return new DossierReceivedV1(UUID.randomUUID(), unitCode + "-" + at.format(
                java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-0001", "1.001193",
                "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", unitCode, "UBND xã thử nghiệm", UnitLevel.COMMUNE,
                channel, OnlineLevel.FULL, at, at.plusDays(3), 3, UUID.randomUUID().toString().replace("-", ""),
                List.of(DISTRICT, PROVINCE));
    }

    /** The resolution of {@code dossier}, with a due date moved by {@code dueShiftDays} (e.g. a supplement). */
    public static DossierResolvedV1 resolved(DossierReceivedV1 dossier, Outcome outcome, Timeliness timeliness,
            int dueShiftDays) {
        return new DossierResolvedV1(dossier.dossierId(), dossier.receiptCode(), dossier.procedureCode(),
                dossier.procedureName(), dossier.fieldCode(), dossier.fieldName(), dossier.unitCode(),
                dossier.unitName(), dossier.unitLevel(), dossier.channel(), dossier.onlineLevel(), dossier.receivedAt(),
                dossier.dueAt().plusDays(dueShiftDays), outcome, dossier.receivedAt().plusDays(2), timeliness,
                timeliness != Timeliness.LATE, 2, dossier.unitAncestorCodes());
    }

    /** {@code dossier} with its files counted at intake. */
    public static DossierReceivedV1 withFiles(DossierReceivedV1 d, int files, int digitised, int reused) {
        return new DossierReceivedV1(d.dossierId(), d.receiptCode(), d.procedureCode(), d.procedureName(),
                d.fieldCode(), d.fieldName(), d.unitCode(), d.unitName(), d.unitLevel(), d.channel(), d.onlineLevel(),
                d.receivedAt(), d.dueAt(), d.processingWorkingDays(), d.surveyToken(), d.unitAncestorCodes(), files,
                digitised, reused);
    }

    /** {@code resolution} with the dossier's files counted at resolution and its electronic result. */
    public static DossierResolvedV1 withFiles(DossierResolvedV1 r, int files, int digitised, int reused,
            boolean electronicResult) {
        return new DossierResolvedV1(r.dossierId(), r.receiptCode(), r.procedureCode(), r.procedureName(),
                r.fieldCode(), r.fieldName(), r.unitCode(), r.unitName(), r.unitLevel(), r.channel(), r.onlineLevel(),
                r.receivedAt(), r.dueAt(), r.outcome(), r.resolvedAt(), r.timeliness(), r.onTime(),
                r.workingDaysTaken(), r.unitAncestorCodes(), files, digitised, reused, electronicResult);
    }

    public static SurveyResponseSubmittedV1 dossierResponse(DossierReceivedV1 dossier, int... scores) {
        return response(SurveyResponseSubmittedV1.SOURCE_DOSSIER, dossier.dossierId(), dossier.unitCode(),
                dossier.procedureCode(), dossier.channel(), dossier.unitAncestorCodes(), scores);
    }

    /** An anonymous kiosk response; without ancestors, as a kiosk knows only its unit. */
    public static SurveyResponseSubmittedV1 kioskResponse(String unitCode, int... scores) {
        return response(SurveyResponseSubmittedV1.SOURCE_KIOSK, null, unitCode, null, null, null, scores);
    }

    /** Scores go to groups ACCESS and PROCEDURE alternately. */
    private static SurveyResponseSubmittedV1 response(String source, UUID dossierId, String unitCode,
            String procedureCode, Channel channel, List<String> ancestors, int... scores) {
        List<Answer> answers = new ArrayList<>();
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            String group = i % 2 == 0 ? "ACCESS" : "PROCEDURE";
            answers.add(new Answer("Q" + (i + 1), group, scores[i]));
            int[] g = groups.computeIfAbsent(group, k -> new int[3]);
            g[0]++;
            g[1] += scores[i] >= 4 ? 1 : 0;
            g[2] += scores[i];
        }
        List<GroupScore> groupScores = groups.entrySet().stream()
                .map(e -> new GroupScore(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new SurveyResponseSubmittedV1(UUID.randomUUID(), source, dossierId, unitCode, "UBND xã thử nghiệm",
                procedureCode, procedureCode == null ? null : "Thủ tục đăng ký khai sinh", channel, 1,
                OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0), answers, groupScores, ancestors);
    }

    /** Publishes {@code payload} on the topic of its type under a fresh event id; returns the id. */
    public String publish(Object payload) {
        String id = UUID.randomUUID().toString();
        publish(id, payload);
        return id;
    }

    /** Publishes {@code payload} under event id {@code eventId} (a redelivery when reused). */
    public void publish(String eventId, Object payload) {
        String topic;
        String type;
        String key;
        if (payload instanceof DossierReceivedV1 r) {
            topic = Topics.DOSSIER_RECEIVED;
            type = EventTypes.DOSSIER_RECEIVED_V1;
            key = r.dossierId().toString();
        } else if (payload instanceof DossierResolvedV1 r) {
            topic = Topics.DOSSIER_RESOLVED;
            type = EventTypes.DOSSIER_RESOLVED_V1;
            key = r.dossierId().toString();
        } else {
            SurveyResponseSubmittedV1 r = (SurveyResponseSubmittedV1) payload;
            topic = Topics.SURVEY_RESPONSE_SUBMITTED;
            type = EventTypes.SURVEY_RESPONSE_SUBMITTED_V1;
            key = (r.dossierId() == null ? r.responseId() : r.dossierId()).toString();
        }
        publish(topic, key, eventId, type, TestEvents.json(payload));
    }

    /** Publishes a raw record with CloudEvents headers of type {@code type}. */
    public void publish(String topic, String key, String eventId, String type, String value) {
        events.send(topic, key, new CloudEventAttributes(eventId, "/motcua/tests", type, OffsetDateTime.now(), null)
                .headers(), value);
    }

    /** Rows of {@code sql}, columns by name; arrays as lists and timestamps as UTC instants, for comparison. */
    public static List<Map<String, Object>> rows(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = result.getObject(c);
                        if (value instanceof Array array) {
                            value = Arrays.asList((Object[]) array.getArray());
                        } else if (value instanceof Timestamp timestamp) {
                            value = timestamp.toInstant();
                        }
                        row.put(meta.getColumnName(c), value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
