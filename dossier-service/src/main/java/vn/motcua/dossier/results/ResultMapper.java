package vn.motcua.dossier.results;

import org.mapstruct.Mapper;

@Mapper
public interface ResultMapper {

    ResultView toView(ElectronicResult result);
}
