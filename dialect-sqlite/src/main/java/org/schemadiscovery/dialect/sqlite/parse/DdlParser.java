package org.schemadiscovery.dialect.sqlite.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the {@code CREATE} statements SQLite stores in {@code sqlite_schema}. It reads what
 * the pragmas leave out (constraint names, CHECK and generation expressions, collations, MATCH and DEFERRABLE,
 * partial-index predicates, expression keys) and works on {@link Tokenizer} tokens, so quoted identifiers, comments,
 * string literals and nested parentheses never confuse it. Throws {@link SqlParseException} on a shape it does not
 * know.
 */
public final class DdlParser {
    private static final Set<String> COLUMN_CONSTRAINT_STARTS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL",
            "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");
    private static final Set<String> TABLE_CONSTRAINT_STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK",
            "FOREIGN");

    private DdlParser() {
    }

    /** True when the statement is {@code CREATE VIRTUAL TABLE}. */
    public static boolean isVirtualTable(String sql) {
        Cursor c = new Cursor(sql);
        if (!c.acceptKeyword("CREATE")) {
            return false;
        }
        if (!c.acceptKeyword("TEMP")) {
            c.acceptKeyword("TEMPORARY");
        }
        return c.peekKeyword("VIRTUAL");
    }

    /** Parses {@code CREATE [TEMP] TABLE}. */
    public static TableDefinition table(String sql) {
        Cursor c = new Cursor(sql);
        c.expectKeyword("CREATE");
        if (!c.acceptKeyword("TEMP")) {
            c.acceptKeyword("TEMPORARY");
        }
        c.expectKeyword("TABLE");
        c.skipIfNotExists();
        String name = c.token(c.qualifiedName()).value();
        List<ColumnDefinition> columns = new ArrayList<>();
        List<ConstraintDefinition> constraints = new ArrayList<>();
        c.expect("(");
        boolean inTableConstraints = false;
        while (true) {
            if (inTableConstraints || startsTableConstraint(c)) {
                inTableConstraints = true;
                tableConstraint(c, constraints);
            } else {
                columns.add(column(c, constraints));
            }
            if (c.accept(",")) {
                continue;
            }
            if (c.accept(")")) {
                break;
            }
            if (!inTableConstraints) {
                throw c.fail("expected ',' or ')' after column");
            }
            // SQLite accepts table constraints without separating commas.
        }
        boolean withoutRowid = false;
        boolean strict = false;
        while (!c.atEnd()) {
            if (c.acceptKeyword("WITHOUT")) {
                c.expectKeyword("ROWID");
                withoutRowid = true;
            } else if (c.acceptKeyword("STRICT")) {
                strict = true;
            } else if (!c.accept(",")) {
                throw c.fail("unknown table option");
            }
        }
        return new TableDefinition(name, columns, constraints, withoutRowid, strict);
    }

    /** Parses {@code CREATE VIRTUAL TABLE}. */
    public static VirtualTableDefinition virtualTable(String sql) {
        Cursor c = new Cursor(sql);
        c.expectKeyword("CREATE");
        if (!c.acceptKeyword("TEMP")) {
            c.acceptKeyword("TEMPORARY");
        }
        c.expectKeyword("VIRTUAL");
        c.expectKeyword("TABLE");
        c.skipIfNotExists();
        String name = c.token(c.qualifiedName()).value();
        c.expectKeyword("USING");
        String module = c.name();
        String arguments = null;
        if (c.peekIs("(")) {
            Token open = c.peek();
            int close = c.skipParenthesized();
            arguments = sql.substring(open.end(), c.token(close).start());
        }
        return new VirtualTableDefinition(name, module, arguments);
    }

    /** Parses {@code CREATE [UNIQUE] INDEX}. */
    public static IndexDefinition index(String sql) {
        Cursor c = new Cursor(sql);
        c.expectKeyword("CREATE");
        boolean unique = c.acceptKeyword("UNIQUE");
        c.expectKeyword("INDEX");
        c.skipIfNotExists();
        String name = c.token(c.qualifiedName()).value();
        c.expectKeyword("ON");
        String table = c.name();
        int open = c.position();
        int close = c.skipParenthesized();
        List<IndexedColumn> elements = indexedColumns(c, open + 1, close);
        String predicate = null;
        if (c.acceptKeyword("WHERE")) {
            predicate = c.text(c.position(), c.size());
        } else if (!c.atEnd()) {
            throw c.fail("unexpected text after index columns");
        }
        return new IndexDefinition(name, unique, table, elements, predicate);
    }

    /** Parses {@code CREATE [TEMP] VIEW}. */
    public static ViewDefinition view(String sql) {
        Cursor c = new Cursor(sql);
        c.expectKeyword("CREATE");
        if (!c.acceptKeyword("TEMP")) {
            c.acceptKeyword("TEMPORARY");
        }
        c.expectKeyword("VIEW");
        c.skipIfNotExists();
        String name = c.token(c.qualifiedName()).value();
        List<String> columns = new ArrayList<>();
        if (c.peekIs("(")) {
            int open = c.position();
            int close = c.skipParenthesized();
            for (int[] item : c.splitTopLevel(open + 1, close)) {
                columns.add(c.token(item[0]).value());
            }
        }
        c.expectKeyword("AS");
        return new ViewDefinition(name, columns, c.text(c.position(), c.size()));
    }

    /** Parses {@code CREATE [TEMP] TRIGGER} up to its body. */
    public static TriggerDefinition trigger(String sql) {
        Cursor c = new Cursor(sql);
        c.expectKeyword("CREATE");
        if (!c.acceptKeyword("TEMP")) {
            c.acceptKeyword("TEMPORARY");
        }
        c.expectKeyword("TRIGGER");
        c.skipIfNotExists();
        Token nameToken = c.token(c.qualifiedName());
        String timing = "BEFORE";
        if (c.acceptKeyword("BEFORE")) {
            timing = "BEFORE";
        } else if (c.acceptKeyword("AFTER")) {
            timing = "AFTER";
        } else if (c.acceptKeyword("INSTEAD")) {
            c.expectKeyword("OF");
            timing = "INSTEAD OF";
        }
        String event;
        List<String> columns = new ArrayList<>();
        if (c.acceptKeyword("INSERT")) {
            event = "INSERT";
        } else if (c.acceptKeyword("DELETE")) {
            event = "DELETE";
        } else if (c.acceptKeyword("UPDATE")) {
            event = "UPDATE";
            if (c.acceptKeyword("OF")) {
                do {
                    columns.add(c.name());
                } while (c.accept(","));
            }
        } else {
            throw c.fail("expected INSERT, UPDATE or DELETE");
        }
        c.expectKeyword("ON");
        int tableIndex = c.qualifiedName();
        String table = c.token(tableIndex).value();
        if (c.acceptKeyword("FOR")) {
            c.expectKeyword("EACH");
            c.expectKeyword("ROW");
        }
        String when = null;
        if (c.acceptKeyword("WHEN")) {
            int from = c.position();
            int depth = 0;
            while (!c.atEnd() && !(depth == 0 && c.peekKeyword("BEGIN"))) {
                Token t = c.next();
                depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            }
            when = c.text(from, c.position());
        }
        c.expectKeyword("BEGIN");
        return new TriggerDefinition(nameToken.value(), nameToken.start(), timing, event, columns, table, when);
    }

    private static boolean startsTableConstraint(Cursor c) {
        Token t = c.peek();
        return t != null && isOneOf(t, TABLE_CONSTRAINT_STARTS);
    }

    private static boolean startsColumnConstraint(Token t) {
        return isOneOf(t, COLUMN_CONSTRAINT_STARTS);
    }

    /** A bare word equal to one of the keywords, without upper-casing it (this runs for every column). */
    private static boolean isOneOf(Token t, Set<String> keywords) {
        if (t.type() != TokenType.WORD) {
            return false;
        }
        for (String keyword : keywords) {
            if (Names.same(t.text(), keyword)) {
                return true;
            }
        }
        return false;
    }

    private static ColumnDefinition column(Cursor c, List<ConstraintDefinition> constraints) {
        String name = c.name();
        int typeStart = c.position();
        while (!c.atEnd() && !c.peekIs(",") && !c.peekIs(")") && !startsColumnConstraint(c.peek())) {
            if (c.peekIs("(")) {
                c.skipParenthesized();
            } else {
                c.next();
            }
        }
        String type = c.text(typeStart, c.position());
        String collation = null;
        String generated = null;
        boolean stored = false;
        boolean primaryKey = false;
        boolean desc = false;
        boolean autoincrement = false;
        boolean notNull = false;
        String defaultText = null;
        List<String> self = List.of(name);
        while (!c.atEnd() && !c.peekIs(",") && !c.peekIs(")")) {
            String constraintName = c.acceptKeyword("CONSTRAINT") ? c.name() : null;
            if (c.acceptKeyword("PRIMARY")) {
                c.expectKeyword("KEY");
                if (c.acceptKeyword("DESC")) {
                    desc = true;
                } else {
                    c.acceptKeyword("ASC");
                }
                conflictClause(c);
                boolean auto = c.acceptKeyword("AUTOINCREMENT");
                primaryKey = true;
                autoincrement |= auto;
                constraints.add(new ConstraintDefinition.PrimaryKey(constraintName, self, auto));
            } else if (c.acceptKeyword("NOT")) {
                c.expectKeyword("NULL");
                conflictClause(c);
                notNull = true;
            } else if (c.acceptKeyword("NULL")) {
                conflictClause(c);
            } else if (c.acceptKeyword("UNIQUE")) {
                conflictClause(c);
                constraints.add(new ConstraintDefinition.Unique(constraintName, self));
            } else if (c.acceptKeyword("CHECK")) {
                constraints.add(new ConstraintDefinition.Check(constraintName, self, parenthesized(c)));
            } else if (c.acceptKeyword("DEFAULT")) {
                defaultText = defaultValue(c);
            } else if (c.acceptKeyword("COLLATE")) {
                collation = c.name();
            } else if (c.acceptKeyword("REFERENCES")) {
                constraints.add(foreignKeyClause(c, constraintName, self));
            } else if (c.peekKeyword("GENERATED") || c.peekKeyword("AS")) {
                if (c.acceptKeyword("GENERATED")) {
                    c.expectKeyword("ALWAYS");
                }
                c.expectKeyword("AS");
                generated = parenthesized(c);
                if (c.acceptKeyword("STORED")) {
                    stored = true;
                } else {
                    c.acceptKeyword("VIRTUAL");
                }
            } else if (constraintName != null && (c.atEnd() || c.peekIs(",") || c.peekIs(")"))) {
                break;
            } else {
                throw c.fail("unknown column constraint '" + c.peek().text() + "'");
            }
        }
        return new ColumnDefinition(name, type, collation, generated, stored, primaryKey, desc, autoincrement,
                notNull, defaultText);
    }

    private static void tableConstraint(Cursor c, List<ConstraintDefinition> constraints) {
        String name = c.acceptKeyword("CONSTRAINT") ? c.name() : null;
        if (c.acceptKeyword("PRIMARY")) {
            c.expectKeyword("KEY");
            int open = c.position();
            int close = c.skipParenthesized();
            boolean auto = false;
            List<String> columns = new ArrayList<>();
            for (int[] item : c.splitTopLevel(open + 1, close)) {
                int to = item[1];
                if (c.token(to - 1).isKeyword("AUTOINCREMENT")) {
                    auto = true;
                    to--;
                }
                columns.add(keyColumn(c, item[0], to));
            }
            conflictClause(c);
            constraints.add(new ConstraintDefinition.PrimaryKey(name, columns, auto));
        } else if (c.acceptKeyword("UNIQUE")) {
            int open = c.position();
            int close = c.skipParenthesized();
            List<String> columns = new ArrayList<>();
            for (int[] item : c.splitTopLevel(open + 1, close)) {
                columns.add(keyColumn(c, item[0], item[1]));
            }
            conflictClause(c);
            constraints.add(new ConstraintDefinition.Unique(name, columns));
        } else if (c.acceptKeyword("CHECK")) {
            String expression = parenthesized(c);
            conflictClause(c);
            constraints.add(new ConstraintDefinition.Check(name, List.of(), expression));
        } else if (c.acceptKeyword("FOREIGN")) {
            c.expectKeyword("KEY");
            List<String> columns = nameList(c);
            c.expectKeyword("REFERENCES");
            constraints.add(foreignKeyClause(c, name, columns));
        } else {
            throw c.fail("unknown table constraint");
        }
    }

    private static String keyColumn(Cursor c, int from, int to) {
        IndexedColumn element = indexedColumn(c, from, to);
        if (element.column() == null) {
            throw c.fail("expected a column name in key", from);
        }
        return element.column();
    }

    private static ConstraintDefinition.ForeignKey foreignKeyClause(Cursor c, String name, List<String> columns) {
        String table = c.name();
        List<String> referenced = c.peekIs("(") ? nameList(c) : List.of();
        String onDelete = null;
        String onUpdate = null;
        String match = null;
        while (true) {
            if (c.peekKeyword("ON") && (c.peekKeyword(1, "DELETE") || c.peekKeyword(1, "UPDATE"))) {
                c.next();
                boolean delete = c.next().isKeyword("DELETE");
                String action = referentialAction(c);
                if (delete) {
                    onDelete = action;
                } else {
                    onUpdate = action;
                }
            } else if (c.acceptKeyword("MATCH")) {
                match = c.name();
            } else {
                break;
            }
        }
        boolean deferrable = false;
        boolean initiallyDeferred = false;
        boolean negated = c.peekKeyword("NOT") && c.peekKeyword(1, "DEFERRABLE");
        if (negated) {
            c.next();
        }
        if (c.acceptKeyword("DEFERRABLE")) {
            deferrable = !negated;
            if (c.acceptKeyword("INITIALLY")) {
                boolean deferred = c.acceptKeyword("DEFERRED");
                if (!deferred) {
                    c.expectKeyword("IMMEDIATE");
                }
                initiallyDeferred = deferrable && deferred;
            }
        }
        return new ConstraintDefinition.ForeignKey(name, columns, table, referenced, onDelete, onUpdate, match,
                deferrable, initiallyDeferred);
    }

    private static String referentialAction(Cursor c) {
        if (c.acceptKeyword("SET")) {
            if (c.acceptKeyword("NULL")) {
                return "SET NULL";
            }
            c.expectKeyword("DEFAULT");
            return "SET DEFAULT";
        }
        if (c.acceptKeyword("CASCADE")) {
            return "CASCADE";
        }
        if (c.acceptKeyword("RESTRICT")) {
            return "RESTRICT";
        }
        c.expectKeyword("NO");
        c.expectKeyword("ACTION");
        return "NO ACTION";
    }

    private static void conflictClause(Cursor c) {
        if (c.peekKeyword("ON") && c.peekKeyword(1, "CONFLICT")) {
            c.next();
            c.next();
            c.next();
        }
    }

    private static String parenthesized(Cursor c) {
        int open = c.position();
        int close = c.skipParenthesized();
        return c.text(open + 1, close);
    }

    private static List<String> nameList(Cursor c) {
        int open = c.position();
        int close = c.skipParenthesized();
        List<String> names = new ArrayList<>();
        for (int[] item : c.splitTopLevel(open + 1, close)) {
            names.add(c.token(item[0]).value());
        }
        return names;
    }

    private static String defaultValue(Cursor c) {
        int from = c.position();
        if (c.peekIs("(")) {
            c.skipParenthesized();
        } else {
            if (c.peekIs("+") || c.peekIs("-")) {
                c.next();
            }
            c.next();
        }
        return c.text(from, c.position());
    }

    private static List<IndexedColumn> indexedColumns(Cursor c, int from, int to) {
        List<IndexedColumn> elements = new ArrayList<>();
        for (int[] item : c.splitTopLevel(from, to)) {
            elements.add(indexedColumn(c, item[0], item[1]));
        }
        return elements;
    }

    /** {@code expr [COLLATE name] [ASC|DESC]} between token indexes {@code from} and {@code to}. */
    private static IndexedColumn indexedColumn(Cursor c, int from, int to) {
        boolean desc = false;
        if (to - from > 1 && c.token(to - 1).isKeyword("DESC")) {
            desc = true;
            to--;
        } else if (to - from > 1 && c.token(to - 1).isKeyword("ASC")) {
            to--;
        }
        String collation = null;
        if (to - from > 2 && c.token(to - 2).isKeyword("COLLATE") && c.token(to - 1).isName()) {
            collation = c.token(to - 1).value();
            to -= 2;
        }
        if (to - from == 1 && c.token(from).isName()) {
            return new IndexedColumn(c.token(from).value(), null, collation, desc);
        }
        if (to <= from) {
            throw c.fail("empty index element", from);
        }
        return new IndexedColumn(null, c.text(from, to), collation, desc);
    }

    /**
     * Names of the columns an expression mentions, in order of first mention, chosen from {@code columns} (so
     * function names, keywords and string literals do not count).
     */
    public static List<String> mentionedColumns(String expression, List<String> columns) {
        List<Token> tokens = Tokenizer.tokenize(expression);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() != TokenType.WORD && t.type() != TokenType.QUOTED_IDENTIFIER) {
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).is("(")) {
                continue;
            }
            for (String column : columns) {
                if (Names.same(column, t.value()) && !found.contains(column)) {
                    found.add(column);
                }
            }
        }
        return found;
    }
}
