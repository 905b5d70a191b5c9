package vn.motcua.dossier.calendar;

/** What a listed date is in a year's schedule; unlisted dates follow the weekday (Mon–Fri work). */
public enum DayKind {
    /** Public holiday (Labour Code art. 112). */
    HOLIDAY,
    /** Day off given in compensation (holiday on a weekend, or a swap). */
    COMPENSATORY_DAY_OFF,
    /** A Saturday or Sunday worked to make up for a swapped day off. */
    WORKING_DAY
}
