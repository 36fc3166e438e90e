package org.schemadiscovery.it;

import static org.schemadiscovery.it.Sql.lit;
import static org.schemadiscovery.it.Sql.q;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A small, seeded generator of random relational schemas (tables, typed columns, nullability, defaults, primary
 * keys, unique constraints, foreign keys, unique and plain indexes) and their DDL for PostgreSQL and SQLite. The
 * same seed always gives the same schema, so a failing try is reproduced from its seed alone.
 */
final class RandomSchemas {
    private RandomSchemas() {
    }

    enum Dialect { POSTGRESQL, SQLITE }

    /** Column types both dialects accept; {@code size} is a length, or precision for NUMERIC. */
    enum Type {
        INTEGER, BIGINT, TEXT, VARCHAR, NUMERIC, BOOLEAN, DATE;

        String sql(Dialect d, int size, int scale) {
            return switch (this) {
                case INTEGER -> d == Dialect.POSTGRESQL ? "integer" : "INTEGER";
                case BIGINT -> d == Dialect.POSTGRESQL ? "bigint" : "BIGINT";
                case TEXT -> d == Dialect.POSTGRESQL ? "text" : "TEXT";
                case VARCHAR -> (d == Dialect.POSTGRESQL ? "varchar(" : "VARCHAR(") + size + ")";
                case NUMERIC -> (d == Dialect.POSTGRESQL ? "numeric(" : "NUMERIC(") + size + "," + scale + ")";
                case BOOLEAN -> d == Dialect.POSTGRESQL ? "boolean" : "BOOLEAN";
                case DATE -> d == Dialect.POSTGRESQL ? "date" : "DATE";
            };
        }
    }

    record Column(String name, Type type, int size, int scale, boolean notNull, String defaultValue) {
        String sql(Dialect d) {
            return type.sql(d, size, scale);
        }
    }

    /** An index; {@code partialOn} is the column of a {@code WHERE column IS NOT NULL} predicate, or null. */
    record Index(String name, List<String> columns, List<Boolean> descending, boolean unique, String partialOn) {
    }

    record Unique(String name, List<String> columns) {
    }

    record ForeignKey(String name, List<String> columns, String parent, List<String> parentColumns,
                      String onDelete, String onUpdate) {
    }

    record Table(String name, List<Column> columns, String pkName, List<String> pk, List<Unique> uniques,
                 List<ForeignKey> foreignKeys, List<Index> indexes) {
        Column column(String n) {
            return columns.stream().filter(c -> c.name().equals(n)).findFirst().orElseThrow();
        }
    }

    record Schema(long seed, List<Table> tables) {
        Table table(String n) {
            return tables.stream().filter(t -> t.name().equals(n)).findFirst().orElseThrow();
        }
    }

    private static final List<String> TABLE_WORDS = List.of("orders", "user", "Group", "línea", "Mixed Case",
            "quo\"te", "it's", "select", "data");
    private static final List<String> COLUMN_WORDS = List.of("id", "name", "Amount", "from", "order", "naïve",
            "sp ace", "ca$h", "x'y", "q\"t", "when", "Value", "key");
    private static final List<String> TEXT_DEFAULTS = List.of("", "x", "it's", "a\\b", "ünï 🙂", "NULL");
    private static final List<String> ACTIONS = List.of("NO ACTION", "CASCADE", "SET NULL", "RESTRICT");

    /** The schema for a seed. */
    static Schema generate(long seed) {
        Random r = new Random(seed);
        int tableCount = 1 + r.nextInt(5);
        List<Table> tables = new ArrayList<>();
        for (int t = 0; t < tableCount; t++) {
            tables.add(table(r, t, tables));
        }
        return new Schema(seed, List.copyOf(tables));
    }

    private static Table table(Random r, int t, List<Table> earlier) {
        String name = "t" + t + (r.nextBoolean() ? " " + pick(r, TABLE_WORDS) : "");
        Set<String> used = new HashSet<>();
        List<Column> columns = new ArrayList<>();
        int columnCount = 1 + r.nextInt(5);
        for (int c = 0; c < columnCount; c++) {
            columns.add(column(r, uniqueColumnName(r, used, c), r.nextInt(10) < 4));
        }
        List<String> pk = new ArrayList<>();
        if (r.nextInt(10) < 7) {
            int size = Math.min(columns.size(), 1 + (r.nextInt(4) == 0 ? 1 : 0));
            for (Column c : pickSome(r, columns, size)) {
                pk.add(c.name());
            }
            // a primary key column is NOT NULL; saying so keeps SQLite (which would allow NULL) and PostgreSQL alike
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                if (pk.contains(c.name()) && !c.notNull()) {
                    columns.set(i, new Column(c.name(), c.type(), c.size(), c.scale(), true, c.defaultValue()));
                }
            }
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (Table parent : earlier) {
            if (parent.pk().isEmpty() || r.nextInt(10) >= 4) {
                continue;
            }
            List<String> fkColumns = new ArrayList<>();
            for (String pc : parent.pk()) {
                Column p = parent.column(pc);
                String n = uniqueColumnName(r, used, columns.size());
                columns.add(new Column(n, p.type(), p.size(), p.scale(), r.nextBoolean(), null));
                fkColumns.add(n);
            }
            fks.add(new ForeignKey("fk" + t + "_" + fks.size() + " → " + parent.name(), fkColumns, parent.name(),
                    parent.pk(), pick(r, ACTIONS), pick(r, ACTIONS)));
        }
        List<Unique> uniques = new ArrayList<>();
        if (r.nextInt(10) < 3) {
            List<String> cols = pickSome(r, columns, 1 + r.nextInt(Math.min(2, columns.size()))).stream()
                    .map(Column::name).toList();
            if (!cols.equals(pk)) {
                uniques.add(new Unique("uq" + t + " '" + cols.size() + "'", cols));
            }
        }
        List<Index> indexes = new ArrayList<>();
        int indexCount = r.nextInt(3);
        for (int i = 0; i < indexCount; i++) {
            List<Column> cols = pickSome(r, columns, 1 + r.nextInt(Math.min(2, columns.size())));
            indexes.add(new Index("ix" + t + "_" + i + (r.nextBoolean() ? " \"" + i + "\"" : ""),
                    cols.stream().map(Column::name).toList(), cols.stream().map(c -> r.nextInt(4) == 0).toList(),
                    r.nextInt(10) < 3, r.nextInt(4) == 0 ? pick(r, columns).name() : null));
        }
        return new Table(name, List.copyOf(columns), "pk" + t, List.copyOf(pk), List.copyOf(uniques),
                List.copyOf(fks), List.copyOf(indexes));
    }

    private static String uniqueColumnName(Random r, Set<String> used, int position) {
        String base = pick(r, COLUMN_WORDS);
        String name = base;
        for (int n = position; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    private static Column column(Random r, String name, boolean notNull) {
        Type type = Type.values()[r.nextInt(Type.values().length)];
        int size = type == Type.VARCHAR ? 10 + r.nextInt(40) : type == Type.NUMERIC ? 6 + r.nextInt(10) : 0;
        int scale = type == Type.NUMERIC ? r.nextInt(4) : 0;
        String def = r.nextInt(10) < 3 ? defaultFor(r, type) : null;
        return new Column(name, type, size, scale, notNull, def);
    }

    /** A default as a dialect-neutral value: the DDL writers turn it into a literal. */
    private static String defaultFor(Random r, Type type) {
        return switch (type) {
            case INTEGER, BIGINT -> String.valueOf(r.nextInt(2001) - 1000);
            case TEXT, VARCHAR -> pick(r, TEXT_DEFAULTS);
            case NUMERIC -> (r.nextInt(2000) - 1000) + "." + r.nextInt(10);
            case BOOLEAN -> String.valueOf(r.nextBoolean());
            case DATE -> String.format(Locale.ROOT, "2024-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static <T> List<T> pickSome(Random r, List<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            out.add(pool.remove(r.nextInt(pool.size())));
        }
        return out;
    }

    /** The DDL of a schema; {@code schema} qualifies every name (PostgreSQL) or is null (SQLite). */
    static List<String> ddl(Schema s, Dialect d, String schema) {
        List<String> out = new ArrayList<>();
        for (Table t : s.tables()) {
            List<String> parts = new ArrayList<>();
            for (Column c : t.columns()) {
                parts.add(q(c.name()) + " " + c.sql(d) + (c.notNull() ? " NOT NULL" : "")
                        + (c.defaultValue() == null ? "" : " DEFAULT " + literal(c, d)));
            }
            if (!t.pk().isEmpty()) {
                parts.add("CONSTRAINT " + q(t.pkName()) + " PRIMARY KEY (" + names(t.pk()) + ")");
            }
            for (Unique u : t.uniques()) {
                parts.add("CONSTRAINT " + q(u.name()) + " UNIQUE (" + names(u.columns()) + ")");
            }
            for (ForeignKey fk : t.foreignKeys()) {
                parts.add("CONSTRAINT " + q(fk.name()) + " FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES "
                        + name(schema, fk.parent()) + " (" + names(fk.parentColumns()) + ") ON DELETE "
                        + fk.onDelete() + " ON UPDATE " + fk.onUpdate());
            }
            out.add("CREATE TABLE " + name(schema, t.name()) + " (" + String.join(", ", parts) + ")");
            for (Index i : t.indexes()) {
                List<String> keys = new ArrayList<>();
                for (int k = 0; k < i.columns().size(); k++) {
                    keys.add(q(i.columns().get(k)) + (i.descending().get(k) ? " DESC" : ""));
                }
                out.add("CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + q(i.name()) + " ON "
                        + name(schema, t.name()) + " (" + String.join(", ", keys) + ")"
                        + (i.partialOn() == null ? "" : " WHERE " + q(i.partialOn()) + " IS NOT NULL"));
            }
        }
        return out;
    }

    private static String literal(Column c, Dialect d) {
        String v = c.defaultValue();
        return switch (c.type()) {
            case INTEGER, BIGINT, NUMERIC -> v;
            case BOOLEAN -> d == Dialect.POSTGRESQL ? v : (Boolean.parseBoolean(v) ? "1" : "0");
            case TEXT, VARCHAR, DATE -> lit(v);
        };
    }

    private static String name(String schema, String name) {
        return schema == null ? q(name) : q(schema, name);
    }

    private static String names(List<String> columns) {
        return String.join(", ", columns.stream().map(Sql::q).toList());
    }
}
