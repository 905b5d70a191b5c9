package vn.motcua.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import vn.motcua.events.UnitRef;
import vn.motcua.reporting.ingest.AggregateCompaction;
import vn.motcua.reporting.ingest.ReadModelEvents;
import vn.motcua.testing.kafka.TestEvents;

/**
 * The aggregates give exactly the figures the dossier rows give (issue 17 item 1), on a seeded random history sent
 * through the broker: three years around today (so buckets end in the past, today and the future), four communes and
 * a department that resolves for them, events out of order, resolutions arriving before intakes, intakes re-sent with
 * other values after resolution, redeliveries, survey responses before their dossier's intake, events without
 * ancestors. Every figure of every filter, role, grouping and bucketing below is compared with {@link RowFigures}, the
 * query KPIs were answered with before, before and after compaction. The data of the other tests is in the same read
 * model and compared too.
 */
@QuarkusTest
class AggregatesMatchRowsTest {

    private static final String PROVINCE = "000.00.00.Q26";
    private static final List<String> COMMUNES = List.of("000.00.41.Q26", "000.00.42.Q26", "000.00.43.Q26",
            "000.00.44.Q26");
    private static final UnitRef DEPARTMENT = new UnitRef("000.09.00.Q26", "Sở Xây dựng tỉnh Q", UnitLevel.AGENCY,
            List.of(PROVINCE));
    private static final String[][] PROCEDURES = {
        {"1.001193", "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch"},
        {"1.004873", "Cấp giấy phép xây dựng", "XD", "Xây dựng"},
        {"2.000908", "Chứng thực bản sao", null, null}};
    private static final OffsetDateTime FIRST_DAY = OffsetDateTime.of(2024, 1, 1, 7, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final int DOSSIERS = 320;

    private static boolean sent;
    private static final List<String> eventIds = new ArrayList<>();

    @Inject
    KpiQuery aggregates;

    @Inject
    RowFigures rows;

    @Inject
    AggregateCompaction compaction;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void history() {
        synchronized (AggregatesMatchRowsTest.class) {
            if (!sent) {
                send(new ReadModelEvents(new TestEvents(
                        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))));
                sent = true;
            }
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Object generation = ReadModelEvents.rows(dataSource, "select generation from public.read_model_generation")
                    .get(0).get("generation");
            return (Long) ReadModelEvents.rows(dataSource, "select count(*) as n from read_model_" + generation
                    + ".processed_event where event_id = any(?)", (Object) eventIds.toArray(String[]::new))
                    .get(0).get("n") == eventIds.size();
        });
    }

    @Test
    void everyFigureOfTheAggregatesIsTheFigureOfTheRowsBeforeAndAfterCompaction() throws Exception {
        compareAll();
        assertThat(ReadModelEvents.rows(dataSource,
                "select count(*) as n from public.kpi_dossier_fact where not compacted").get(0).get("n"))
                .as("the live batches appended delta rows").isNotEqualTo(0L);
        assertThat(compaction.compact()).isPositive();
        assertThat(ReadModelEvents.rows(dataSource, """
                select count(*) as rows, count(distinct (slice_id, grain, day)) as keys,
                       count(*) filter (where not compacted) as fresh
                from public.kpi_dossier_fact""").get(0))
                .satisfies(counts -> assertThat(counts.get("rows")).isEqualTo(counts.get("keys")))
                .containsEntry("fresh", 0L);
        compareAll();
    }

    @Test
    void satisfactionBySipasGroupIsTheRowsFigure() {
        for (KpiFilter filter : filters(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)))) {
            assertThat(aggregates.satisfactionBySipasGroup(filter)).as(filter.toString())
                    .isEqualTo(rows.satisfactionBySipasGroup(filter));
        }
        KpiFilter province = new KpiFilter(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)), PROVINCE,
                true, null, null, null, null, UnitRole.RECEIVING);
        assertThat(aggregates.satisfactionBySipasGroup(province)).containsOnlyKeys("ACCESS", "PROCEDURE");
    }

    private void compareAll() {
        List<List<Bucket>> bucketings = List.of(
                List.of(new Bucket(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null)),
                Interval.MONTH.buckets(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))),
                Interval.QUARTER.buckets(new Period(LocalDate.of(2024, 2, 15), LocalDate.now(Period.BUSINESS_ZONE))),
                Interval.DAY.buckets(new Period(LocalDate.now(Period.BUSINESS_ZONE).minusDays(12),
                        LocalDate.now(Period.BUSINESS_ZONE).plusDays(7))),
                Interval.WEEK.buckets(new Period(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 6, 29))));
        int nonEmpty = 0;
        for (List<Bucket> buckets : bucketings) {
            Period period = new Period(buckets.get(0).from(), buckets.get(buckets.size() - 1).to());
            for (KpiFilter filter : filters(period)) {
                for (Grouping grouping : Arrays.asList(null, Grouping.UNIT, Grouping.LEVEL, Grouping.PROCEDURE,
                        Grouping.FIELD, Grouping.CHANNEL)) {
                    List<KpiQuery.GroupedFigures> expected = rows.figures(filter, buckets, grouping);
                    assertThat(aggregates.figures(filter, buckets, grouping))
                            .as("%s by %s over %d buckets from %s", filter, grouping, buckets.size(), period.from())
                            .isEqualTo(expected);
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(nonEmpty).as("comparisons with figures").isGreaterThan(300);
    }

    private static List<KpiFilter> filters(Period period) {
        List<KpiFilter> filters = new ArrayList<>();
        for (UnitRole role : UnitRole.values()) {
            filters.add(new KpiFilter(period, null, true, null, null, null, null, role));
            filters.add(new KpiFilter(period, PROVINCE, true, null, null, null, null, role));
            filters.add(new KpiFilter(period, COMMUNES.get(0), false, null, null, null, null, role));
            filters.add(new KpiFilter(period, DEPARTMENT.code(), true, null, null, null, null, role));
            filters.add(new KpiFilter(period, PROVINCE, true, UnitLevel.COMMUNE, null, null, Channel.ONLINE, role));
            filters.add(new KpiFilter(period, PROVINCE, true, null, "1.004873", null, null, role));
            filters.add(new KpiFilter(period, PROVINCE, true, null, null, "HT", Channel.IN_PERSON, role));
        }
        return filters;
    }

    /** The seeded history; every event id is kept, to wait until all are applied. */
    private static void send(ReadModelEvents events) {
        Random random = new Random(17);
        List<Object[]> deliveries = new ArrayList<>();
        List<DossierReceivedV1> intakes = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            DossierReceivedV1 intake = intake(random, i);
            intakes.add(intake);
            deliveries.add(new Object[] {UUID.randomUUID().toString(), intake});
            if (random.nextDouble() < 0.75) {
                DossierResolvedV1 resolution = resolution(random, intake);
                String id = UUID.randomUUID().toString();
                deliveries.add(new Object[] {id, resolution});
                if (random.nextDouble() < 0.1) {
                    deliveries.add(new Object[] {id, resolution}); // a redelivery: applied once
                }
            }
            if (random.nextDouble() < 0.1) {
                // the intake again, with another channel and procedure: the dossier moves to other slices
                deliveries.add(new Object[] {UUID.randomUUID().toString(), reissued(random, intake)});
            }
        }
        for (int i = 0; i < 140; i++) {
            deliveries.add(new Object[] {UUID.randomUUID().toString(),
                    response(random, intakes.get(random.nextInt(intakes.size())))});
        }
        for (int i = 0; i < 30; i++) {
            deliveries.add(new Object[] {UUID.randomUUID().toString(), response(random, null)});
        }
        Collections.shuffle(deliveries, random);
        for (Object[] delivery : deliveries) {
            events.publish((String) delivery[0], delivery[1]);
            if (!eventIds.contains((String) delivery[0])) {
                eventIds.add((String) delivery[0]);
            }
        }
    }

    private static DossierReceivedV1 intake(Random random, int i) {
        String unit = COMMUNES.get(random.nextInt(COMMUNES.size()));
        String[] procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
        // most of three years, and a tenth in the weeks around today (buckets of today and of the future)
        OffsetDateTime receivedAt = random.nextDouble() < 0.1
                ? OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0).minusDays(15).plusHours(random.nextInt(24 * 20))
                : FIRST_DAY.plusMinutes(random.nextInt(60 * 24 * 1050));
        OffsetDateTime dueAt = receivedAt.plusDays(random.nextInt(20)).plusHours(random.nextInt(12));
        UnitRef resolving = random.nextDouble() < 0.3 ? DEPARTMENT : null;
        List<String> ancestors = random.nextDouble() < 0.1 ? List.of() : List.of(PROVINCE);
        String receiptCode = unit + "-" + receivedAt.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
                + "-" + String.format("%04d", i);
        return new DossierReceivedV1(UUID.randomUUID(), receiptCode, procedure[0], procedure[1], procedure[2],
                procedure[3], unit, "Xã " + unit.substring(7, 9), UnitLevel.COMMUNE,
                Channel.values()[random.nextInt(Channel.values().length)],
                OnlineLevel.values()[random.nextInt(OnlineLevel.values().length)], receivedAt, dueAt, 5,
                "survey-token-" + String.format("%06d", i),
                ancestors, nullable(random, 6), nullable(random, 3), nullable(random, 2), resolving);
    }

    private static DossierResolvedV1 resolution(Random random, DossierReceivedV1 d) {
        Outcome outcome = random.nextDouble() < 0.6 ? Outcome.APPROVED
                : random.nextBoolean() ? Outcome.REJECTED : Outcome.WITHDRAWN;
        Timeliness timeliness = Timeliness.values()[random.nextInt(Timeliness.values().length)];
        OffsetDateTime resolvedAt = d.receivedAt().plusHours(random.nextInt(24 * 40));
        UnitRef resolving = random.nextDouble() < 0.2 ? null
                : random.nextDouble() < 0.2 ? commune(COMMUNES.get(random.nextInt(COMMUNES.size())))
                : d.resolvingUnit();
        return new DossierResolvedV1(d.dossierId(), d.receiptCode(), d.procedureCode(), d.procedureName(),
                d.fieldCode(), d.fieldName(), d.unitCode(), d.unitName(), d.unitLevel(), d.channel(), d.onlineLevel(),
                d.receivedAt(), d.dueAt().plusDays(random.nextInt(3)), outcome, resolvedAt, timeliness,
                timeliness != Timeliness.LATE, random.nextInt(16), d.unitAncestorCodes(), nullable(random, 8),
                nullable(random, 4), nullable(random, 2), random.nextDouble() < 0.2 ? null : random.nextBoolean(),
                resolving, nullable(random, 4), random.nextDouble() < 0.1 ? Boolean.TRUE : null);
    }

    /** A commune as a resolving unit, without ancestors: the unit table's are used. */
    private static UnitRef commune(String code) {
        return new UnitRef(code, "Xã " + code.substring(7, 9), UnitLevel.COMMUNE, List.of());
    }

    private static DossierReceivedV1 reissued(Random random, DossierReceivedV1 d) {
        String[] procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
        return new DossierReceivedV1(d.dossierId(), d.receiptCode(), procedure[0], procedure[1], procedure[2],
                procedure[3], d.unitCode(), d.unitName(), d.unitLevel(),
                Channel.values()[random.nextInt(Channel.values().length)], d.onlineLevel(),
                d.receivedAt().plusDays(random.nextInt(3)), d.dueAt(), d.processingWorkingDays(), d.surveyToken(),
                d.unitAncestorCodes(), d.fileCount(), d.digitisedComponentCount(), d.reusedComponentCount(),
                random.nextBoolean() ? null : DEPARTMENT);
    }

    /** A response about {@code dossier}, or a kiosk's (null) at a commune, submitted within the history. */
    private static SurveyResponseSubmittedV1 response(Random random, DossierReceivedV1 dossier) {
        List<Answer> answers = new ArrayList<>();
        int[] access = new int[3];
        int[] procedure = new int[3];
        for (int q = 0; q < 6; q++) {
            int score = 1 + random.nextInt(5);
            String group = q % 2 == 0 ? "ACCESS" : "PROCEDURE";
            answers.add(new Answer("Q" + (q + 1), group, score));
            int[] g = q % 2 == 0 ? access : procedure;
            g[0]++;
            g[1] += score >= 4 ? 1 : 0;
            g[2] += score;
        }
        List<GroupScore> groups = List.of(new GroupScore("ACCESS", access[0], access[1], access[2]),
                new GroupScore("PROCEDURE", procedure[0], procedure[1], procedure[2]));
        if (dossier == null) {
            String unit = COMMUNES.get(random.nextInt(COMMUNES.size()));
            return new SurveyResponseSubmittedV1(UUID.randomUUID(), SurveyResponseSubmittedV1.SOURCE_KIOSK, null,
                    unit, "Xã " + unit.substring(7, 9), null, null, null, 1,
                    FIRST_DAY.plusMinutes(random.nextInt(60 * 24 * 1050)), answers, groups, null);
        }
        return new SurveyResponseSubmittedV1(UUID.randomUUID(), SurveyResponseSubmittedV1.SOURCE_DOSSIER,
                dossier.dossierId(), dossier.unitCode(), dossier.unitName(), dossier.procedureCode(),
                dossier.procedureName(), dossier.channel(), 1, dossier.receivedAt().plusDays(random.nextInt(30)), answers,
                groups, random.nextBoolean() ? dossier.unitAncestorCodes() : null);
    }

    private static Integer nullable(Random random, int bound) {
        return random.nextDouble() < 0.3 ? null : random.nextInt(bound);
    }
}
