package vn.motcua.catalog.procedure;

/** Who may file the procedure: công dân, tổ chức. */
public enum ApplicantType {
    CITIZEN,
    ORGANIZATION
}
