package vn.motcua.survey.response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.survey.questionnaire.QuestionnaireDefinition;

/** Checks a response against the questionnaire version it must answer. Pure. */
public final class AnswerRules {

    public static final int MAX_COMMENT = 1000;

    private AnswerRules() {
    }

    /** One valid answer with its group. */
    public record ScoredAnswer(String question, String group, int score) {
    }

    /**
     * The answers in questionnaire order.
     *
     * @throws ProblemException (400, validation) listing every invalid field
     */
    public static List<ScoredAnswer> check(ResponseInput input, int expectedVersion, QuestionnaireDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw ProblemException.invalidField("answers", "a response body is required");
        }
        if (input.questionnaireVersion() == null) {
            errors.add(new FieldError("questionnaireVersion", "is required"));
        } else if (input.questionnaireVersion() != expectedVersion) {
            errors.add(new FieldError("questionnaireVersion", "this survey answers questionnaire version "
                    + expectedVersion));
        }
        if (input.comment() != null && input.comment().length() > MAX_COMMENT) {
            errors.add(new FieldError("comment", "at most " + MAX_COMMENT + " characters"));
        }
        Map<String, String> groupOf = new LinkedHashMap<>();
        Map<String, Boolean> required = new HashMap<>();
        for (QuestionnaireDefinition.QuestionGroup group : definition.groups()) {
            for (QuestionnaireDefinition.Question question : group.questions()) {
                groupOf.put(question.code(), group.code());
                required.put(question.code(), question.required());
            }
        }
        Map<String, ScoredAnswer> answered = new HashMap<>();
        if (input.answers() == null || input.answers().isEmpty()) {
            errors.add(new FieldError("answers", "answer at least every required question"));
        } else {
            for (int i = 0; i < input.answers().size(); i++) {
                ResponseInput.AnswerInput answer = input.answers().get(i);
                String at = "answers[" + i + "]";
                if (answer == null) {
                    errors.add(new FieldError(at, "is required"));
                    continue;
                }
                boolean valid = true;
                if (answer.question() == null) {
                    errors.add(new FieldError(at + ".question", "is required"));
                    valid = false;
                } else if (!groupOf.containsKey(answer.question())) {
                    errors.add(new FieldError(at + ".question", "unknown question " + abbreviate(answer.question())));
                    valid = false;
                } else if (answered.containsKey(answer.question())) {
                    errors.add(new FieldError(at + ".question", "question " + answer.question() + " is answered twice"));
                    valid = false;
                }
                if (answer.score() == null || answer.score() < 1 || answer.score() > 5) {
                    errors.add(new FieldError(at + ".score", "must be from 1 to 5"));
                    valid = false;
                }
                if (valid) {
                    answered.put(answer.question(), new ScoredAnswer(answer.question(), groupOf.get(answer.question()),
                            answer.score()));
                }
            }
            for (Map.Entry<String, Boolean> question : required.entrySet()) {
                if (question.getValue() && !answered.containsKey(question.getKey())
                        && input.answers().stream().noneMatch(a -> a != null && question.getKey().equals(a.question()))) {
                    errors.add(new FieldError("answers", "question " + question.getKey() + " is required"));
                }
            }
        }
        errors.sort(java.util.Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        FieldErrors.of(errors).throwIfAny();
        List<ScoredAnswer> ordered = new ArrayList<>();
        for (String code : groupOf.keySet()) {
            if (answered.containsKey(code)) {
                ordered.add(answered.get(code));
            }
        }
        return ordered;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
