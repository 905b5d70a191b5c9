package vn.motcua.reporting.kpi;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.events.Channel;

/** Counts received dossiers from the read model. */
@ApplicationScoped
public class ReceivedKpis {

    public ReceivedSummary summary(Period period, String unitCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select channel, count(*) from public.kpi_dossier
                where received_at >= ?1 and received_at < ?2 and (cast(?3 as varchar) is null or unit_code = ?3)
                group by channel""")
                .setParameter(1, period.start())
                .setParameter(2, period.end())
                .setParameter(3, unitCode)
                .getResultList();
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            byChannel.put(channel, 0L);
        }
        long total = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            byChannel.put(Channel.valueOf((String) row[0]), count);
            total += count;
        }
        long online = byChannel.get(Channel.ONLINE);
        return new ReceivedSummary(period.from(), period.to(), unitCode, total, byChannel, online,
                Percentages.of(online, total));
    }
}
