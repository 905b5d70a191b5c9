package vn.motcua.events;

/** Resolution time against the due date in force: before its working day, on it, or after it. */
public enum Timeliness {
    EARLY, ON_TIME, LATE
}
