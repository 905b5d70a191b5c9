package vn.motcua.dossier.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.catalog.Catalog;
import vn.motcua.dossier.catalog.CatalogProcedure;
import vn.motcua.dossier.catalog.CatalogUnit;
import vn.motcua.dossier.catalog.Jurisdiction;
import vn.motcua.dossier.catalog.UnitPlace;
import vn.motcua.dossier.core.Caller;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierEvents;
import vn.motcua.dossier.core.DossierMapper;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.UnitLevel;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Intake (tiếp nhận hồ sơ): checks a request against the caller's unit, its own rules and the catalog, then
 * writes the dossier, its receipt number and its {@code dossier-received} event in one transaction. Catalog
 * lookups happen before the transaction; a warm cache makes none.
 */
@ApplicationScoped
public class Intake {

    private final Catalog catalog;
    private final WorkingCalendar calendar;
    private final IntakeWriter writer;
    private final DossierMapper views;
    private final IntakeMapper intakeMapper;
    private final ObjectMapper json;

    public Intake(Catalog catalog, WorkingCalendar calendar, IntakeWriter writer, DossierMapper views,
            IntakeMapper intakeMapper, ObjectMapper json) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.writer = writer;
        this.views = views;
        this.intakeMapper = intakeMapper;
        this.json = json;
    }

    /** The intake response: the dossier with its secrets, and whether it was created now or replayed. */
    public record Receipt(DossierView dossier, boolean created) {
    }

    public Receipt receive(IntakeRequest request, Caller caller, String idempotencyHeader) {
        if (caller.unit() == null || !caller.unit().equals(request.unitCode())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "you may file dossiers only at your own unit ("
                    + (caller.unit() == null ? "none in your token" : caller.unit()) + ")",
                    List.of(new FieldError("unitCode", "is not your unit")));
        }
        Optional<IdempotencyKey> key = IdempotencyKey.of(caller.name() + "@" + caller.unit(), idempotencyHeader);
        List<FieldError> errors = IntakeRules.check(request);
        FieldErrors.of(errors).throwIfAny();
        byte[] requestHash = hash(request);

        CatalogProcedure procedure;
        CatalogUnit unit;
        try {
            procedure = catalog.procedure(request.procedureCode()).orElseThrow(() -> unprocessable(
                    new FieldError("procedureCode", "no procedure " + request.procedureCode() + " in the catalog")));
            unit = catalog.unit(request.unitCode()).orElseThrow(() -> unprocessable(
                    new FieldError("unitCode", "no unit " + request.unitCode() + " in the catalog")));
        } catch (ProblemException unavailable) {
            // a retry of a request already received is answered even when the catalog cannot be asked
            if (key.isPresent() && unavailable.type() == ProblemType.SERVICE_UNAVAILABLE) {
                Optional<IntakeWriter.Earlier> earlier = writer.earlier(key.get());
                if (earlier.isPresent()) {
                    return replay(key.get(), earlier.get(), requestHash);
                }
            }
            throw unavailable;
        }
        OffsetDateTime receivedAt = OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = WorkingCalendar.businessDate(receivedAt);
        String resolvingCode = request.resolvingUnitCode() != null ? request.resolvingUnitCode()
                : Jurisdiction.defaultResolver(procedure, unit);
        CatalogUnit resolvingUnit = resolvingCode.equals(unit.code()) ? unit : catalog.unit(resolvingCode)
                .orElseThrow(() -> unprocessable(new FieldError(IntakeRules.resolverField(request),
                        "no unit " + resolvingCode + " in the catalog")));
        UnitPlace receiving = catalog.place(unit);
        UnitPlace resolving = resolvingUnit == unit ? receiving : catalog.place(resolvingUnit);
        errors = IntakeRules.againstCatalog(request, procedure, receiving, resolving, today);
        if (!errors.isEmpty()) {
            throw unprocessable(errors.toArray(FieldError[]::new));
        }
        UnitLevel unitLevel = enumOrNull(UnitLevel.class, unit.level());
        UnitLevel resolvingLevel = enumOrNull(UnitLevel.class, resolvingUnit.level());
        if (unitLevel == null || resolvingLevel == null || procedure.name() == null || unit.name() == null
                || resolvingUnit.name() == null) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "the procedure catalog answered with an incomplete record; try again later")
                    .withHeader("Retry-After", "60");
        }

        int days = procedure.processingDays().get(request.channel().name());
        Dossier dossier = intakeMapper.toEntity(request);
        dossier.id = UUID.randomUUID();
        dossier.status = DossierStatus.RECEIVED;
        dossier.receivedAt = receivedAt;
        dossier.processingDays = days;
        dossier.dueAt = calendar.dueAt(receivedAt, days);
        dossier.procedureCode = procedure.code();
        dossier.procedureName = procedure.name();
        dossier.procedureVersion = procedure.version();
        dossier.fieldCode = procedure.field() == null ? null : procedure.field().code();
        dossier.fieldName = procedure.field() == null ? null : procedure.field().name();
        OnlineLevel onlineLevel = enumOrNull(OnlineLevel.class, procedure.onlineLevel());
        dossier.onlineLevel = onlineLevel == null ? OnlineLevel.NONE : onlineLevel;
        dossier.unitName = unit.name();
        dossier.unitLevel = unitLevel;
        dossier.unitAncestorCodes = receiving.ancestorCodes();
        dossier.assignResolvingUnit(resolvingUnit.code(), resolvingUnit.name(), resolvingLevel,
                resolving.ancestorCodes());
        dossier.applicantPhone = IntakeRules.normalisePhone(request.applicant().phone());
        dossier.receivedBy = caller.name();
        Secrets.Issued secrets = dossier.issueSecrets();
        String lookupSecret = secrets.lookupSecret();
        String surveyToken = secrets.surveyToken();
        byte[] sealed = key.map(k -> k.seal(lookupSecret, surveyToken)).orElse(null);

        IntakeWriter.Outcome outcome = writer.write(dossier, key, requestHash, sealed, d -> DossierEvents.received(d, surveyToken));
        if (outcome.earlier() != null) {
            return replay(key.orElseThrow(), outcome.earlier(), requestHash);
        }
        return new Receipt(views.toView(outcome.dossier()).withSecrets(lookupSecret, surveyToken), true);
    }

    private Receipt replay(IdempotencyKey key, IntakeWriter.Earlier earlier, byte[] requestHash) {
        UUID id = earlier.sameRequest(requestHash);
        Dossier dossier = Dossier.findById(id);
        String[] secrets = key.unseal(earlier.sealed());
        return new Receipt(views.toView(dossier).withSecrets(secrets[0], secrets[1]), false);
    }

    private byte[] hash(IntakeRequest request) {
        try {
            return Secrets.sha256(json.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException unprocessable(FieldError... errors) {
        return FieldErrors.problem(ProblemType.UNPROCESSABLE, List.of(errors));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
