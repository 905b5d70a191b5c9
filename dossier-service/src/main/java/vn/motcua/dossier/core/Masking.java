package vn.motcua.dossier.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Personal data as readers without the need for it see it: enough to tell applicants apart at a desk or in a
 * support call, not enough to identify them. Name: initials ("Nguyễn Văn An" → "N*** V** A"); citizen ID, tax
 * code and phone: every digit but the last 3 starred; e-mail: first character and domain; address removed.
 */
public final class Masking {

    private static final int MAX_STARS = 3;
    private static final int VISIBLE_DIGITS = 3;

    private Masking() {
    }

    public static DossierView.Applicant applicant(DossierView.Applicant a) {
        return a == null ? null : new DossierView.Applicant(a.type(), name(a.name()), digits(a.citizenId()),
                digits(a.taxCode()), digits(a.phone()), email(a.email()), null);
    }

    /** Each word but the last: its first letter and up to three stars; the last word: its first letter. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String[] words = name.strip().split("\\s+");
        List<String> masked = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            int first = words[i].codePointAt(0);
            String initial = new String(Character.toChars(first));
            int rest = words[i].codePointCount(0, words[i].length()) - 1;
            masked.add(i == words.length - 1 ? initial : initial + "*".repeat(Math.min(rest, MAX_STARS)));
        }
        return String.join(" ", masked);
    }

    /** Every digit but the last three becomes {@code *}; other characters (a tax code's dash) stay. */
    public static String digits(String value) {
        if (value == null) {
            return null;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(value.length());
        long seen = 0;
        for (char c : value.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen > digits - VISIBLE_DIGITS ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The first character of the local part, then the domain: {@code a***@example.vn}. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "***" + email.substring(at);
    }
}
