package org.schemadiscovery.dialect.sqlite.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes what SQLite's {@code json_group_array(json_array(...))} builds: an array of rows, each an array of
 * scalars (strings, numbers, {@code null}). Catalog queries fold many pragma rows into one such value, which is far
 * cheaper to fetch through JDBC than many rows, and cheaper for SQLite to build than {@code quote()} lists.
 */
final class JsonRows {
    private final String json;
    private int at;

    private JsonRows(String json) {
        this.json = json;
    }

    /**
     * The rows in order, each with exactly {@code arity} values: strings unescaped, numbers as written, null as null.
     *
     * @throws IllegalStateException when the text is not such an array
     */
    static List<String[]> decode(String json, int arity) {
        List<String[]> rows = new ArrayList<>();
        if (json == null) {
            return rows;
        }
        JsonRows p = new JsonRows(json);
        p.expect('[');
        if (p.peek() == ']') {
            p.at++;
            p.end();
            return rows;
        }
        while (true) {
            rows.add(p.row(arity));
            char c = p.next();
            if (c == ']') {
                break;
            }
            if (c != ',') {
                throw p.malformed("',' or ']' after a row");
            }
        }
        p.end();
        return rows;
    }

    private String[] row(int arity) {
        expect('[');
        String[] values = new String[arity];
        for (int i = 0; i < arity; i++) {
            if (i > 0) {
                expect(',');
            }
            values[i] = value();
        }
        expect(']');
        return values;
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (json.startsWith("null", at)) {
            at += 4;
            return null;
        }
        int start = at;
        while (at < json.length() && "+-.0123456789eE".indexOf(json.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw malformed("a string, a number or null");
        }
        return json.substring(start, at);
    }

    private String string() {
        at++;
        int start = at;
        int close = json.indexOf('"', at);
        int escape = json.indexOf('\\', at);
        if (close >= 0 && (escape < 0 || escape > close)) {
            at = close + 1;
            return json.substring(start, close);
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (at + 4 > json.length()) {
                        throw malformed("four hex digits");
                    }
                    try {
                        sb.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw malformed("four hex digits");
                    }
                    at += 4;
                }
                default -> throw malformed("an escape sequence");
            }
        }
    }

    private char peek() {
        if (at >= json.length()) {
            throw malformed("more input");
        }
        return json.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            at--;
            throw malformed("'" + c + "'");
        }
    }

    private void end() {
        if (at != json.length()) {
            throw malformed("the end of the input");
        }
    }

    private IllegalStateException malformed(String expected) {
        return new IllegalStateException("malformed JSON rows at offset " + at + ": expected " + expected);
    }
}
