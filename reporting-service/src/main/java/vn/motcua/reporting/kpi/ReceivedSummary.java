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
        @Schema(description = "Unit filter, or absent for all units the caller may see", examples = "000.00.63.H26")
        String unitCode,
        @Schema(description = "Dossiers received in the period", examples = "370") long total,
        @Schema(description = "Received per channel; every channel is listed, 0 included",
                example = KpiFigures.BY_CHANNEL_EXAMPLE) Map<Channel, Long> byChannel,
        @Schema(description = "Received through the ONLINE channel", examples = "170") long online,
        @Schema(description = "online / total in percent, one decimal, rounded half up; absent when total is 0",
                examples = "45.9") BigDecimal onlineSharePercent) {
}
