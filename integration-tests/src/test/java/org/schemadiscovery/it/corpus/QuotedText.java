package org.schemadiscovery.it.corpus;

/** Where a quoted string or identifier ends in an SQL script, for the statement splitters. */
final class QuotedText {
    private QuotedText() {
    }

    /**
     * The index just past the closing quote of the text opened at {@code start} (a doubled quote stands for itself),
     * or the script's length when it never closes.
     *
     * @param backslashEscapes whether a backslash escapes the next character (PostgreSQL E'…', MySQL strings)
     */
    static int end(String s, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
