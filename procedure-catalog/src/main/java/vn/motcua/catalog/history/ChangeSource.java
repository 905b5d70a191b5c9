package vn.motcua.catalog.history;

/** Through which door the change came. */
public enum ChangeSource {
    API,
    IMPORT
}
