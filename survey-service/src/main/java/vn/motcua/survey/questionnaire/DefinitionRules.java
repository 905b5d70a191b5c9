package vn.motcua.survey.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.problem.FieldError;

/** Rules a questionnaire must meet beyond its shape: unique codes and a complete 1–5 scale. */
final class DefinitionRules {

    private DefinitionRules() {
    }

    static List<FieldError> violations(QuestionnaireDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < definition.scale().size(); i++) {
            if (!values.add(definition.scale().get(i).value())) {
                errors.add(new FieldError("scale[" + i + "].value", "each value 1 to 5 appears once"));
            }
        }
        Set<String> groupCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        for (int g = 0; g < definition.groups().size(); g++) {
            var group = definition.groups().get(g);
            if (!groupCodes.add(group.code())) {
                errors.add(new FieldError("groups[" + g + "].code", "duplicate group code " + group.code()));
            }
            for (int q = 0; q < group.questions().size(); q++) {
                String code = group.questions().get(q).code();
                if (!questionCodes.add(code)) {
                    errors.add(new FieldError("groups[" + g + "].questions[" + q + "].code",
                            "duplicate question code " + code));
                }
            }
        }
        return errors;
    }
}
