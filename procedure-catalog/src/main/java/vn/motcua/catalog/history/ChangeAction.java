package vn.motcua.catalog.history;

/** What a change did to the record. */
public enum ChangeAction {
    CREATED,
    UPDATED,
    RETIRED
}
