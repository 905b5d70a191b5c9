package vn.motcua.catalog.procedure;

/** The administrative level that implements a procedure (cấp tỉnh, huyện, xã). */
public enum ProcedureLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE
}
