package vn.motcua.events;

/** Administrative level of the unit a dossier was filed at. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE, AGENCY
}
