package org.schemadiscovery.dialect.mysql.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reading SQL text the server printed: dropping a view's own-database qualifiers, and finding the backquoted names
 * an expression mentions. String literals ({@code '...'}, {@code "..."}) are skipped, backquoted names unescaped.
 */
final class SqlText {
    private SqlText() {
    }

    /**
     * The text without {@code `schema`.} in front of names: MySQL prints view definitions fully qualified with their
     * own database, which would tie the definition to one database name.
     */
    static String withoutQualifier(String sql, String schema) {
        if (sql == null || schema == null) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = skipString(sql, i);
                out.append(sql, i, end);
                i = end;
            } else if (c == '`') {
                int end = skipQuotedName(sql, i);
                String name = sql.substring(i + 1, end - 1).replace("``", "`");
                if (name.equals(schema) && end < sql.length() && sql.charAt(end) == '.') {
                    i = end + 1;
                } else {
                    out.append(sql, i, end);
                    i = end;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The distinct backquoted names in order of first appearance. */
    static List<String> quotedNames(String sql) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        while (sql != null && i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipString(sql, i);
            } else if (c == '`') {
                int end = skipQuotedName(sql, i);
                names.add(sql.substring(i + 1, end - 1).replace("``", "`"));
                i = end;
            } else {
                i++;
            }
        }
        return new ArrayList<>(names);
    }

    /** The index after the string literal starting at {@code start} (its quote character doubled or escaped). */
    private static int skipString(String sql, int start) {
        char quote = sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** The index after the backquoted name starting at {@code start}. */
    private static int skipQuotedName(String sql, int start) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == '`') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '`') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }
}
