package org.schemadiscovery.tck;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the SQL texts core recorded for a run. */
final class SqlTexts {
    /** Leading keywords of statements that change data or schema. */
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "REPLACE",
            "CREATE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "COMMENT", "REINDEX", "VACUUM", "ANALYZE",
            "CLUSTER", "REFRESH", "LOCK", "COPY", "ATTACH", "DETACH", "RENAME");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(?:--[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*)*([A-Za-z]+)",
            Pattern.DOTALL);
    private static final Pattern DATA_CHANGE_IN_CTE = Pattern.compile(
            "\\)\\s*(INSERT|UPDATE|DELETE|MERGE)\\b", Pattern.CASE_INSENSITIVE);

    private SqlTexts() {
    }

    /** True when the statement writes (a metadata call never does). */
    static boolean isWrite(String text) {
        if (text.startsWith("metadata:")) {
            return false;
        }
        Matcher m = FIRST_WORD.matcher(text);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1).toUpperCase(Locale.ROOT);
        if (word.equals("WITH")) {
            return DATA_CHANGE_IN_CTE.matcher(text).find();
        }
        return WRITES.contains(word);
    }

    /** Where two ordered lists of texts first differ, for a readable failure. */
    static String firstDifference(List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "statement #" + (i + 1) + " differs:\n  expected: " + abbreviate(expected.get(i))
                        + "\n  actual:   " + abbreviate(actual.get(i));
            }
        }
        return expected.size() == actual.size() ? "equal"
                : "expected " + expected.size() + " statements, got " + actual.size() + "; the first extra one: "
                + abbreviate(expected.size() > n ? expected.get(n) : actual.get(n));
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }
}
