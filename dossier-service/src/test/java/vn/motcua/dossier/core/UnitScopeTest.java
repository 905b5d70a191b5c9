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
