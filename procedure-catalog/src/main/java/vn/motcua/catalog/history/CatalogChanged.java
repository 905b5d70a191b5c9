package vn.motcua.catalog.history;

/** Fired (synchronously, inside the writing transaction) whenever a procedure, unit or field changes. */
public record CatalogChanged(RecordKind kind, String code) {
}
