package vn.motcua.dossier.calendar;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface CalendarMapper {

    @Mapping(target = "date", source = "day")
    ScheduleDay toView(CalendarDay day);

    @Mapping(target = "day", source = "date")
    @Mapping(target = "year", ignore = true)
    CalendarDay toEntity(ScheduleDay day);
}
