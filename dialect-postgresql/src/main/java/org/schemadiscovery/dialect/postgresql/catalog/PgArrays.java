package org.schemadiscovery.dialect.postgresql.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Parses the text form of a one-dimensional PostgreSQL array, e.g. {@code {a,"b c",NULL}} or, with explicit
 * bounds, {@code [0:1]={1,2}}. Catalog queries return
 * lists as {@code text[]::text} so the driver never looks up array element types with hidden queries.
 */
public final class PgArrays {
    private PgArrays() {
    }

    /**
     * The elements of an array literal; an unquoted {@code NULL} becomes {@code null}; a null literal gives an empty
     * list.
     *
     * @throws IllegalArgumentException when the text is not a one-dimensional array literal
     */
    public static List<String> parse(String literal) {
        if (literal == null) {
            return List.of();
        }
        String s = literal.strip();
        if (s.startsWith("[") && s.indexOf("]={") > 0) {
            // explicit bounds, as int2vector and oidvector cast to arrays print them: [0:1]={1,2}
            s = s.substring(s.indexOf("]={") + 2);
        }
        if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
            throw new IllegalArgumentException("not an array literal: " + literal);
        }
        List<String> out = new ArrayList<>();
        if (s.length() == 2) {
            return List.of();
        }
        int i = 1;
        int end = s.length() - 1;
        while (i <= end) {
            StringBuilder element = new StringBuilder();
            boolean quoted = false;
            if (s.charAt(i) == '"') {
                quoted = true;
                i++;
                while (i < end && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    element.append(s.charAt(i));
                    i++;
                }
                i++; // closing quote
            } else {
                while (i < end && s.charAt(i) != ',') {
                    if (s.charAt(i) == '{') {
                        throw new IllegalArgumentException("multi-dimensional arrays are not supported: " + literal);
                    }
                    element.append(s.charAt(i));
                    i++;
                }
            }
            String value = element.toString();
            out.add(!quoted && value.equalsIgnoreCase("NULL") ? null : value);
            if (i < end && s.charAt(i) != ',') {
                throw new IllegalArgumentException("malformed array literal: " + literal);
            }
            i++; // the comma, or past the closing brace
        }
        return Collections.unmodifiableList(out);
    }

    /** An array literal of these strings, every element quoted, for {@code ?::text[]} parameters. */
    public static String textLiteral(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"');
            for (char c : values.get(i).toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    /** An array literal of these numbers, for {@code ?::oid[]} parameters. */
    public static String numberLiteral(Iterable<Long> values) {
        StringBuilder sb = new StringBuilder("{");
        for (Long v : values) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(v);
        }
        return sb.append('}').toString();
    }
}
