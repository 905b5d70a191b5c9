package vn.motcua.events;

/** How a dossier was submitted. */
public enum Channel {
    IN_PERSON, ONLINE, POSTAL
}
