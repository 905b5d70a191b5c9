package vn.motcua.dossier.overdue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The overdue check's settings ({@code motcua.overdue.*}), read by the scheduler from {@link OverdueCheck}. */
@ConfigMapping(prefix = "motcua.overdue")
public interface OverdueConfig {

    /** How often pending dossiers past their due date are marked; {@code off} disables it. */
    @WithDefault("5m")
    String checkEvery();
}
