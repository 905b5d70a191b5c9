package vn.motcua.catalog.unit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.catalog.common.BusinessDates;
import vn.motcua.catalog.common.Page;
import vn.motcua.catalog.common.PageRequest;
import vn.motcua.catalog.history.Change;
import vn.motcua.catalog.history.ChangeAction;
import vn.motcua.catalog.history.ChangeLog;
import vn.motcua.catalog.history.ChangeSource;
import vn.motcua.catalog.history.RecordKind;
import vn.motcua.catalog.procedure.Procedure;
import vn.motcua.catalog.procedure.ResolvingAgencies;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.IfMatch;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.problem.SupportedDates;

/** Administrative units: lookups by date, the tree, and validated, recorded changes. */
@ApplicationScoped
public class UnitCatalog implements ResolvingAgencies {

    private final ChangeLog changes;
    private final UnitMapper mapper;

    public UnitCatalog(ChangeLog changes, UnitMapper mapper) {
        this.changes = changes;
        this.mapper = mapper;
    }

    public Optional<AdministrativeUnit> find(String code) {
        return AdministrativeUnit.findByIdOptional(code);
    }

    public AdministrativeUnit get(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("no unit " + code));
    }

    /** Units valid at {@code at}, optionally of one level, one kind and/or under one parent, by code. */
    public Page<AdministrativeUnit> list(UnitLevel level, UnitKind kind, String parent, LocalDate at,
            PageRequest page) {
        StringBuilder where = new StringBuilder("validFrom <= :at and (validTo is null or validTo >= :at)");
        Parameters params = Parameters.with("at", at);
        if (level != null) {
            where.append(" and level = :level");
            params.and("level", level);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (parent != null) {
            where.append(" and parentCode = :parent");
            params.and("parent", parent);
        }
        var query = AdministrativeUnit.<AdministrativeUnit>find(where.toString(), Sort.by("code"), params);
        long total = query.count();
        List<AdministrativeUnit> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The units valid at {@code at} as a forest: roots are units without a parent valid that day. */
    public List<UnitNode> tree(LocalDate at) {
        List<AdministrativeUnit> units = AdministrativeUnit.list(
                "validFrom <= ?1 and (validTo is null or validTo >= ?1)", Sort.by("code"), at);
        Set<String> present = units.stream().map(u -> u.code).collect(Collectors.toSet());
        Map<String, List<AdministrativeUnit>> byParent = units.stream()
                .filter(u -> u.parentCode != null && present.contains(u.parentCode))
                .collect(Collectors.groupingBy(u -> u.parentCode));
        List<UnitNode> roots = new ArrayList<>();
        for (AdministrativeUnit unit : units) {
            if (unit.parentCode == null || !present.contains(unit.parentCode)) {
                roots.add(node(unit, byParent, new HashSet<>()));
            }
        }
        return roots;
    }

    private UnitNode node(AdministrativeUnit unit, Map<String, List<AdministrativeUnit>> byParent, Set<String> seen) {
        seen.add(unit.code);
        List<UnitNode> children = byParent.getOrDefault(unit.code, List.of()).stream()
                .filter(child -> !seen.contains(child.code))
                .map(child -> node(child, byParent, seen))
                .toList();
        return mapper.toNode(unit, children);
    }

    /**
     * The procedure level a unit implements: its own, or for an agency the level of the nearest unit above it
     * that is not an agency; empty when there is none.
     */
    public Optional<UnitLevel> implementingLevel(AdministrativeUnit unit) {
        return implementingLevel(unit, AdministrativeUnit::findById);
    }

    /** {@link #implementingLevel(AdministrativeUnit)} with the units above looked up by {@code byCode}. */
    public static Optional<UnitLevel> implementingLevel(AdministrativeUnit unit,
            Function<String, AdministrativeUnit> byCode) {
        AdministrativeUnit current = unit;
        Set<String> seen = new HashSet<>();
        while (current != null && current.level == UnitLevel.AGENCY && seen.add(current.code)) {
            current = current.parentCode == null ? null : byCode.apply(current.parentCode);
        }
        return current == null || current.level == UnitLevel.AGENCY ? Optional.empty() : Optional.of(current.level);
    }

    /**
     * A procedure resolved by a named agency is resolved for the whole province: by one of its departments (Sở) or
     * by the province's people's committee itself; a service centre only receives, a commune resolves its own.
     */
    @Override
    public String resolvingAgencyProblem(String code, boolean alreadyNamed) {
        AdministrativeUnit unit = AdministrativeUnit.findById(code);
        if (unit == null) {
            return "no unit " + code;
        }
        if (!resolvesForProvince(unit.kind, unit.level)) {
            return "unit " + code + " is a " + unit.kind + " of level " + unit.level
                    + ": name a DEPARTMENT or a province";
        }
        if (!alreadyNamed && unit.validTo != null && unit.validTo.isBefore(BusinessDates.today())) {
            return "unit " + code + " ended on " + unit.validTo;
        }
        return null;
    }

    private static boolean resolvesForProvince(UnitKind kind, UnitLevel level) {
        return kind == UnitKind.DEPARTMENT || kind == UnitKind.GOVERNMENT && level == UnitLevel.PROVINCE;
    }

    /**
     * Why the stored unit cannot become {@code next}: procedures name it as their resolving agency and it would no
     * longer be one; {@code null} otherwise.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String resolvingAgencyChangeProblem(AdministrativeUnit current, UnitView next) {
        if (!resolvesForProvince(current.kind, current.level) || resolvesForProvince(next.kind(), next.level())) {
            return null;
        }
        List<String> naming = Procedure.<Procedure>find("resolvingAgencyCode", Sort.by("code"), current.code)
                .page(io.quarkus.panache.common.Page.ofSize(5)).list().stream().map(p -> p.code).toList();
        return naming.isEmpty() ? null : "procedures " + String.join(", ", naming) + " name this unit as their "
                + "resolving agency: it must stay a DEPARTMENT or a province";
    }

    @Transactional
    public AdministrativeUnit create(UnitInput input, String actor) {
        UnitView unit = valid(input, null, null);
        if (AdministrativeUnit.findById(unit.code()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "unit " + unit.code() + " already exists")
                    .with("field", "code");
        }
        return persistNew(unit, ChangeSource.API, actor);
    }

    @Transactional
    public AdministrativeUnit update(String code, UnitInput input, String ifMatch, String actor) {
        AdministrativeUnit unit = lock(code);
        IfMatch.requireMatch(ifMatch, unit.version, "unit " + code);
        UnitView next = valid(input, code, unit.kind);
        String agencyProblem = resolvingAgencyChangeProblem(unit, next);
        if (agencyProblem != null) {
            new FieldErrors().add("kind", agencyProblem).throwIfAny(ProblemType.UNPROCESSABLE);
        }
        applyLocked(unit, next, ChangeAction.UPDATED, ChangeSource.API, actor);
        return unit;
    }

    /** Marks the unit as no longer existing after {@code validTo} (default: today). */
    @Transactional
    public AdministrativeUnit retire(String code, LocalDate validTo, String ifMatch, String actor) {
        AdministrativeUnit unit = lock(code);
        IfMatch.requireMatch(ifMatch, unit.version, "unit " + code);
        if (unit.validTo != null) {
            throw new ProblemException(ProblemType.CONFLICT, "unit " + code + " already ended on " + unit.validTo);
        }
        LocalDate end = validTo == null ? BusinessDates.today() : validTo;
        if (!SupportedDates.contains(end)) {
            throw ProblemException.invalidField("validTo", SupportedDates.MESSAGE);
        }
        if (end.isBefore(unit.validFrom)) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom " + unit.validFrom);
        }
        UnitView next = new UnitView(unit.code, unit.name, unit.level, unit.kind, unit.parentCode, unit.validFrom, end);
        applyLocked(unit, next, ChangeAction.RETIRED, ChangeSource.API, actor);
        return unit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AdministrativeUnit lock(String code) {
        AdministrativeUnit unit = AdministrativeUnit.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            throw ProblemException.notFound("no unit " + code);
        }
        return unit;
    }

    /** Creates a validated unit in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AdministrativeUnit persistNew(UnitView view, ChangeSource source, String actor) {
        AdministrativeUnit unit = new AdministrativeUnit();
        copy(view, unit);
        unit.version = 1;
        unit.updatedAt = OffsetDateTime.now();
        unit.persist();
        changes.record(RecordKind.UNIT, unit.code, unit.version, ChangeAction.CREATED, source, actor,
                changes.diff(null, view));
        return unit;
    }

    /** Applies a validated new state to a locked unit; a state equal to the current one changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyLocked(AdministrativeUnit unit, UnitView next, ChangeAction action, ChangeSource source,
            String actor) {
        List<Change> diff = changes.diff(mapper.toView(unit), next);
        if (diff.isEmpty()) {
            return false;
        }
        copy(next, unit);
        unit.version++;
        unit.updatedAt = OffsetDateTime.now();
        changes.record(RecordKind.UNIT, unit.code, unit.version, action, source, actor, diff);
        return true;
    }

    private static void copy(UnitView view, AdministrativeUnit unit) {
        unit.code = view.code();
        unit.name = view.name();
        unit.level = view.level();
        unit.kind = view.kind();
        unit.parentCode = view.parentCode();
        unit.validFrom = view.validFrom();
        unit.validTo = view.validTo();
    }

    /**
     * The cleaned input, checked on its own and against the stored units (parent exists, no cycle); a missing kind
     * stays {@code currentKind} (null for a new unit).
     */
    private UnitView valid(UnitInput input, String pathCode, UnitKind currentKind) {
        UnitInput withCode = input;
        List<FieldError> errors = new ArrayList<>();
        if (pathCode != null) {
            if (input.code() != null && !input.code().strip().equals(pathCode)) {
                errors.add(new FieldError("code", "cannot change (the path names " + pathCode + ")"));
            }
            withCode = new UnitInput(pathCode, input.name(), input.level(), input.kind(), input.parentCode(),
                    input.validFrom(), input.validTo());
        }
        UnitView unit = UnitRules.clean(withCode, currentKind);
        errors.addAll(UnitRules.check(unit));
        if (unit.parentCode() != null && errors.stream().noneMatch(e -> e.field().equals("parentCode"))) {
            String cycle = parentProblem(unit.code(), unit.parentCode());
            if (cycle != null) {
                errors.add(new FieldError("parentCode", cycle));
            }
        }
        FieldErrors.of(errors).throwIfAny();
        return unit;
    }

    /** Why {@code parent} cannot be the parent of {@code code}: unknown, or {@code code} is above it. */
    private String parentProblem(String code, String parent) {
        AdministrativeUnit current = AdministrativeUnit.findById(parent);
        if (current == null) {
            return "no unit " + parent;
        }
        Set<String> seen = new HashSet<>();
        while (current != null && seen.add(current.code)) {
            if (current.code.equals(code)) {
                return "unit " + parent + " is under " + code + ": that would make a cycle";
            }
            current = current.parentCode == null ? null : AdministrativeUnit.findById(current.parentCode);
        }
        return null;
    }
}
