package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Object counts parsed from {@code pg_dump -s} or {@code sqlite3 .schema} output, counted the way our model counts:
 * indexes include the ones behind PRIMARY KEY / UNIQUE constraints, constraints are PK + UNIQUE + CHECK + FK +
 * EXCLUDE, views include materialized views. Usage: {@code DumpCounts pg|sqlite FILE}.
 */
public final class DumpCounts {
    private static final Pattern TOC = Pattern.compile("^-- Name: .*; Type: ([A-Z ]+); Schema: ");
    private static final Pattern ADD_CONSTRAINT =
            Pattern.compile("^\\s+ADD CONSTRAINT \\S+ (PRIMARY KEY|UNIQUE|EXCLUDE|CHECK|FOREIGN KEY)");

    private DumpCounts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DumpCounts pg|sqlite FILE");
            System.exit(1);
        }
        String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        System.out.println(args[0].equals("pg") ? pgDump(text) : sqliteSchema(text));
    }

    /** Counts from pg_dump's table-of-contents comments, ADD CONSTRAINT lines and CREATE TABLE column lines. */
    static Sample pgDump(String text) {
        long tables = 0, views = 0, indexes = 0, constraints = 0, fks = 0, columns = 0;
        boolean inTable = false;
        for (String line : text.split("\n", -1)) {
            Matcher toc = TOC.matcher(line);
            if (toc.find()) {
                switch (toc.group(1).strip()) {
                    case "TABLE", "FOREIGN TABLE" -> tables++;
                    case "VIEW", "MATERIALIZED VIEW" -> views++;
                    case "INDEX" -> indexes++;
                    default -> { }
                }
                continue;
            }
            Matcher add = ADD_CONSTRAINT.matcher(line);
            if (add.find()) {
                constraints++;
                switch (add.group(1)) {
                    case "PRIMARY KEY", "UNIQUE", "EXCLUDE" -> indexes++;
                    case "FOREIGN KEY" -> fks++;
                    default -> { }
                }
                continue;
            }
            if (line.startsWith("CREATE TABLE ") || line.startsWith("CREATE UNLOGGED TABLE ")
                    || line.startsWith("CREATE FOREIGN TABLE ")) {
                inTable = line.endsWith("(");
                continue;
            }
            if (inTable) {
                if (line.startsWith(")")) {
                    inTable = false;
                } else if (line.startsWith("    CONSTRAINT ")) {
                    constraints++;
                    if (line.contains(" FOREIGN KEY ")) {
                        fks++;
                    }
                } else if (line.startsWith("    ")) {
                    columns++;
                }
            }
        }
        return counts(tables, columns, indexes, constraints, views, fks);
    }

    /**
     * Counts from the CREATE statements sqlite3 prints. Implicit indexes are inferred as SQLite creates them: one per
     * UNIQUE and one per PRIMARY KEY, except a rowid table's single INTEGER PRIMARY KEY.
     */
    static Sample sqliteSchema(String text) {
        long tables = 0, views = 0, indexes = 0, constraints = 0, fks = 0, columns = 0;
        for (String stmt : splitTopLevel(text, ';')) {
            List<String> words = words(stmt, 6);
            if (words.size() < 3 || !words.get(0).equals("CREATE")) {
                continue;
            }
            String kind = words.get(1);
            if (kind.equals("TABLE") || kind.equals("VIRTUAL")) {
                String name = unquote(words.get(kind.equals("VIRTUAL") ? 3 : 2)
                        .equals("IF") ? words.get(5) : words.get(kind.equals("VIRTUAL") ? 3 : 2));
                if (name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                    continue;
                }
                tables++;
                if (kind.equals("VIRTUAL")) {
                    continue;
                }
                int open = stmt.indexOf('(');
                int close = matching(stmt, open);
                String tail = stmt.substring(close + 1).toUpperCase(Locale.ROOT);
                boolean withoutRowid = tail.matches("(?s).*WITHOUT\\s+ROWID.*");
                for (String item : splitTopLevel(stmt.substring(open + 1, close), ',')) {
                    List<String> w = words(item, 2);
                    if (w.isEmpty()) {
                        continue;
                    }
                    String first = w.get(0);
                    boolean tableConstraint = first.equals("CONSTRAINT") || first.equals("PRIMARY")
                            || first.equals("UNIQUE") || first.equals("CHECK") || first.equals("FOREIGN");
                    String flat = flattenParens(item).toUpperCase(Locale.ROOT);
                    int pk = occurrences(flat, "\\bPRIMARY\\s+KEY\\b");
                    int uq = occurrences(flat, "\\bUNIQUE\\b");
                    int ck = occurrences(flat, "\\bCHECK\\b");
                    int fk = tableConstraint ? occurrences(flat, "\\bFOREIGN\\s+KEY\\b")
                            : occurrences(flat, "\\bREFERENCES\\b");
                    if (!tableConstraint) {
                        columns++;
                    }
                    constraints += pk + uq + ck + fk;
                    fks += fk;
                    indexes += uq;
                    if (pk > 0) {
                        boolean integerPk = !tableConstraint && w.size() > 1
                                && w.get(1).equals("INTEGER") && !withoutRowid;
                        indexes += integerPk ? 0 : 1;
                    }
                }
            } else if (kind.equals("INDEX") || (kind.equals("UNIQUE") && words.get(2).equals("INDEX"))) {
                indexes++;
            } else if (kind.equals("VIEW") || (words.size() > 2 && (kind.equals("TEMP") || kind.equals("TEMPORARY"))
                    && words.get(2).equals("VIEW"))) {
                views++;
            }
        }
        return counts(tables, columns, indexes, constraints, views, fks);
    }

    private static Sample counts(long tables, long columns, long indexes, long constraints, long views, long fks) {
        return new Sample().put("tables", tables).put("columns", columns).put("indexes", indexes)
                .put("constraints", constraints).put("views", views).put("fks", fks);
    }

    private static int occurrences(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The text with every parenthesised part and every quoted part blanked, so keywords inside them do not count. */
    private static String flattenParens(String s) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = quoteEnd(s, i);
            if (end > i) {
                sb.append(depth == 0 ? " _q_ " : " ");
                i = end;
                continue;
            }
            if (c == '(') {
                depth++;
                sb.append(' ');
            } else if (c == ')') {
                depth--;
                sb.append(' ');
            } else {
                sb.append(depth == 0 ? c : ' ');
            }
        }
        return sb.toString();
    }

    /** The first words (upper-cased, quotes kept) of a statement, skipping comments. */
    private static List<String> words(String s, int max) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*]|[A-Za-z_][A-Za-z_0-9$.]*|\\S")
                .matcher(stripComments(s));
        while (m.find() && out.size() < max) {
            String w = m.group();
            out.add(Character.isLetter(w.charAt(0)) || w.charAt(0) == '_' ? w.toUpperCase(Locale.ROOT) : w);
        }
        return out;
    }

    private static String unquote(String w) {
        if (w.length() >= 2 && "\"`[".indexOf(w.charAt(0)) >= 0) {
            return w.substring(1, w.length() - 1);
        }
        return w;
    }

    private static String stripComments(String s) {
        return s.replaceAll("(?m)--[^\n]*$", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
    }

    /** Index of the parenthesis closing the one at {@code open}. */
    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            int end = quoteEnd(s, i);
            if (end > i) {
                i = end;
                continue;
            }
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** Splits on a separator outside quotes and parentheses. */
    static List<String> splitTopLevel(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            int end = quoteEnd(s, i);
            if (end > i) {
                i = end;
                continue;
            }
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == sep && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (start < s.length() && !s.substring(start).isBlank()) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** If a quoted string or comment starts at i, the index of its last character, else i. */
    private static int quoteEnd(String s, int i) {
        char c = s.charAt(i);
        char close = switch (c) {
            case '\'' -> '\'';
            case '"' -> '"';
            case '`' -> '`';
            case '[' -> ']';
            default -> 0;
        };
        if (close != 0) {
            int j = i + 1;
            while (j < s.length()) {
                if (s.charAt(j) == close) {
                    if (close != ']' && j + 1 < s.length() && s.charAt(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    return j;
                }
                j++;
            }
            return s.length() - 1;
        }
        if (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-') {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() - 1 : nl;
        }
        if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
            int e = s.indexOf("*/", i + 2);
            return e < 0 ? s.length() - 1 : e + 1;
        }
        return i;
    }
}
