package vn.motcua.dossier.files;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The component files' limits and sweep ({@code motcua.files.*}). */
@ConfigMapping(prefix = "motcua.files")
public interface FilesConfig {

    /** The largest file accepted, in bytes (20 MiB); a larger upload is stopped there and answered 413. */
    @WithDefault("20971520")
    long maxFileBytes();

    /** The most all files of one dossier may hold together, in bytes (200 MiB). */
    @WithDefault("209715200")
    long maxDossierBytes();

    /** An object this old that no file row references is an upload that crashed between object and row. */
    @WithDefault("PT1H")
    Duration orphanAge();

    /**
     * How often the sweep looks for such objects; {@code off} disables it. Its default is in application.properties:
     * the scheduler expands {@code @Scheduled} from the configuration, where a mapping's {@code @WithDefault} is not
     * visible.
     */
    String sweepEvery();
}
