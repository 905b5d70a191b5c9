package vn.motcua.catalog.unit;

import java.util.List;
import org.mapstruct.Mapper;

@Mapper
public interface UnitMapper {

    UnitView toView(AdministrativeUnit unit);

    UnitNode toNode(AdministrativeUnit unit, List<UnitNode> children);
}
