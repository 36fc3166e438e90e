package org.schemadiscovery.it;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.it.RandomSchemas.Column;
import org.schemadiscovery.it.RandomSchemas.ForeignKey;
import org.schemadiscovery.it.RandomSchemas.Index;
import org.schemadiscovery.it.RandomSchemas.Schema;
import org.schemadiscovery.it.RandomSchemas.Table;
import org.schemadiscovery.it.RandomSchemas.Type;
import org.schemadiscovery.it.RandomSchemas.Unique;

/**
 * Seeded random edits of a {@link RandomSchemas.Schema}, each with the change a comparison must report: add or drop
 * a table, a column, an index or a unique constraint; change a column's nullability, default or length; change a
 * foreign key's ON DELETE. At most one edit touches an object, so the expected list is exact.
 */
final class RandomMutations {
    private RandomMutations() {
    }

    /** A change as the comparison must list it: how, what, the owning table (or null) and the object's name. */
    record Expected(String how, ObjectType type, String table, String name, Set<String> attributes) {
        @Override
        public String toString() {
            return how + " " + type.label() + " " + (table == null ? "" : table + ".") + name
                    + (attributes.isEmpty() ? "" : " " + attributes);
        }
    }

    record Mutated(Schema schema, List<Expected> expected) {
    }

    private static final String[] ACTIONS = {"NO ACTION", "CASCADE", "SET NULL", "RESTRICT"};

    static Mutated mutate(Schema s, long seed) {
        Random r = new Random(seed);
        List<Table> tables = new ArrayList<>(s.tables());
        List<Expected> expected = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits * 4 && expected.size() < edits; e++) {
            int at = r.nextInt(tables.size());
            Table t = tables.get(at);
            if (touched.contains(t.name())) {
                continue;
            }
            switch (r.nextInt(10)) {
                case 0 -> {
                    String name = "added " + e;
                    tables.add(new Table(name, List.of(new Column("v", Type.INTEGER, 0, 0, false, null)), "pk_added"
                            + e, List.of(), List.of(), List.of(), List.of()));
                    touched.add(name);
                    expected.add(new Expected("+", ObjectType.TABLE, null, name, Set.of()));
                }
                case 1 -> {
                    if (tables.size() > 1 && tables.stream().noneMatch(x -> x != t && x.foreignKeys().stream()
                            .anyMatch(fk -> fk.parent().equals(t.name())))) {
                        tables.remove(at);
                        expected.add(new Expected("-", ObjectType.TABLE, null, t.name(), Set.of()));
                    }
                }
                case 2 -> {
                    String name = "new col " + e;
                    tables.set(at, withColumns(t, plus(t.columns(), new Column(name, Type.TEXT, 0, 0, false, null))));
                    touched.add(t.name());
                    expected.add(new Expected("+", ObjectType.COLUMN, t.name(), name, Set.of()));
                }
                case 3 -> free(t, r).ifPresent(c -> {
                    tables.set(at, withColumns(t, t.columns().stream().filter(x -> x != c).toList()));
                    touched.add(t.name());
                    expected.add(new Expected("-", ObjectType.COLUMN, t.name(), c.name(), Set.of()));
                });
                case 4 -> free(t, r).ifPresent(c -> {
                    tables.set(at, replace(t, c, new Column(c.name(), c.type(), c.size(), c.scale(), !c.notNull(),
                            c.defaultValue())));
                    touched.add(t.name());
                    expected.add(new Expected("~", ObjectType.COLUMN, t.name(), c.name(), Set.of("nullable")));
                });
                case 5 -> free(t, r).ifPresent(c -> {
                    String def = c.defaultValue() != null ? null : switch (c.type()) {
                        case INTEGER, BIGINT -> "4242";
                        case TEXT, VARCHAR -> "changed";
                        case NUMERIC -> "1.5";
                        case BOOLEAN -> "true";
                        case DATE -> "2001-02-03";
                    };
                    tables.set(at, replace(t, c, new Column(c.name(), c.type(), c.size(), c.scale(), c.notNull(),
                            def)));
                    touched.add(t.name());
                    expected.add(new Expected("~", ObjectType.COLUMN, t.name(), c.name(), Set.of("default")));
                });
                case 6 -> free(t, r).filter(c -> c.type() == Type.VARCHAR).ifPresent(c -> {
                    tables.set(at, replace(t, c, new Column(c.name(), c.type(), c.size() + 5, c.scale(),
                            c.notNull(), c.defaultValue())));
                    touched.add(t.name());
                    expected.add(new Expected("~", ObjectType.COLUMN, t.name(), c.name(), Set.of("type")));
                });
                case 7 -> {
                    String name = "ix new " + e;
                    Column c = t.columns().get(r.nextInt(t.columns().size()));
                    tables.set(at, new Table(t.name(), t.columns(), t.pkName(), t.pk(), t.uniques(), t.foreignKeys(),
                            plus(t.indexes(), new Index(name, List.of(c.name()), List.of(false), false, null))));
                    touched.add(t.name());
                    expected.add(new Expected("+", ObjectType.INDEX, t.name(), name, Set.of()));
                }
                case 8 -> {
                    if (!t.indexes().isEmpty()) {
                        Index i = t.indexes().get(r.nextInt(t.indexes().size()));
                        tables.set(at, new Table(t.name(), t.columns(), t.pkName(), t.pk(), t.uniques(),
                                t.foreignKeys(), t.indexes().stream().filter(x -> x != i).toList()));
                        touched.add(t.name());
                        expected.add(new Expected("-", ObjectType.INDEX, t.name(), i.name(), Set.of()));
                    } else if (!t.uniques().isEmpty()) {
                        Unique u = t.uniques().get(0);
                        tables.set(at, new Table(t.name(), t.columns(), t.pkName(), t.pk(), List.of(),
                                t.foreignKeys(), t.indexes()));
                        touched.add(t.name());
                        expected.add(new Expected("-", ObjectType.UNIQUE_CONSTRAINT, t.name(), u.name(), Set.of()));
                    }
                }
                default -> {
                    if (!t.foreignKeys().isEmpty()) {
                        ForeignKey fk = t.foreignKeys().get(0);
                        String action = ACTIONS[(List.of(ACTIONS).indexOf(fk.onDelete()) + 1 + r.nextInt(3)) % 4];
                        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
                        fks.set(0, new ForeignKey(fk.name(), fk.columns(), fk.parent(), fk.parentColumns(), action,
                                fk.onUpdate()));
                        tables.set(at, new Table(t.name(), t.columns(), t.pkName(), t.pk(), t.uniques(), fks,
                                t.indexes()));
                        touched.add(t.name());
                        expected.add(new Expected("~", ObjectType.FOREIGN_KEY, t.name(), fk.name(),
                                Set.of("onDelete")));
                    }
                }
            }
        }
        if (expected.isEmpty()) {
            // every draw hit an edit that did not fit (a table without indexes, keys or a free column): add a column
            Table t = tables.get(0);
            tables.set(0, withColumns(t, plus(t.columns(), new Column("fallback", Type.BIGINT, 0, 0, true, null))));
            expected.add(new Expected("+", ObjectType.COLUMN, t.name(), "fallback", Set.of()));
        }
        return new Mutated(new Schema(s.seed(), List.copyOf(tables)), List.copyOf(expected));
    }

    /** A column no key, constraint or index uses, if the table has one besides others. */
    private static java.util.Optional<Column> free(Table t, Random r) {
        Set<String> used = new HashSet<>(t.pk());
        t.uniques().forEach(u -> used.addAll(u.columns()));
        t.foreignKeys().forEach(fk -> used.addAll(fk.columns()));
        for (Index i : t.indexes()) {
            used.addAll(i.columns());
            if (i.partialOn() != null) {
                used.add(i.partialOn());
            }
        }
        List<Column> free = t.columns().stream().filter(c -> !used.contains(c.name())).toList();
        return free.isEmpty() || t.columns().size() < 2 ? java.util.Optional.empty()
                : java.util.Optional.of(free.get(r.nextInt(free.size())));
    }

    private static Table withColumns(Table t, List<Column> columns) {
        return new Table(t.name(), columns, t.pkName(), t.pk(), t.uniques(), t.foreignKeys(), t.indexes());
    }

    private static Table replace(Table t, Column old, Column now) {
        return withColumns(t, t.columns().stream().map(c -> c == old ? now : c).toList());
    }

    private static <T> List<T> plus(List<T> in, T extra) {
        List<T> out = new ArrayList<>(in);
        out.add(extra);
        return out;
    }
}
