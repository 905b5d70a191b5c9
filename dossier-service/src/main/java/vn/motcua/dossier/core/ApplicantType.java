package vn.motcua.dossier.core;

/** Who files a dossier: a citizen (12-digit citizen ID) or an organisation (tax code). */
public enum ApplicantType {
    CITIZEN, ORGANIZATION
}
