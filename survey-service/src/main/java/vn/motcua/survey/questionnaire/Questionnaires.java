package vn.motcua.survey.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;

/** Reads questionnaire versions and publishes new ones; a published version never changes. */
@ApplicationScoped
public class Questionnaires {

    public Optional<Questionnaire> current() {
        return Questionnaire.find("order by version desc").firstResultOptional();
    }

    public Optional<Questionnaire> version(int version) {
        return Questionnaire.findByIdOptional(version);
    }

    @Transactional
    public Questionnaire publish(QuestionnaireDefinition definition, String by) {
        List<FieldError> errors = DefinitionRules.violations(definition);
        FieldErrors.of(errors).throwIfAny();
        // Serialise publishers so two new versions never take the same number.
        Questionnaire latest = Questionnaire.find("order by version desc").withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        Questionnaire next = new Questionnaire();
        next.version = latest == null ? 1 : latest.version + 1;
        next.definition = sorted(definition);
        next.publishedAt = OffsetDateTime.now();
        next.publishedBy = by;
        next.persist();
        return next;
    }

    private static QuestionnaireDefinition sorted(QuestionnaireDefinition definition) {
        return new QuestionnaireDefinition(definition.title(),
                definition.scale().stream().sorted(Comparator.comparingInt(QuestionnaireDefinition.AnswerOption::value))
                        .toList(),
                definition.groups());
    }
}
