package vn.motcua.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RedriveOutcome", description = "APPLIED: the record was applied now; ALREADY_APPLIED: its event "
        + "had been applied before (by an earlier re-drive or a later copy), nothing changed; FAILED: it still cannot "
        + "be applied (the new reason is recorded), it stays pending", enumeration = {"APPLIED", "ALREADY_APPLIED",
        "FAILED"})
public enum RedriveOutcome {
    APPLIED, ALREADY_APPLIED, FAILED
}
