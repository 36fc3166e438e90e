package org.schemadiscovery.dialect.mysql.render;

import java.util.regex.Pattern;

/** Identifiers and string literals in MySQL syntax. */
public final class Quoting {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private Quoting() {
    }

    /** The identifier in backquotes, embedded backquotes doubled: {@code a`b} becomes {@code `a``b`}. */
    public static String id(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** The identifier as it is when it needs no quotes (letters, digits, _ and $), else quoted. */
    public static String idIfNeeded(String name) {
        return PLAIN.matcher(name).matches() ? name : id(name);
    }

    /** A string literal: quotes and backslashes doubled (the default SQL mode, without NO_BACKSLASH_ESCAPES). */
    public static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
