package vn.motcua.dossier.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.catalog.Catalog;
import vn.motcua.dossier.catalog.CatalogProcedure;
import vn.motcua.dossier.catalog.CatalogUnit;
import vn.motcua.dossier.catalog.UnitPlace;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.intake.IntakeMapper;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.dossier.intake.IntakeRules;
import vn.motcua.dossier.receipt.ReceiptNumbers;
import vn.motcua.dossier.receipt.Secrets;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.UnitLevel;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.problem.Problems;
import vn.motcua.problem.SupportedDates;

/**
 * Historical import: past dossiers of an earlier one-stop platform become dossiers as if intake and processing
 * had happened at their recorded times. Every dossier is checked first, as intake checks a new one but against the
 * catalog on the day it was received (a unit dissolved since is fine for dossiers received before), and its steps
 * are played through the live state machine ({@link StepReplay}); only when all of them pass does
 * {@link ImportWriter} write them, in one transaction. A dossier whose {@code legacyId} was imported before with
 * the same content is answered from the earlier import and not written again.
 */
@ApplicationScoped
public class DossierImport {

    private final Catalog catalog;
    private final WorkingCalendar calendar;
    private final IntakeMapper mapper;
    private final StepReplay replay;
    private final ImportWriter writer;
    private final Validator validator;
    private final ObjectMapper json;

    public DossierImport(Catalog catalog, WorkingCalendar calendar, IntakeMapper mapper, StepReplay replay,
            ImportWriter writer, Validator validator, ObjectMapper json) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.mapper = mapper;
        this.replay = replay;
        this.writer = writer;
        this.validator = validator;
        this.json = json;
    }

    public DossierImportResult run(DossierImportRequest request, String admin) {
        List<DossierImportRequest.ImportedDossier> items = request == null ? null : request.dossiers();
        if (items == null || items.isEmpty() || items.size() > DossierImportRequest.MAX_DOSSIERS) {
            throw ProblemException.invalidField("dossiers", "must list 1–" + DossierImportRequest.MAX_DOSSIERS
                    + " dossiers");
        }
        OffsetDateTime now = OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> legacyIds = new HashMap<>();
        Map<String, Integer> receiptCodes = new HashMap<>();
        List<Integer> wellFormed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<FieldError> own = checkShape(items.get(i), "dossiers[" + i + "]", now);
            if (own.isEmpty()) {
                DossierImportRequest.ImportedDossier item = items.get(i);
                Integer first = legacyIds.putIfAbsent(item.legacyId(), i);
                if (first != null) {
                    own.add(new FieldError("dossiers[" + i + "].legacyId", "repeats dossiers[" + first + "]"));
                }
                first = item.receiptCode() == null ? null : receiptCodes.putIfAbsent(item.receiptCode(), i);
                if (first != null) {
                    own.add(new FieldError("dossiers[" + i + "].receiptCode", "repeats dossiers[" + first + "]"));
                }
            }
            if (own.isEmpty()) {
                wellFormed.add(i);
            }
            errors.addAll(own);
        }

        Map<String, ImportWriter.Earlier> earlier = writer.earlier(legacyIds.keySet());
        Set<String> takenCodes = writer.takenReceiptCodes(receiptCodes.keySet());
        DossierImportResult.Entry[] entries = new DossierImportResult.Entry[items.size()];
        List<ImportWriter.NewDossier> fresh = new ArrayList<>();
        for (int i : wellFormed) {
            DossierImportRequest.ImportedDossier item = items.get(i);
            String at = "dossiers[" + i + "]";
            byte[] hash = hash(item);
            ImportWriter.Earlier before = earlier.get(item.legacyId());
            if (before != null) {
                if (Arrays.equals(before.requestHash(), hash)) {
                    entries[i] = before.entry(i, item.legacyId());
                } else {
                    errors.add(new FieldError(at + ".legacyId", "was imported before with different content "
                            + "(dossier " + before.dossierId() + ")"));
                }
                continue;
            }
            if (item.receiptCode() != null && takenCodes.contains(item.receiptCode())) {
                errors.add(new FieldError(at + ".receiptCode", "is already the receipt code of another dossier"));
                continue;
            }
            prepare(item, i, hash, admin, now, errors).ifPresent(fresh::add);
        }
        if (!errors.isEmpty()) {
            long bad = errors.stream().map(e -> e.field().substring(0, e.field().indexOf(']') + 1)).distinct().count();
            throw new ProblemException(ProblemType.UNPROCESSABLE, bad + " of " + items.size()
                    + " dossiers cannot be imported, so none was: " + errors.get(0).field() + ": "
                    + errors.get(0).message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
                    errors);
        }

        writer.write(fresh, admin);
        for (ImportWriter.NewDossier created : fresh) {
            Dossier d = created.dossier();
            entries[created.index()] = new DossierImportResult.Entry(created.index(), created.legacyId(), d.id,
                    d.receiptCode, d.status, StepReplay.inZone(d.receivedAt), StepReplay.inZone(d.dueAt), true,
                    created.lookupSecret(), created.surveyToken());
        }
        return new DossierImportResult(fresh.size(), items.size() - fresh.size(), List.of(entries));
    }

    /** Field shapes (as intake's), intake's own rules, receivedAt and the receipt code's form. */
    private List<FieldError> checkShape(DossierImportRequest.ImportedDossier item, String at, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (item == null) {
            errors.add(new FieldError(at, "must not be null"));
            return errors;
        }
        Problems.fieldErrors(validator.validate(item)).forEach(e -> errors.add(prefixed(at, e)));
        if (!errors.isEmpty()) {
            return errors;
        }
        IntakeRules.check(intakeRequest(item)).forEach(e -> errors.add(prefixed(at, e)));
        if (!SupportedDates.contains(item.receivedAt())) {
            errors.add(new FieldError(at + ".receivedAt", SupportedDates.MESSAGE));
            return errors;
        }
        if (item.receivedAt().isAfter(now)) {
            errors.add(new FieldError(at + ".receivedAt", "must be in the past"));
        }
        if (item.receiptCode() != null) {
            String prefix = ReceiptNumbers.prefix(item.unitCode(), WorkingCalendar.businessDate(item.receivedAt()));
            if (!item.receiptCode().startsWith(prefix)
                    || !item.receiptCode().substring(prefix.length()).matches("\\d{4,9}")
                    || Long.parseLong(item.receiptCode().substring(prefix.length())) == 0) {
                errors.add(new FieldError(at + ".receiptCode", "must be " + prefix + "<4–9 digits, not all 0>: "
                        + "the unit code and the day of receivedAt in Asia/Ho_Chi_Minh"));
            }
        }
        return errors;
    }

    /** Checks the dossier against the catalog on the day it was received and replays its steps. */
    private Optional<ImportWriter.NewDossier> prepare(DossierImportRequest.ImportedDossier item, int index,
            byte[] hash, String admin, OffsetDateTime now, List<FieldError> errors) {
        String at = "dossiers[" + index + "]";
        Optional<CatalogProcedure> procedure = catalog.procedure(item.procedureCode());
        Optional<CatalogUnit> unit = catalog.unit(item.unitCode());
        if (procedure.isEmpty()) {
            errors.add(new FieldError(at + ".procedureCode", "no procedure " + item.procedureCode() + " in the catalog"));
        }
        if (unit.isEmpty()) {
            errors.add(new FieldError(at + ".unitCode", "no unit " + item.unitCode() + " in the catalog"));
        }
        if (procedure.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        IntakeRequest request = intakeRequest(item);
        LocalDate day = WorkingCalendar.businessDate(item.receivedAt());
        // a historical dossier was resolved where it was received: its unit is both
        UnitPlace place = catalog.place(unit.get());
        List<FieldError> own = IntakeRules.againstCatalog(request, procedure.get(), place, place, day);
        if (!own.isEmpty()) {
            own.forEach(e -> errors.add(prefixed(at, e)));
            return Optional.empty();
        }
        UnitLevel unitLevel = enumOrNull(UnitLevel.class, unit.get().level());
        if (unitLevel == null || procedure.get().name() == null || unit.get().name() == null) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "the procedure catalog answered with an incomplete record; try again later")
                    .withHeader("Retry-After", "60");
        }

        // the same snapshot live intake takes, at the historical time
        Dossier d = mapper.toEntity(request);
        d.id = UUID.randomUUID();
        d.status = DossierStatus.RECEIVED;
        d.receivedAt = StepReplay.inZone(item.receivedAt());
        d.processingDays = procedure.get().processingDays().get(item.channel().name());
        d.dueAt = calendar.dueAt(d.receivedAt, d.processingDays);
        d.procedureCode = procedure.get().code();
        d.procedureName = procedure.get().name();
        d.procedureVersion = procedure.get().version();
        d.fieldCode = procedure.get().field() == null ? null : procedure.get().field().code();
        d.fieldName = procedure.get().field() == null ? null : procedure.get().field().name();
        OnlineLevel onlineLevel = enumOrNull(OnlineLevel.class, procedure.get().onlineLevel());
        d.onlineLevel = onlineLevel == null ? OnlineLevel.NONE : onlineLevel;
        d.unitName = unit.get().name();
        d.unitLevel = unitLevel;
        d.unitAncestorCodes = place.ancestorCodes();
        d.assignResolvingUnit(d.unitCode, d.unitName, d.unitLevel, d.unitAncestorCodes);
        d.applicantPhone = IntakeRules.normalisePhone(item.applicant().phone());
        d.receivedBy = item.receivedBy() == null || item.receivedBy().isBlank() ? admin : item.receivedBy().strip();
        d.receiptCode = item.receiptCode();

        OffsetDateTime dueAtOnReceipt = d.dueAt;
        int before = errors.size();
        List<HistoryEntry> history = replay.replay(d, item.steps() == null ? List.of() : item.steps(), now, at,
                errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        Secrets.Issued secrets = d.issueSecrets();
        boolean resolved = history.stream().anyMatch(h -> h.action.resolves());
        return Optional.of(new ImportWriter.NewDossier(index, item.legacyId(), hash, d, dueAtOnReceipt, history, resolved,
                secrets.lookupSecret(), secrets.surveyToken()));
    }

    private static IntakeRequest intakeRequest(DossierImportRequest.ImportedDossier item) {
        return new IntakeRequest(item.procedureCode(), item.unitCode(), item.channel(), item.applicant(),
                item.documents(), item.note());
    }

    private byte[] hash(DossierImportRequest.ImportedDossier item) {
        try {
            return Secrets.sha256(json.writeValueAsBytes(item));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldError prefixed(String at, FieldError error) {
        return new FieldError(at + "." + error.field(), error.message());
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
