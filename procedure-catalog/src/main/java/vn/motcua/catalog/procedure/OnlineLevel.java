package vn.motcua.catalog.procedure;

/** Online public service level (Decree 42/2022): toàn trình, một phần, none. */
public enum OnlineLevel {
    FULL,
    PARTIAL,
    NONE
}
