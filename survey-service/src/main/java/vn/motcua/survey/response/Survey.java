package vn.motcua.survey.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dossier's survey, kept by the invitation consumers; this side only reads it and marks it answered. */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    public String token;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "unit_name")
    public String unitName;
    @Column(name = "procedure_code")
    public String procedureCode;
    @Column(name = "procedure_name")
    public String procedureName;
    public String channel;
    /** The unit's parents at intake, nearest first; null when the events did not say. */
    @Column(name = "unit_ancestor_codes")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] unitAncestorCodes;
    public String outcome;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "closes_at")
    public OffsetDateTime closesAt;
    @Column(name = "questionnaire_version")
    public Integer questionnaireVersion;
    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    public boolean withdrawn() {
        return "WITHDRAWN".equals(outcome);
    }

    public SurveyState state(OffsetDateTime now) {
        if (answeredAt != null) {
            return SurveyState.ANSWERED;
        }
        if (openedAt == null) {
            return SurveyState.NOT_YET_OPEN;
        }
        return now.isBefore(closesAt) ? SurveyState.OPEN : SurveyState.EXPIRED;
    }
}
