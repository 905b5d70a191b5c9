package vn.motcua.catalog.common;

/** Whether a catalog record (procedure, field) is in use or has been retired; retired records stay readable. */
public enum CatalogStatus {
    ACTIVE,
    RETIRED
}
