package vn.motcua.catalog.procedure;

import java.util.EnumMap;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.motcua.catalog.field.ProcedureField;

@Mapper
public interface ProcedureMapper {

    @Mapping(target = "processingDays", expression = "java(processingDays(procedure))")
    @Mapping(target = "delegated", expression = "java(procedure.delegatedBy != null)")
    ProcedureView toView(Procedure procedure);

    @Mapping(target = "field", source = "field.code")
    @Mapping(target = "processingDays", expression = "java(processingDays(procedure))")
    @Mapping(target = "delegated", expression = "java(procedure.delegatedBy != null)")
    ProcedureDraft toDraft(Procedure procedure);

    FieldRef toRef(ProcedureField field);

    default Map<Channel, Integer> processingDays(Procedure procedure) {
        Map<Channel, Integer> days = new EnumMap<>(Channel.class);
        if (procedure.daysInPerson != null) {
            days.put(Channel.IN_PERSON, procedure.daysInPerson);
        }
        if (procedure.daysOnline != null) {
            days.put(Channel.ONLINE, procedure.daysOnline);
        }
        if (procedure.daysPostal != null) {
            days.put(Channel.POSTAL, procedure.daysPostal);
        }
        return days;
    }
}
