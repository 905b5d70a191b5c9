package vn.motcua.dossier.calendar;

/** Fired when a year's official schedule was replaced; observers act once the transaction commits. */
public record CalendarChanged(int year) {
}
