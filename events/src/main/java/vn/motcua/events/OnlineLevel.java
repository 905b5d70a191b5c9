package vn.motcua.events;

/** Online service level of a procedure (Decree 42/2022): toàn trình, một phần, none. */
public enum OnlineLevel {
    FULL, PARTIAL, NONE
}
