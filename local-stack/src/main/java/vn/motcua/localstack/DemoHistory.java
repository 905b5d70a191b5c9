package vn.motcua.localstack;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A few months of believable one-stop history for the demo, as dossiers in the shape of dossier-service's import
 * ({@code POST /api/v1/dossier-imports}): weekdays only, a few dossiers per commune and day, procedures the commune
 * level offers, channels weighted towards the desk and online, most resolved on time and returned, some late (with
 * the apology letter the workflow demands before the return), rejected, withdrawn, refused, and the recent ones still
 * pending. Pure and seeded: the same inputs give the same history.
 *
 * <p>Times are chosen so that timeliness does not depend on the holiday calendar: "on time" resolves on the day of
 * receipt (or of the supplement), "late" resolves {@link #LATE_MARGIN_DAYS} calendar days after twice the working
 * days, which no calendar can stretch to.
 */
final class DemoHistory {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    static final int LATE_MARGIN_DAYS = 14;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long",
            "Mai", "Nam", "Phương", "Quân", "Sơn", "Trang", "Tuấn", "Yến"};

    /** A procedure as the demo needs it: its channels with their working days, and its required documents. */
    record Procedure(String code, Map<String, Integer> processingDays, List<String> requiredComponents) {
    }

    /** A step of an imported dossier, in the import's field names. */
    record Step(String action, OffsetDateTime at, String actor, Map<String, Object> details) {
    }

    /** One past dossier to import. {@code fate} tells what became of it, for the demo's own tally. */
    record Dossier(String legacyId, String procedureCode, String unitCode, String channel, Map<String, String> applicant,
            List<String> documents, OffsetDateTime receivedAt, List<Step> steps, Fate fate) {
    }

    enum Fate { ON_TIME, LATE, REJECTED, WITHDRAWN, REFUSED, PENDING }

    private final List<Procedure> procedures;
    private final List<String> units;
    private final Random random;
    private final UnaryOperator<LocalDate> nextWorkingDay;

    /** @param nextWorkingDay the first working day after a date, on dossier-service's calendar */
    DemoHistory(List<Procedure> procedures, List<String> units, long seed, UnaryOperator<LocalDate> nextWorkingDay) {
        if (procedures.isEmpty() || units.isEmpty()) {
            throw new IllegalArgumentException("the demo needs procedures and units");
        }
        this.procedures = List.copyOf(procedures);
        this.units = List.copyOf(units);
        this.random = new Random(seed);
        this.nextWorkingDay = nextWorkingDay;
    }

    /**
     * Dossiers received on the weekdays from {@code from} up to the day before {@code today}, every step before
     * {@code now}; {@code perUnitAndDay} on average per unit and weekday.
     */
    List<Dossier> generate(LocalDate from, LocalDate today, OffsetDateTime now, double perUnitAndDay) {
        List<Dossier> dossiers = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (String unit : units) {
                int count = (int) Math.round(perUnitAndDay * (0.4 + 1.2 * random.nextDouble()));
                for (int i = 0; i < count; i++) {
                    dossiers.add(dossier("demo:" + unit + ":" + day + ":" + i, unit, day, today, now));
                }
            }
        }
        return dossiers;
    }

    private Dossier dossier(String legacyId, String unit, LocalDate day, LocalDate today, OffsetDateTime now) {
        Procedure procedure = procedures.get(random.nextInt(procedures.size()));
        String channel = channel(procedure);
        int workingDays = procedure.processingDays().get(channel);
        OffsetDateTime received = day.atTime(LocalTime.of(8, 0).plusSeconds(random.nextInt(6 * 3600)))
                .atOffset(VIETNAM);
        String clerk = "demo.clerk." + unit.substring(7, 9);
        String officer = "demo.officer." + unit.substring(7, 9);
        Fate fate = fate(day, today, received, workingDays, now);
        List<Step> steps = new ArrayList<>();
        switch (fate) {
            case REFUSED -> steps.add(step("REFUSE", received.plusMinutes(20), clerk,
                    Map.of("reason", "Hồ sơ không thuộc thẩm quyền giải quyết của xã")));
            case WITHDRAWN -> {
                steps.add(step("START", received.plusHours(1), officer, Map.of()));
                steps.add(step("WITHDRAW", received.plusHours(2), clerk,
                        Map.of("note", "Công dân đề nghị rút hồ sơ")));
            }
            case PENDING -> {
                if (random.nextBoolean()) {
                    steps.add(step("START", received.plusHours(1), officer, Map.of()));
                    if (random.nextInt(4) == 0) {
                        steps.add(step("REQUEST_SUPPLEMENT", received.plusHours(2), officer,
                                Map.of("missingItems", List.of("Bản sao giấy tờ tùy thân còn hiệu lực"))));
                    }
                }
            }
            case LATE -> {
                OffsetDateTime resolved = received.plusDays(2L * workingDays + LATE_MARGIN_DAYS);
                steps.add(step("START", received.plusHours(1), officer, Map.of()));
                steps.add(step("RESOLVE", resolved, officer, Map.of("outcome", "APPROVED")));
                steps.add(step("APOLOGIZE", resolved.plusMinutes(30), officer,
                        Map.of("appointmentDate", nextWorkingDay.apply(resolved.toLocalDate()).toString(),
                                "note", "Xin lỗi vì giải quyết quá hạn")));
                steps.add(step("RETURN", resolved.plusHours(1), clerk, Map.of()));
            }
            case ON_TIME, REJECTED -> {
                OffsetDateTime at = received.plusHours(1);
                steps.add(step("START", at, officer, Map.of()));
                boolean nextDayPassed = received.toLocalDate().plusDays(1).isBefore(today);
                if (nextDayPassed && random.nextInt(10) == 0) {
                    // a supplement comes back the next morning; the clock restarts then
                    steps.add(step("REQUEST_SUPPLEMENT", at.plusMinutes(30), officer,
                            Map.of("missingItems", List.of("Bản chính giấy tờ để đối chiếu"))));
                    at = received.toLocalDate().plusDays(1).atTime(8, 30, received.getSecond()).atOffset(VIETNAM);
                    steps.add(step("RECEIVE_SUPPLEMENT", at, clerk, Map.of()));
                }
                steps.add(step("RESOLVE", at.plusHours(1), officer, fate == Fate.REJECTED
                        ? Map.of("outcome", "REJECTED", "reason", "Giấy tờ không hợp lệ")
                        : Map.of("outcome", "APPROVED")));
                steps.add(step("RETURN", at.plusHours(2), clerk, Map.of()));
            }
            default -> throw new IllegalStateException(fate.name());
        }
        return new Dossier(legacyId, procedure.code(), unit, channel, applicant(), procedure.requiredComponents(),
                received, steps, fate);
    }

    private Fate fate(LocalDate day, LocalDate today, OffsetDateTime received, int workingDays, OffsetDateTime now) {
        if (!day.isBefore(today.minusDays(3)) && random.nextInt(10) < 6) {
            return Fate.PENDING;
        }
        int roll = random.nextInt(100);
        boolean canBeLate = received.plusDays(2L * workingDays + LATE_MARGIN_DAYS).plusHours(2).isBefore(now);
        if (roll < 8 && canBeLate) {
            return Fate.LATE;
        }
        if (roll < 16) {
            return Fate.REJECTED;
        }
        if (roll < 21) {
            return Fate.WITHDRAWN;
        }
        if (roll < 23) {
            return Fate.REFUSED;
        }
        return roll < 27 ? Fate.PENDING : Fate.ON_TIME;
    }

    /** IN_PERSON about half, ONLINE about 45%, POSTAL the rest, among the channels the procedure offers. */
    private String channel(Procedure procedure) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("IN_PERSON", 50);
        weights.put("ONLINE", 45);
        weights.put("POSTAL", 5);
        weights.keySet().retainAll(procedure.processingDays().keySet());
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int pick = random.nextInt(total);
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            pick -= weight.getValue();
            if (pick < 0) {
                return weight.getKey();
            }
        }
        throw new IllegalStateException("no channel for " + procedure.code());
    }

    /** A made-up citizen: personal data that belongs to nobody. */
    Map<String, String> applicant() {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        Map<String, String> applicant = new LinkedHashMap<>();
        applicant.put("type", "CITIZEN");
        applicant.put("name", name);
        // Hà Nội's province code 001, a sex digit of someone born in the 1900s (0 or 1), birth year, six digits
        applicant.put("citizenId", String.format("001%d%02d%06d", random.nextInt(2), 40 + random.nextInt(60),
                random.nextInt(1_000_000)));
        applicant.put("phone", String.format("09%08d", random.nextInt(100_000_000)));
        return applicant;
    }

    private static Step step(String action, OffsetDateTime at, String actor, Map<String, Object> details) {
        return new Step(action, at, actor, details);
    }
}
