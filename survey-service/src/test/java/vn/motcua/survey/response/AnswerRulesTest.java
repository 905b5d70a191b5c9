package vn.motcua.survey.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.survey.questionnaire.LocalizedText;
import vn.motcua.survey.questionnaire.QuestionnaireDefinition;
import vn.motcua.survey.questionnaire.QuestionnaireDefinition.Question;
import vn.motcua.survey.questionnaire.QuestionnaireDefinition.QuestionGroup;

class AnswerRulesTest {

    private static final LocalizedText T = new LocalizedText("x", "x");
    private static final QuestionnaireDefinition DEFINITION = new QuestionnaireDefinition(T, List.of(), List.of(
            new QuestionGroup("ACCESS", T, List.of(new Question("ACCESS_1", T, true), new Question("ACCESS_2", T, true))),
            new QuestionGroup("FEEDBACK", T, List.of(new Question("FEEDBACK_1", T, false)))));

    private static ResponseInput.AnswerInput a(String question, Integer score) {
        return new ResponseInput.AnswerInput(question, score);
    }

    private static List<FieldError> errors(ResponseInput input) {
        return catchThrowableOfType(ProblemException.class, () -> AnswerRules.check(input, 2, DEFINITION)).errors();
    }

    @Test
    void validAnswersComeBackInQuestionnaireOrderWithTheirGroups() {
        var answers = AnswerRules.check(new ResponseInput(2, List.of(a("FEEDBACK_1", 1), a("ACCESS_2", 5),
                a("ACCESS_1", 4)), null), 2, DEFINITION);
        assertThat(answers).containsExactly(new AnswerRules.ScoredAnswer("ACCESS_1", "ACCESS", 4),
                new AnswerRules.ScoredAnswer("ACCESS_2", "ACCESS", 5),
                new AnswerRules.ScoredAnswer("FEEDBACK_1", "FEEDBACK", 1));
        assertThat(AnswerRules.check(new ResponseInput(2, List.of(a("ACCESS_1", 1), a("ACCESS_2", 1)),
                "x".repeat(1000)), 2, DEFINITION)).hasSize(2);
    }

    @Test
    void everyProblemIsReportedWithItsField() {
        List<ResponseInput.AnswerInput> answers = new ArrayList<>();
        answers.add(a("ACCESS_1", 0));
        answers.add(a("NOPE", 3));
        answers.add(a(null, null));
        answers.add(null);
        assertThat(errors(new ResponseInput(1, answers, "x".repeat(1001))))
                .extracting(FieldError::field)
                .containsExactly("answers", "answers[0].score", "answers[1].question", "answers[2].question",
                        "answers[2].score", "answers[3]", "comment", "questionnaireVersion");
        assertThat(errors(new ResponseInput(1, answers, null)).get(0).message())
                .isEqualTo("question ACCESS_2 is required");
    }

    @Test
    void noAnswersAtAll() {
        assertThat(errors(new ResponseInput(2, List.of(), null))).extracting(FieldError::field)
                .containsExactly("answers");
        assertThat(errors(null)).extracting(FieldError::field).containsExactly("answers");
    }
}
