package vn.motcua.catalog.field;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface FieldMapper {

    FieldView toView(ProcedureField field);

    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    ProcedureField toEntity(NewField field);
}
