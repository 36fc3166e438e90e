package org.schemadiscovery.dialect.mysql.catalog;

import java.util.Locale;
import java.util.Map;

/**
 * One catalog row, every value read as text (information_schema is text and integers only), keyed by lower-case
 * column label.
 *
 * @param values the row's values; a missing key and an SQL NULL both read as null
 */
record Row(Map<String, String> values) {
    /** The value, or null. */
    String text(String column) {
        return values.get(column);
    }

    /** The value, with an empty string read as null (information_schema prints "no comment" as ''). */
    String nonEmpty(String column) {
        String v = values.get(column);
        return v == null || v.isEmpty() ? null : v;
    }

    /** The value as a long, or null. */
    Long number(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
    }

    /** The value as an int, or {@code otherwise} when NULL. */
    int integer(String column, int otherwise) {
        Long v = number(column);
        return v == null ? otherwise : v.intValue();
    }

    /** True for YES, 1 or true. */
    boolean yes(String column) {
        String v = values.get(column);
        if (v == null) {
            return false;
        }
        String s = v.strip().toUpperCase(Locale.ROOT);
        return s.equals("YES") || s.equals("1") || s.equals("TRUE");
    }
}
