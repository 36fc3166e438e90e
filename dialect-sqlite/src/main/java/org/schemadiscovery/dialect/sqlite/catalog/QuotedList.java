package org.schemadiscovery.dialect.sqlite.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the comma-separated lists of SQL literals that SQLite's {@code quote()} and {@code group_concat()} build:
 * {@code 'text'} (quotes doubled), integers (maybe negative), reals, {@code NULL} and {@code X'..'} blobs. Catalog
 * queries fold many pragma rows into one such value, which is far cheaper to fetch through JDBC than many rows.
 */
final class QuotedList {
    private QuotedList() {
    }

    /** The values in order: strings unquoted, numbers and blobs as written, NULL as null. */
    static List<String> decode(String list) {
        List<String> values = new ArrayList<>();
        if (list == null) {
            return values;
        }
        int n = list.length();
        int i = 0;
        while (i < n) {
            char c = list.charAt(i);
            if (c == '\'') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n) {
                    char d = list.charAt(i);
                    if (d == '\'') {
                        if (i + 1 < n && list.charAt(i + 1) == '\'') {
                            sb.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.append(d);
                    i++;
                }
                values.add(sb.toString());
            } else {
                int end = list.indexOf(',', i);
                end = end < 0 ? n : end;
                String raw = list.substring(i, end);
                values.add("NULL".equals(raw) ? null : raw);
                i = end;
            }
            if (i < n) {
                if (list.charAt(i) != ',') {
                    throw new IllegalStateException("malformed literal list at offset " + i);
                }
                i++;
            }
        }
        return values;
    }
}
