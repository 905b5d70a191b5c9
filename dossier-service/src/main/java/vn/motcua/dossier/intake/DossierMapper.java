package vn.motcua.dossier.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.motcua.dossier.calendar.WorkingCalendar;

@Mapper
public interface DossierMapper {

    @Mapping(target = "processingWorkingDays", source = "processingDays")
    @Mapping(target = "dueDate", source = "dueAt")
    @Mapping(target = "procedure", source = ".")
    @Mapping(target = "unit", source = ".")
    @Mapping(target = "applicant", source = ".")
    @Mapping(target = "lookupSecret", ignore = true)
    @Mapping(target = "surveyToken", ignore = true)
    DossierView toView(Dossier dossier);

    @Mapping(target = "code", source = "procedureCode")
    @Mapping(target = "name", source = "procedureName")
    @Mapping(target = "version", source = "procedureVersion")
    DossierView.Procedure procedure(Dossier dossier);

    @Mapping(target = "code", source = "unitCode")
    @Mapping(target = "name", source = "unitName")
    @Mapping(target = "level", source = "unitLevel")
    DossierView.Unit unit(Dossier dossier);

    @Mapping(target = "type", source = "applicantType")
    @Mapping(target = "name", source = "applicantName")
    @Mapping(target = "citizenId", source = "applicantCitizenId")
    @Mapping(target = "taxCode", source = "applicantTaxCode")
    @Mapping(target = "phone", source = "applicantPhone")
    @Mapping(target = "email", source = "applicantEmail")
    @Mapping(target = "address", source = "applicantAddress")
    DossierView.Applicant applicant(Dossier dossier);

    /** What the request says; the caller adds the catalog snapshot, times, receipt code and secrets. */
    @Mapping(target = "applicantType", source = "applicant.type")
    @Mapping(target = "applicantName", source = "applicant.name")
    @Mapping(target = "applicantCitizenId", source = "applicant.citizenId")
    @Mapping(target = "applicantTaxCode", source = "applicant.taxCode")
    @Mapping(target = "applicantPhone", source = "applicant.phone")
    @Mapping(target = "applicantEmail", source = "applicant.email")
    @Mapping(target = "applicantAddress", source = "applicant.address")
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "receiptCode", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "receivedAt", ignore = true)
    @Mapping(target = "dueAt", ignore = true)
    @Mapping(target = "processingDays", ignore = true)
    @Mapping(target = "procedureName", ignore = true)
    @Mapping(target = "procedureVersion", ignore = true)
    @Mapping(target = "fieldCode", ignore = true)
    @Mapping(target = "fieldName", ignore = true)
    @Mapping(target = "onlineLevel", ignore = true)
    @Mapping(target = "unitName", ignore = true)
    @Mapping(target = "unitLevel", ignore = true)
    @Mapping(target = "lookupSecretHash", ignore = true)
    @Mapping(target = "surveyTokenHash", ignore = true)
    @Mapping(target = "surveyTokenSealed", ignore = true)
    @Mapping(target = "receivedBy", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "outcome", ignore = true)
    @Mapping(target = "outcomeReason", ignore = true)
    @Mapping(target = "resolvedAt", ignore = true)
    @Mapping(target = "apologyAt", ignore = true)
    @Mapping(target = "appointmentDate", ignore = true)
    @Mapping(target = "unitAncestorCodes", ignore = true)
    @Mapping(target = "overdueAt", ignore = true)
    Dossier toEntity(IntakeRequest request);

    default DossierDocument document(IntakeRequest.Document document) {
        return new DossierDocument(document.component().trim(), IntakeRules.orZero(document.originals()),
                IntakeRules.orZero(document.copies()));
    }

    /** Times are shown in Vietnam's offset, whatever the database session's time zone. */
    default OffsetDateTime inBusinessZone(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime();
    }

    default LocalDate businessDate(OffsetDateTime at) {
        return at == null ? null : WorkingCalendar.businessDate(at);
    }
}
