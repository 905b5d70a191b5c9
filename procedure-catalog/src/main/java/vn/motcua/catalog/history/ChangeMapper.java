package vn.motcua.catalog.history;

import java.time.OffsetDateTime;
import org.mapstruct.Mapper;
import vn.motcua.catalog.common.BusinessDates;

@Mapper
public interface ChangeMapper {

    ChangeView toView(CatalogChange change);

    /** Times are shown in Vietnam's offset (+07:00), whatever the database session's zone. */
    default OffsetDateTime vietnamTime(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(BusinessDates.ZONE).toOffsetDateTime();
    }
}
