package vn.motcua.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.dossier.intake.Dossier;
import vn.motcua.dossier.intake.Intake;

/**
 * Which dossiers a caller may see and act on (reading, transitions, history): the one place that decides, so parent units (an officer of a district acting on its
 * communes' dossiers) can be added here. Today: the officer's {@code unit} claim is the dossier's unit.
 */
@ApplicationScoped
public class UnitScope {

    public boolean covers(Intake.Caller caller, Dossier dossier) {
        return caller.unit() != null && caller.unit().equals(dossier.unitCode);
    }
}
