package org.schemadiscovery.it;

import static org.schemadiscovery.it.Sql.lit;
import static org.schemadiscovery.it.Sql.q;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.schemadiscovery.it.RandomSchemas.Dialect;

/**
 * Seeded random DDL statements against a live database built from a {@link RandomSchemas.Schema}: add, drop, rename
 * and alter columns, add and drop indexes, foreign keys to other (possibly also changed) tables, add, drop and
 * rename tables, views on changed tables, comments (PostgreSQL) and, on request, a change outside tables (a
 * sequence). It tracks what exists so each statement names real objects; a statement the server refuses (a view
 * depends on the column, SQLite cannot drop an indexed column …) changes nothing: the caller runs a change's
 * {@code apply} only when the server accepted it.
 */
final class RandomDdlChanges {
    /**
     * One statement and what it does to the model.
     *
     * @param outsideTables it changes something besides tables and views (a sequence)
     */
    record Change(String sql, boolean outsideTables, Runnable apply) {
        @Override
        public String toString() {
            return sql;
        }
    }

    private static final class Table {
        final List<String> columns = new ArrayList<>();
        final Map<String, String> types = new LinkedHashMap<>();
        final List<String> pk = new ArrayList<>();
        final List<String> indexes = new ArrayList<>();
    }

    private final Dialect dialect;
    private final String schema;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    /** view name → the table it selects from */
    private final Map<String, String> views = new LinkedHashMap<>();
    private int counter;

    /** Tracks {@code generated} as created by {@link RandomSchemas#ddl}, in {@code schema} (PostgreSQL) or null. */
    RandomDdlChanges(RandomSchemas.Schema generated, Dialect dialect, String schema) {
        this.dialect = dialect;
        this.schema = schema;
        for (RandomSchemas.Table t : generated.tables()) {
            Table live = new Table();
            for (RandomSchemas.Column c : t.columns()) {
                live.columns.add(c.name());
                live.types.put(c.name(), c.sql(dialect));
            }
            live.pk.addAll(t.pk());
            t.indexes().forEach(i -> live.indexes.add(i.name()));
            tables.put(t.name(), live);
        }
    }

    /** Views {@code SELECT *} on some tables, so that later changes reach views through their tables. */
    List<Change> initialViews(Random r) {
        List<Change> out = new ArrayList<>();
        for (String t : List.copyOf(tables.keySet())) {
            if (r.nextInt(3) == 0) {
                out.add(view(t));
            }
        }
        return out;
    }

    /** A change outside tables: a sequence (PostgreSQL only; SQLite has nothing outside tables). */
    Change outside() {
        return new Change("CREATE SEQUENCE " + name("seq " + (++counter)), true, () -> { });
    }

    /** A random statement on what exists now (call it again after applying the previous one). */
    Change next(Random r) {
        if (tables.isEmpty()) {
            return addTable(r);
        }
        String t = pick(r, List.copyOf(tables.keySet()));
        Table live = tables.get(t);
        int kind = r.nextInt(dialect == Dialect.POSTGRESQL ? 12 : 11);
        return switch (kind) {
            case 0 -> addColumn(t, live, r);
            case 1 -> dropColumn(t, live, r);
            case 2 -> alterColumn(t, live, r);
            case 3 -> renameColumn(t, live, r);
            case 4 -> addIndex(t, live, r);
            case 5 -> dropIndex(t, live, r);
            case 6 -> foreignKey(t, r);
            case 7 -> addTable(r);
            case 8 -> dropTable(t);
            case 9 -> view(t);
            case 10 -> renameTable(t);
            default -> comment(t, live, r);
        };
    }

    private Change addColumn(String t, Table live, Random r) {
        String c = "c " + (++counter);
        String type = dialect == Dialect.POSTGRESQL ? "text" : "TEXT";
        String extra = r.nextBoolean() ? "" : " NOT NULL DEFAULT " + lit("d'" + counter);
        return new Change("ALTER TABLE " + name(t) + " ADD COLUMN " + q(c) + " " + type + extra, false, () -> {
            live.columns.add(c);
            live.types.put(c, type);
        });
    }

    private Change dropColumn(String t, Table live, Random r) {
        if (live.columns.size() < 2) {
            return addColumn(t, live, r);
        }
        String c = pick(r, live.columns);
        String cascade = dialect == Dialect.POSTGRESQL ? " CASCADE" : "";
        return new Change("ALTER TABLE " + name(t) + " DROP COLUMN " + q(c) + cascade, false, () -> {
            live.columns.remove(c);
            live.types.remove(c);
            live.pk.remove(c);
            if (dialect == Dialect.POSTGRESQL) {
                // CASCADE drops the views on the table (SELECT * uses every column) and indexes on the column
                views.values().removeIf(base -> base.equals(t));
            }
        });
    }

    private Change alterColumn(String t, Table live, Random r) {
        if (dialect == Dialect.SQLITE) {
            return renameColumn(t, live, r);
        }
        String c = pick(r, live.columns);
        String what = switch (r.nextInt(4)) {
            case 0 -> "SET NOT NULL";
            case 1 -> "DROP NOT NULL";
            case 2 -> "SET DEFAULT " + lit(String.valueOf(counter));
            default -> "TYPE text";
        };
        return new Change("ALTER TABLE " + name(t) + " ALTER COLUMN " + q(c) + " " + what, false, () -> {
            if (what.startsWith("TYPE")) {
                live.types.put(c, "text");
            }
        });
    }

    private Change renameColumn(String t, Table live, Random r) {
        String c = pick(r, live.columns);
        String to = c + " r" + (++counter);
        return new Change("ALTER TABLE " + name(t) + " RENAME COLUMN " + q(c) + " TO " + q(to), false, () -> {
            live.columns.set(live.columns.indexOf(c), to);
            live.types.put(to, live.types.remove(c));
            int at = live.pk.indexOf(c);
            if (at >= 0) {
                live.pk.set(at, to);
            }
        });
    }

    private Change addIndex(String t, Table live, Random r) {
        String i = "ix " + (++counter);
        String c = pick(r, live.columns);
        return new Change("CREATE INDEX " + q(i) + " ON " + name(t) + " (" + q(c) + ")", false,
                () -> live.indexes.add(i));
    }

    private Change dropIndex(String t, Table live, Random r) {
        if (live.indexes.isEmpty()) {
            return addIndex(t, live, r);
        }
        String i = pick(r, live.indexes);
        return new Change("DROP INDEX " + name(i), false, () -> live.indexes.remove(i));
    }

    /** A new column of {@code t} referencing another table's one-column primary key (which may change too). */
    private Change foreignKey(String t, Random r) {
        List<String> parents = tables.entrySet().stream().filter(e -> e.getValue().pk.size() == 1)
                .map(Map.Entry::getKey).toList();
        if (parents.isEmpty()) {
            return addTable(r);
        }
        String parent = pick(r, parents);
        Table p = tables.get(parent);
        String key = p.pk.get(0);
        String c = "fk " + (++counter);
        String type = p.types.get(key);
        return new Change("ALTER TABLE " + name(t) + " ADD COLUMN " + q(c) + " " + type + " REFERENCES "
                + name(parent) + " (" + q(key) + ")", false, () -> {
            tables.get(t).columns.add(c);
            tables.get(t).types.put(c, type);
        });
    }

    /** A new table, half of the time with a foreign key to an existing one. */
    private Change addTable(Random r) {
        String t = "new " + (++counter);
        String type = dialect == Dialect.POSTGRESQL ? "integer" : "INTEGER";
        StringBuilder sql = new StringBuilder("CREATE TABLE " + name(t) + " (" + q("id") + " " + type
                + " PRIMARY KEY");
        List<String> parents = tables.entrySet().stream().filter(e -> e.getValue().pk.size() == 1)
                .map(Map.Entry::getKey).toList();
        Table live = new Table();
        live.columns.add("id");
        live.types.put("id", type);
        live.pk.add("id");
        if (!parents.isEmpty() && r.nextBoolean()) {
            String parent = pick(r, parents);
            Table p = tables.get(parent);
            sql.append(", ").append(q("ref")).append(' ').append(p.types.get(p.pk.get(0))).append(" REFERENCES ")
                    .append(name(parent)).append(" (").append(q(p.pk.get(0))).append(')');
            live.columns.add("ref");
            live.types.put("ref", p.types.get(p.pk.get(0)));
        }
        sql.append(')');
        return new Change(sql.toString(), false, () -> tables.put(t, live));
    }

    /**
     * Drops a table: on PostgreSQL with CASCADE (its views and the foreign keys naming it go too); on SQLite the
     * views on it first (SQLite would keep them broken), and other tables' foreign keys stay, naming a table that
     * no longer exists.
     */
    private Change dropTable(String t) {
        if (dialect == Dialect.SQLITE) {
            for (Map.Entry<String, String> v : views.entrySet()) {
                if (v.getValue().equals(t)) {
                    String view = v.getKey();
                    return new Change("DROP VIEW " + name(view), false, () -> views.remove(view));
                }
            }
        }
        String cascade = dialect == Dialect.POSTGRESQL ? " CASCADE" : "";
        return new Change("DROP TABLE " + name(t) + cascade, false, () -> {
            tables.remove(t);
            views.values().removeIf(base -> base.equals(t));
        });
    }

    private Change view(String t) {
        String v = "v " + (++counter);
        return new Change("CREATE VIEW " + name(v) + " AS SELECT * FROM " + name(t), false,
                () -> views.put(v, t));
    }

    private Change renameTable(String t) {
        String to = t + " r" + (++counter);
        return new Change("ALTER TABLE " + name(t) + " RENAME TO " + q(to), false, () -> {
            tables.put(to, tables.remove(t));
            views.replaceAll((view, base) -> base.equals(t) ? to : base);
        });
    }

    private Change comment(String t, Table live, Random r) {
        String text = lit("comment " + (++counter));
        if (r.nextBoolean()) {
            return new Change("COMMENT ON TABLE " + name(t) + " IS " + text, false, () -> { });
        }
        return new Change("COMMENT ON COLUMN " + name(t) + "." + q(pick(r, live.columns)) + " IS " + text, false,
                () -> { });
    }

    private String name(String n) {
        return schema == null ? q(n) : q(schema, n);
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
