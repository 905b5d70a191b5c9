package vn.motcua.dossier.intake;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierDocument;

/**
 * An intake request onto a new dossier; historical import builds the same request for each old dossier. Only
 * what the request says is mapped (unmapped targets are ignored): the rest is the catalog's snapshot, times,
 * receipt code and secrets, set by intake or import.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.IGNORE)
public interface IntakeMapper {

    @Mapping(target = "applicantType", source = "applicant.type")
    @Mapping(target = "applicantName", source = "applicant.name")
    @Mapping(target = "applicantCitizenId", source = "applicant.citizenId")
    @Mapping(target = "applicantTaxCode", source = "applicant.taxCode")
    @Mapping(target = "applicantPhone", source = "applicant.phone")
    @Mapping(target = "applicantEmail", source = "applicant.email")
    @Mapping(target = "applicantAddress", source = "applicant.address")
    Dossier toEntity(IntakeRequest request);

    default DossierDocument document(IntakeRequest.Document document) {
        return new DossierDocument(document.component().trim(), IntakeRules.orZero(document.originals()),
                IntakeRules.orZero(document.copies()));
    }
}
