package vn.motcua.survey.questionnaire;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface QuestionnaireMapper {

    @Mapping(target = "title", source = "definition.title")
    @Mapping(target = "scale", source = "definition.scale")
    @Mapping(target = "groups", source = "definition.groups")
    QuestionnaireView toView(Questionnaire questionnaire);
}
