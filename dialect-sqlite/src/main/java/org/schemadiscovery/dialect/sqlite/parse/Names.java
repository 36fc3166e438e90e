package org.schemadiscovery.dialect.sqlite.parse;

import java.util.Locale;

/** SQLite name rules: identifiers compare case-insensitively for ASCII letters only. */
public final class Names {
    private Names() {
    }

    /** True when both names denote the same SQLite identifier. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (fold(a.charAt(i)) != fold(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A key for maps keyed by SQLite identifiers: the name itself when it has no upper-case ASCII letter. */
    public static String key(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                StringBuilder sb = new StringBuilder(name.length()).append(name, 0, i);
                for (int j = i; j < name.length(); j++) {
                    sb.append(fold(name.charAt(j)));
                }
                return sb.toString();
            }
        }
        return name;
    }

    /** Upper-cases ASCII letters only, as SQLite does for keywords and type names. */
    public static String upperAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return upperAsciiSlow(s);
            }
        }
        return s.toUpperCase(Locale.ROOT);
    }

    private static String upperAsciiSlow(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The identifier in double quotes, embedded quotes doubled: safe for any name. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The text as a single-quoted string literal. */
    public static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
