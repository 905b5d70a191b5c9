package vn.motcua.catalog.history;

/** The kinds of catalog record whose changes are kept. */
public enum RecordKind {
    PROCEDURE,
    UNIT,
    FIELD
}
