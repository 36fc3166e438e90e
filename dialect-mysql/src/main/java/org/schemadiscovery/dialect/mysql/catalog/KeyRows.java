package org.schemadiscovery.dialect.mysql.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.TableRef;

/**
 * The keys of one scope from {@code table-constraints.sql} and {@code key-columns.sql}, read once per session: index
 * discovery needs them to tell which index backs which key, constraint discovery to build the keys.
 *
 * <p>information_schema shows TABLE_CONSTRAINTS (and REFERENTIAL_CONSTRAINTS) only to accounts with more than SELECT
 * on a table, but KEY_COLUMN_USAGE to any account that can read it. A key found only there is derived from its
 * columns (PRIMARY, a referenced table: FOREIGN KEY, else UNIQUE) and its table is remembered in
 * {@link #derived()}, so the reader can say that actions and CHECK constraints are unknown.
 *
 * @param constraints the named constraints of each table
 * @param keyColumns  key column rows in key order, by table and constraint name
 * @param derived     tables whose keys came from KEY_COLUMN_USAGE alone
 */
record KeyRows(Map<TableRef, List<Key>> constraints, Map<TableRef, Map<String, List<Row>>> keyColumns,
               Set<TableRef> derived) {
    /** A PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK constraint. */
    static final String PRIMARY_KEY = "PRIMARY KEY";
    /** A foreign key. */
    static final String FOREIGN_KEY = "FOREIGN KEY";
    /** A unique key. */
    static final String UNIQUE = "UNIQUE";
    /** A CHECK constraint. */
    static final String CHECK = "CHECK";

    /**
     * One named constraint.
     *
     * @param name     its name
     * @param type     PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK
     * @param enforced false for a MySQL constraint declared NOT ENFORCED
     */
    record Key(String name, String type, boolean enforced) {
    }

    static KeyRows of(List<Row> constraintRows, List<Row> keyColumnRows) {
        Map<TableRef, List<Key>> constraints = new LinkedHashMap<>();
        for (Row r : constraintRows) {
            constraints.computeIfAbsent(ref(r), k -> new ArrayList<>()).add(new Key(r.text("constraint_name"),
                    r.text("constraint_type"), !"NO".equalsIgnoreCase(r.text("enforced"))));
        }
        Map<TableRef, Map<String, List<Row>>> keys = new LinkedHashMap<>();
        for (Row r : keyColumnRows) {
            keys.computeIfAbsent(ref(r), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.text("constraint_name"), k -> new ArrayList<>()).add(r);
        }
        Set<TableRef> derived = new LinkedHashSet<>();
        keys.forEach((table, byName) -> byName.forEach((name, rows) -> {
            List<Key> known = constraints.computeIfAbsent(table, k -> new ArrayList<>());
            if (known.stream().noneMatch(k -> k.name().equals(name))) {
                String type = name.equals("PRIMARY") ? PRIMARY_KEY
                        : rows.stream().anyMatch(c -> c.text("referenced_table") != null) ? FOREIGN_KEY : UNIQUE;
                known.add(new Key(name, type, true));
                derived.add(table);
            }
        }));
        return new KeyRows(constraints, keys, derived);
    }

    private static TableRef ref(Row r) {
        return new TableRef(null, r.text("table_schema"), r.text("table_name"));
    }

    /** The type of the table's key with this name among PRIMARY KEY, UNIQUE and FOREIGN KEY, or null. */
    String keyType(TableRef table, String name) {
        return constraints.getOrDefault(table, List.of()).stream()
                .filter(k -> k.name().equals(name) && !k.type().equals(CHECK)).map(Key::type).findFirst()
                .orElse(null);
    }

    /** The columns of the table's key constraint in key order. */
    List<String> columns(TableRef table, String name) {
        return columnRows(table, name).stream().map(r -> r.text("column_name")).toList();
    }

    /** The key column rows of the table's constraint. */
    List<Row> columnRows(TableRef table, String name) {
        return keyColumns.getOrDefault(table, Map.of()).getOrDefault(name, List.of());
    }
}
