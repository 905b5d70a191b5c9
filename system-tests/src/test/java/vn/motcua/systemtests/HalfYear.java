package vn.motcua.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic first half of 2025 for huyện Gia Lâm (000.00.20.H26, district-level procedures) and its 22
 * communes (000.01–22.20.H26, commune-level procedures), as dossiers for the import API, with the generator's own
 * tallies of what a half-year report must say. Timeliness never depends on the holiday calendar: on-time dossiers
 * resolve on the day of receipt; late ones {@value #LATE_MARGIN_DAYS} calendar days after twice their working
 * days; pending ones are either received by 30 April with at most 20 working days (overdue by 30 June) or in the
 * last days of June with at least 5 (not yet due).
 */
final class HalfYear {

    static final String DISTRICT = "000.00.20.H26";
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 6, 30);
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final int LATE_MARGIN_DAYS = 14;
    private static final LocalDate OLD_PENDING_BY = LocalDate.of(2025, 4, 30);
    private static final LocalDate FRESH_PENDING_FROM = LocalDate.of(2025, 6, 25);

    /** A procedure with its channels' working days and required documents. */
    record Procedure(String code, JsonNode processingDays, List<String> components) {
    }

    /** What the half-year report must say, counted while generating. */
    static final class Tally {
        long received;
        long district;
        long commune;
        long online;
        long resolved;
        long inTime;
        long late;
        long withdrawn;
        long pending;
        long overdue;

        BigDecimal onlineShare() {
            return percent(online, received);
        }

        BigDecimal onTimeRate() {
            return percent(inTime, resolved);
        }

        private static BigDecimal percent(long part, long whole) {
            return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }

        @Override
        public String toString() {
            return "received " + received + " (district " + district + ", commune " + commune + "), online " + online
                    + ", resolved " + resolved + " (in time " + inTime + ", late " + late + "), withdrawn " + withdrawn
                    + ", pending " + pending + " (overdue " + overdue + ")";
        }
    }

    private final List<Procedure> districtProcedures;
    private final List<Procedure> communeProcedures;
    private final Random random = new Random(2025_06_30L);
    final Tally tally = new Tally();
    final List<ObjectNode> dossiers = new ArrayList<>();

    HalfYear(List<Procedure> districtProcedures, List<Procedure> communeProcedures) {
        this.districtProcedures = districtProcedures;
        this.communeProcedures = communeProcedures;
    }

    /** Every weekday of the half-year: 4 dossiers at the district and one at each commune. */
    HalfYear generate(String runId) {
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int i = 0; i < 4; i++) {
                add(runId, DISTRICT, true, day, i);
            }
            for (int commune = 1; commune <= 22; commune++) {
                add(runId, String.format("000.%02d.20.H26", commune), false, day, 0);
            }
        }
        return this;
    }

    private void add(String runId, String unit, boolean district, LocalDate day, int index) {
        List<Procedure> offered = district ? districtProcedures : communeProcedures;
        int roll = random.nextInt(100);
        boolean oldPending = roll < 3 && !day.isAfter(OLD_PENDING_BY);
        boolean freshPending = roll < 30 && !day.isBefore(FRESH_PENDING_FROM);
        Procedure procedure = offered.get(random.nextInt(offered.size()));
        String channel = channel(procedure);
        // a pending dossier needs a processing time that makes it surely overdue, or surely not yet due
        for (int tries = 0; (oldPending && days(procedure, channel) > 20) || (freshPending && days(procedure, channel) < 5);
                tries++) {
            if (tries == 50) {
                oldPending = false;
                freshPending = false;
                break;
            }
            procedure = offered.get(random.nextInt(offered.size()));
            channel = channel(procedure);
        }
        int workingDays = days(procedure, channel);
        OffsetDateTime received = day.atTime(LocalTime.of(8, 0).plusSeconds(random.nextInt(6 * 3600)))
                .atOffset(VIETNAM);
        OffsetDateTime lateResolution = received.plusDays(2L * workingDays + LATE_MARGIN_DAYS);
        ObjectNode dossier = Http.JSON.createObjectNode()
                .put("legacyId", "half-year:" + runId + ":" + unit + ":" + day + ":" + index)
                .put("procedureCode", procedure.code()).put("unitCode", unit).put("channel", channel)
                .put("receivedAt", received.toString());
        dossier.set("applicant", Applicants.NEIGHBOUR.json());
        ArrayNode documents = dossier.putArray("documents");
        procedure.components().forEach(c -> documents.addObject().put("component", c).put("originals", 1)
                .put("copies", 0));
        ArrayNode steps = dossier.putArray("steps");
        tally.received++;
        if (district) {
            tally.district++;
        } else {
            tally.commune++;
        }
        if (channel.equals("ONLINE")) {
            tally.online++;
        }
        if (oldPending || freshPending) {
            tally.pending++;
            if (oldPending) {
                tally.overdue++;
            }
            if (random.nextBoolean()) {
                step(steps, "START", received.plusHours(1));
            }
        } else if (roll < 10 && !lateResolution.toLocalDate().isAfter(TO)) {
            step(steps, "START", received.plusHours(1));
            step(steps, "RESOLVE", lateResolution).put("outcome", "APPROVED");
            tally.resolved++;
            tally.late++;
        } else if (roll < 14) {
            step(steps, "START", received.plusHours(1));
            step(steps, "WITHDRAW", received.plusHours(2)).put("note", "Công dân rút hồ sơ");
            tally.withdrawn++;
        } else {
            step(steps, "START", received.plusHours(1));
            ObjectNode resolve = step(steps, "RESOLVE", received.plusHours(2));
            if (roll < 20) {
                resolve.put("outcome", "REJECTED").put("reason", "Hồ sơ không đủ điều kiện");
            } else {
                resolve.put("outcome", "APPROVED");
            }
            step(steps, "RETURN", received.plusHours(3));
            tally.resolved++;
            tally.inTime++;
        }
        dossiers.add(dossier);
    }

    private static ObjectNode step(ArrayNode steps, String action, OffsetDateTime at) {
        return steps.addObject().put("action", action).put("at", at.toString()).put("actor", "can.bo.mot.cua");
    }

    private static int days(Procedure procedure, String channel) {
        return procedure.processingDays().path(channel).asInt();
    }

    /** About a third online, among the channels the procedure offers. */
    private String channel(Procedure procedure) {
        List<String> offered = new ArrayList<>();
        procedure.processingDays().fieldNames().forEachRemaining(offered::add);
        if (offered.contains("ONLINE") && random.nextInt(3) == 0) {
            return "ONLINE";
        }
        offered.remove("ONLINE");
        return offered.isEmpty() ? "ONLINE" : offered.get(random.nextInt(offered.size()));
    }
}
