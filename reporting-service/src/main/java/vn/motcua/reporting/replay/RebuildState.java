package vn.motcua.reporting.replay;

/** Where a read-model rebuild is. */
public enum RebuildState {
    /** Replaying the topics into the new generation; the old one serves. */
    RUNNING,
    /** Caught up and switched: the views serve the new generation. */
    SWITCHED,
    /** Stopped with an error; the old generation still serves and the partial one was dropped. */
    FAILED
}
