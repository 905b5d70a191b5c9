package vn.motcua.catalog.search;

/**
 * How far a typed word is from a catalog word: the optimal-string-alignment distance (insertions, deletions,
 * substitutions and swaps of neighbours), bounded by {@link #MAX_EDITS}. One edit per word catches the usual
 * slips ("sihn", "snh", "ki" for "ky") without letting short words match everything.
 */
final class Typos {

    static final int MAX_EDITS = 1;
    static final int TOO_FAR = MAX_EDITS + 1;

    private Typos() {
    }

    /** Edits from {@code typed} to {@code word}, or {@link #TOO_FAR}. Words of one letter must be exact. */
    static int distance(String typed, String word) {
        if (typed.equals(word)) {
            return 0;
        }
        if (typed.length() < 2 || Math.abs(typed.length() - word.length()) > MAX_EDITS) {
            return TOO_FAR;
        }
        int n = typed.length();
        int m = word.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = typed.charAt(i - 1) == word.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && typed.charAt(i - 1) == word.charAt(j - 2)
                        && typed.charAt(i - 2) == word.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
                rowMin = Math.min(rowMin, best);
            }
            if (rowMin > MAX_EDITS) {
                return TOO_FAR;
            }
        }
        return Math.min(d[n][m], TOO_FAR);
    }

    /**
     * Edits from {@code typed} to the start of {@code word}, for the last word of a query that may be unfinished:
     * the best over the prefixes of about the typed length.
     */
    static int prefixDistance(String typed, String word) {
        if (word.startsWith(typed)) {
            return 0;
        }
        int best = TOO_FAR;
        for (int length = typed.length() - MAX_EDITS; length <= typed.length() + MAX_EDITS; length++) {
            if (length >= 1 && length < word.length()) {
                best = Math.min(best, distance(typed, word.substring(0, length)));
            }
        }
        return Math.min(best, distance(typed, word));
    }
}
