package vn.motcua.catalog.unit;

/**
 * What a unit does at the one-stop desk under two-level local government (since 1 July 2025). Decree 118/2025/NĐ-CP
 * has each province and commune set up a public administration service centre that receives dossiers for the people's
 * committees and their specialised agencies, which resolve them (read second-hand from official press summaries of
 * the decree; its text was not available here).
 */
public enum UnitKind {
    /** UBND of a province, district (until 2025-06-30) or commune: resolves, and its own desk receives. */
    GOVERNMENT,
    /** Trung tâm Phục vụ hành chính công of a province or commune: receives and returns, resolves nothing itself. */
    SERVICE_CENTRE,
    /** A Sở or other specialised agency (formerly also a district's phòng): resolves. */
    DEPARTMENT;

    /** The kind a unit of {@code level} has unless told otherwise (also what V7 gave the existing rows). */
    public static UnitKind defaultFor(UnitLevel level) {
        return level == UnitLevel.AGENCY ? DEPARTMENT : GOVERNMENT;
    }
}
