package vn.motcua.dossier.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import vn.motcua.dossier.calendar.WorkingCalendar;

@Mapper(imports = PortalStatus.class)
public interface DossierMapper {

    @Mapping(target = "portalStatusCode", expression = "java(PortalStatus.of(dossier.status))")
    @Mapping(target = "processingWorkingDays", source = "processingDays")
    @Mapping(target = "dueDate", source = "dueAt")
    @Mapping(target = "procedure", source = ".")
    @Mapping(target = "unit", source = ".")
    @Mapping(target = "resolvingUnit", source = ".", qualifiedByName = "resolvingUnit")
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

    @Named("resolvingUnit")
    @Mapping(target = "code", source = "resolvingUnitCode")
    @Mapping(target = "name", source = "resolvingUnitName")
    @Mapping(target = "level", source = "resolvingUnitLevel")
    DossierView.Unit resolvingUnit(Dossier dossier);

    @Mapping(target = "type", source = "applicantType")
    @Mapping(target = "name", source = "applicantName")
    @Mapping(target = "citizenId", source = "applicantCitizenId")
    @Mapping(target = "taxCode", source = "applicantTaxCode")
    @Mapping(target = "phone", source = "applicantPhone")
    @Mapping(target = "email", source = "applicantEmail")
    @Mapping(target = "address", source = "applicantAddress")
    DossierView.Applicant applicant(Dossier dossier);

    /** Times are shown in Vietnam's offset, whatever the database session's time zone. */
    default OffsetDateTime inBusinessZone(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime();
    }

    default LocalDate businessDate(OffsetDateTime at) {
        return at == null ? null : WorkingCalendar.businessDate(at);
    }
}
