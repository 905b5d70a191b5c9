package vn.motcua.catalog.field;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface FieldMapper {

    FieldView toView(ProcedureField field);

    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "status", ignore = true)
    ProcedureField toEntity(NewField field);
}
