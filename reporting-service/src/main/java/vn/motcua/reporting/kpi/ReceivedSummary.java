package vn.motcua.reporting.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.events.Channel;

@Schema(name = "ReceivedSummary", description = "Dossiers received in a period")
public record ReceivedSummary(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Unit filter, or absent for all units the caller may see") String unitCode,
        @Schema(description = "Dossiers received in the period") long total,
        @Schema(description = "Received per channel; every channel is listed, 0 included") Map<Channel, Long> byChannel,
        @Schema(description = "Received through the ONLINE channel") long online,
        @Schema(description = "online / total in percent, one decimal, rounded half up; absent when total is 0",
                examples = "37.5") BigDecimal onlineSharePercent) {
}
