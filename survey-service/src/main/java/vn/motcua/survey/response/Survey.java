package vn.motcua.survey.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
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

    /** SHA-256 of the survey token (hex): the token itself is not kept, only recognised. */
    @Column(name = "token_hash")
    public String tokenHash;
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

    /** How a survey token is stored and looked up. */
    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
