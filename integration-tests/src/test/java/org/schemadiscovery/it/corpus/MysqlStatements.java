package org.schemadiscovery.it.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a MySQL script into statements: at semicolons outside quotes ('…', "…" and `…`, backslash escapes in
 * strings), comments ({@code --}, {@code #}, {@code /* *&#47;}) and the BEGIN … END bodies of triggers, routines
 * and events, which the {@code mariadb} client would need a DELIMITER for. Statements are trimmed and lose their
 * semicolon; statements made only of comments are dropped.
 */
final class MysqlStatements {
    private MysqlStatements() {
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder word = new StringBuilder();
        List<String> words = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                word.append(c);
                current.append(c);
                i++;
                continue;
            }
            depth = endWord(word, words, depth);
            boolean dashes = c == '-' && i + 1 < n && script.charAt(i + 1) == '-'
                    && (i + 2 >= n || Character.isWhitespace(script.charAt(i + 2)));
            if (dashes || c == '#') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int end = QuotedText.end(script, i, c, c != '`');
                current.append(script, i, end);
                i = end;
                words.add("?");
                continue;
            }
            if (c == ';' && depth <= 0) {
                add(out, current);
                words.clear();
                depth = 0;
                i++;
                continue;
            }
            current.append(c);
            i++;
        }
        endWord(word, words, depth);
        add(out, current);
        return out;
    }

    /**
     * Tracks BEGIN … END nesting inside stored programs: BEGIN and a CASE that does not close one open a level; END
     * closes one unless it ends an IF, LOOP, WHILE or REPEAT (whose openers are not counted).
     */
    private static int endWord(StringBuilder word, List<String> words, int depth) {
        if (word.length() == 0) {
            return depth;
        }
        String w = word.toString().toUpperCase(Locale.ROOT);
        word.setLength(0);
        String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
        words.add(w);
        if (!storedProgram(words)) {
            return depth;
        }
        if (previous.equals("END")) {
            if (w.equals("IF") || w.equals("LOOP") || w.equals("WHILE") || w.equals("REPEAT")) {
                return depth + 1; // the END before it closed nothing
            }
            if (w.equals("CASE")) {
                return depth;
            }
        }
        return switch (w) {
            case "BEGIN", "CASE" -> depth + 1;
            case "END" -> depth - 1;
            default -> depth;
        };
    }

    private static boolean storedProgram(List<String> words) {
        if (words.isEmpty() || !words.get(0).equals("CREATE")) {
            return false;
        }
        for (int k = 1; k < Math.min(words.size(), 8); k++) {
            switch (words.get(k)) {
                case "TRIGGER", "PROCEDURE", "FUNCTION", "EVENT" -> {
                    return true;
                }
                case "TABLE", "VIEW", "INDEX" -> {
                    return false;
                }
                default -> { }
            }
        }
        return false;
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        current.setLength(0);
        if (!s.isEmpty() && !s.replaceAll("(?s)/\\*.*?\\*/", "").isBlank()) {
            out.add(s);
        }
    }
}
