package vn.motcua.dossier.overdue;

import io.smallrye.config.ConfigMapping;

/** The overdue check's settings ({@code motcua.overdue.*}), read by the scheduler from {@link OverdueCheck}. */
@ConfigMapping(prefix = "motcua.overdue")
public interface OverdueConfig {

    /**
     * How often pending dossiers past their due date are marked; {@code off} disables it. Its default is in
     * application.properties: the scheduler expands {@code @Scheduled} from the configuration, where a mapping's
     * {@code @WithDefault} is not visible.
     */
    String checkEvery();
}
