package vn.motcua.deadletter;

/**
 * What of a record or an error may be shown to an administrator: one line, printable, bounded. Error messages can
 * quote a payload or, in a database's detail line, a key value; headers are arbitrary bytes.
 */
final class Texts {

    private Texts() {
    }

    /** The first line of {@code text}, control characters replaced, at most {@code max} characters. */
    static String firstLine(String text, int max) {
        if (text == null) {
            return null;
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        StringBuilder out = new StringBuilder(Math.min(line.length(), max + 1));
        line.codePoints().limit(max).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
        if (line.codePointCount(0, line.length()) > max) {
            out.append('…');
        }
        return out.toString().strip();
    }
}
