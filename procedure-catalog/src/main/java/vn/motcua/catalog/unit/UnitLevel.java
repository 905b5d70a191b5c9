package vn.motcua.catalog.unit;

/** The level of an administrative unit; an AGENCY (e.g. a provincial department) sits under a unit of another level. */
public enum UnitLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE,
    AGENCY
}
