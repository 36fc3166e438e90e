package org.schemadiscovery.it.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus's {@code -- @renamed from=OLD} and {@code /* @renamed from=OLD *&#47;} annotations in the desired DDL,
 * turned into rename hints: on a CREATE TABLE before its column list a table rename, on a column line a column
 * rename, on a {@code CONSTRAINT} line a constraint rename, on CREATE INDEX an index rename, on CREATE TYPE a type
 * rename, and beside an enum label a label rename.
 */
final class RenameHints {
    /** A rename from the starting schema's {@code from} to the desired schema's {@code to}. */
    record Hint(Kind kind, String schema, String table, String from, String to) {
        @Override
        public String toString() {
            return kind.label + ":" + schema + "." + (table == null ? "" : table + ".") + from + "=" + to;
        }
    }

    enum Kind {
        TABLE("table"), COLUMN("column"), INDEX("index"), CONSTRAINT("constraint"), TYPE("type"),
        ENUM_LABEL("enum-label");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Pattern ANNOTATION =
            Pattern.compile("(?:--|/\\*)\\s*@renamed\\s+from=(\"(?:[^\"]|\"\")*\"|[^\\s*]+)");
    private static final String IDENT = "(\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final String QUALIFIED = "(" + IDENT + "(?:\\s*\\.\\s*" + IDENT + ")?)";
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^\\s*CREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + QUALIFIED,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?" + IDENT
                    + "\\s+ON\\s+(?:ONLY\\s+)?" + QUALIFIED, Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_TYPE = Pattern.compile("^\\s*CREATE\\s+TYPE\\s+" + QUALIFIED,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_IDENT = Pattern.compile("^\\s*" + IDENT);
    private static final Pattern CONSTRAINT = Pattern.compile("^\\s*CONSTRAINT\\s+" + IDENT,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_LABEL = Pattern.compile("'((?:[^']|'')*)'\\s*,?\\s*$");

    private RenameHints() {
    }

    /** The hints in a script; unqualified names are in {@code public}. */
    static List<Hint> parse(String script) {
        List<Hint> hints = new ArrayList<>();
        for (String statement : SqlStatements.split(script)) {
            Matcher a = ANNOTATION.matcher(statement);
            while (a.find()) {
                Hint h = hint(statement, a.start(), name(a.group(1)));
                if (h != null && hints.stream().noneMatch(o -> o.kind() == h.kind()
                        && java.util.Objects.equals(o.schema(), h.schema())
                        && java.util.Objects.equals(o.table(), h.table()) && o.to().equals(h.to()))) {
                    hints.add(h);
                }
            }
        }
        return hints;
    }

    private static Hint hint(String statement, int at, String from) {
        String bare = withoutComments(statement);
        Matcher m = CREATE_INDEX.matcher(bare);
        if (m.find()) {
            String[] table = qualified(m.group(2));
            return new Hint(Kind.INDEX, table[0], table[1], from, name(m.group(1)));
        }
        int paren = firstParenOutsideComments(statement);
        m = CREATE_TABLE.matcher(bare);
        if (m.find()) {
            String[] table = qualified(m.group(1));
            if (paren < 0 || at < paren || !withoutComments(statement.substring(0, at)).contains("\n")) {
                return new Hint(Kind.TABLE, table[0], null, from, table[1]);
            }
            String line = withoutComments(lineBefore(statement, at)).replaceFirst("^\\s*[(,]", "");
            Matcher c = CONSTRAINT.matcher(line);
            if (c.find()) {
                return new Hint(Kind.CONSTRAINT, table[0], table[1], from, name(c.group(1)));
            }
            Matcher col = FIRST_IDENT.matcher(line);
            return col.find() ? new Hint(Kind.COLUMN, table[0], table[1], from, name(col.group(1))) : null;
        }
        m = CREATE_TYPE.matcher(bare);
        if (m.find()) {
            String[] type = qualified(m.group(1));
            if (paren >= 0 && at > paren) {
                Matcher label = LAST_LABEL.matcher(withoutComments(statement.substring(paren + 1, at)));
                if (label.find()) {
                    return new Hint(Kind.ENUM_LABEL, type[0], type[1], from, label.group(1).replace("''", "'"));
                }
            }
            // sqldef accepts a type rename right after the name or right after the opening parenthesis only
            if (at < m.end()) {
                return null;
            }
            String between = withoutComments(statement.substring(m.end(), at)).strip();
            boolean accepted = between.isEmpty() || between.matches("(?is)AS\\s+ENUM\\s*\\(");
            return accepted ? new Hint(Kind.TYPE, type[0], null, from, type[1]) : null;
        }
        return null;
    }

    private static String lineBefore(String s, int at) {
        int start = s.lastIndexOf('\n', at - 1) + 1;
        return s.substring(start, at);
    }

    private static int firstParenOutsideComments(String s) {
        String masked = maskComments(s);
        return masked.indexOf('(');
    }

    private static String withoutComments(String s) {
        return maskComments(s).replace('\u0000', ' ');
    }

    /** Comments replaced by NULs of the same length, so offsets stay valid. */
    private static String maskComments(String s) {
        StringBuilder sb = new StringBuilder(s);
        Matcher m = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL).matcher(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, '\u0000');
            }
        }
        return sb.toString();
    }

    private static String[] qualified(String text) {
        Matcher m = Pattern.compile(IDENT).matcher(text);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(name(m.group(1)));
        }
        return parts.size() == 1 ? new String[] {"public", parts.get(0)} : new String[] {parts.get(0), parts.get(1)};
    }

    /** An identifier as stored: quoted keeps its case, unquoted folds to lower case. */
    static String name(String token) {
        if (token.startsWith("\"") && token.endsWith("\"") && token.length() >= 2) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        return token.toLowerCase(Locale.ROOT);
    }
}
