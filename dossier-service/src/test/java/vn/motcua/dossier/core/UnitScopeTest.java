package vn.motcua.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitScopeTest {

    private final UnitScope scope = new UnitScope();

    private static Dossier dossier() {
        Dossier dossier = new Dossier();
        dossier.unitCode = "COMMUNE";
        dossier.unitAncestorCodes = List.of("DISTRICT", "PROVINCE");
        dossier.receivedBy = "kiosk-1";
        dossier.note = "gọi lại sau 17h";
        return dossier;
    }

    @Test
    void anOfficerReachesTheUnitAndItsSubUnitsNotTheOtherWayRound() {
        assertThat(scope.covers(new Caller("a", "COMMUNE"), dossier())).isTrue();
        assertThat(scope.covers(new Caller("a", "PROVINCE"), dossier())).isTrue();
        assertThat(scope.covers(new Caller("a", "OTHER"), dossier())).isFalse();
        assertThat(scope.covers(new Caller("a", null), dossier())).isFalse();
        Dossier beforeHierarchy = dossier();
        beforeHierarchy.unitAncestorCodes = null;
        assertThat(scope.covers(new Caller("a", "DISTRICT"), beforeHierarchy)).isFalse();
    }

    /** Received at COMMUNE, resolved by DEPARTMENT under PROVINCE; held by {@code holder}. */
    private static Dossier interLinked(String holder) {
        Dossier dossier = dossier();
        dossier.assignResolvingUnit("DEPARTMENT", "Sở", vn.motcua.events.UnitLevel.AGENCY, List.of("PROVINCE"));
        dossier.heldByUnitCode = holder;
        return dossier;
    }

    @Test
    void eachUnitOfAnInterLinkedDossierDoesItsOwnPartAndParentsOfBothDoBoth() {
        Dossier dossier = interLinked("COMMUNE");
        Caller commune = new Caller("a", "COMMUNE");
        Caller department = new Caller("b", "DEPARTMENT");
        Caller district = new Caller("c", "DISTRICT");
        Caller province = new Caller("d", "PROVINCE");
        assertThat(scope.covers(commune, dossier)).isTrue();
        assertThat(scope.covers(department, dossier)).isTrue();
        assertThat(scope.covers(commune, dossier, Action.Side.RECEIVER)).isTrue();
        assertThat(scope.covers(commune, dossier, Action.Side.RESOLVER)).isFalse();
        assertThat(scope.covers(department, dossier, Action.Side.RESOLVER)).isTrue();
        assertThat(scope.covers(department, dossier, Action.Side.RECEIVER)).isFalse();
        assertThat(scope.covers(district, dossier, Action.Side.RESOLVER)).isFalse();
        assertThat(scope.covers(district, dossier, Action.Side.RECEIVER)).isTrue();
        assertThat(scope.covers(province, dossier, Action.Side.RESOLVER)).isTrue();
        assertThat(scope.covers(province, dossier, Action.Side.RECEIVER)).isTrue();
        assertThat(scope.covers(new Caller("e", "OTHER"), dossier, Action.Side.EITHER)).isFalse();
    }

    @Test
    void onlyTheHoldingUnitHandsADossierOnAndEachSideActsWhileItsUnitHoldsIt() {
        Dossier atCommune = interLinked("COMMUNE");
        assertThat(scope.holds(new Caller("a", "COMMUNE"), atCommune)).isTrue();
        assertThat(scope.holds(new Caller("b", "DEPARTMENT"), atCommune)).isFalse();
        assertThat(atCommune.holderProblem(Action.START)).contains("must transfer it to DEPARTMENT");
        assertThat(atCommune.holderProblem(Action.REQUEST_SUPPLEMENT)).isNull();
        assertThat(atCommune.holderProblem(Action.RETURN_TO_RECEIVER)).contains("at unit COMMUNE");
        Dossier atDepartment = interLinked("DEPARTMENT");
        assertThat(scope.holds(new Caller("b", "DEPARTMENT"), atDepartment)).isTrue();
        assertThat(atDepartment.holderProblem(Action.RESOLVE)).isNull();
        assertThat(atDepartment.holderProblem(Action.RETURN)).contains("must return it to COMMUNE");
        assertThat(atDepartment.holderProblem(Action.APOLOGIZE)).isNull();

        Dossier local = dossier();
        local.assignResolvingUnit("COMMUNE", "UBND xã", vn.motcua.events.UnitLevel.COMMUNE, List.of("DISTRICT"));
        assertThat(local.holderProblem(Action.START)).isNull();
        assertThat(local.holderProblem(Action.RETURN)).isNull();
        assertThat(local.holderProblem(Action.RETURN_TO_RECEIVER)).contains("no receiver to return it to");
    }

    @Test
    void aCommuneSystemReachesOnlyWhatItFiled() {
        assertThat(scope.filedBy(new Caller("kiosk-1", "COMMUNE"), dossier())).isTrue();
        assertThat(scope.filedBy(new Caller("kiosk-2", "COMMUNE"), dossier())).isFalse();
        assertThat(scope.filedBy(new Caller("kiosk-1", "DISTRICT"), dossier())).isFalse();
        assertThat(scope.filedBy(new Caller(null, "COMMUNE"), dossier())).isFalse();
    }

    @Test
    void viewersReadByTheirKindAndOnlyOfficersReadNotes() {
        Viewer officer = new Viewer(Viewer.Kind.OFFICER, "a", "DISTRICT");
        Viewer analyst = new Viewer(Viewer.Kind.ANALYST, "b", null);
        Viewer system = new Viewer(Viewer.Kind.COMMUNE_SYSTEM, "kiosk-2", "COMMUNE");
        assertThat(officer.reads(dossier(), scope)).isTrue();
        assertThat(analyst.reads(dossier(), scope)).isTrue();
        assertThat(system.reads(dossier(), scope)).isFalse();
        assertThat(officer.note(dossier().note)).isEqualTo("gọi lại sau 17h");
        assertThat(analyst.note(dossier().note)).isNull();
        assertThat(system.note(dossier().note)).isNull();
    }
}
