package vn.motcua.catalog.procedure;

/** How a dossier reaches the desk. */
public enum Channel {
    IN_PERSON,
    ONLINE,
    POSTAL
}
