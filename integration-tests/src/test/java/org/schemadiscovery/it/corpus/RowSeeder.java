package org.schemadiscovery.it.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;

/**
 * Puts one row into every table of a schema where one can be inserted (the rows-survive rule): a value per column
 * from {@link SeedValues}, DEFAULT where the column has a default, identity or generation; a foreign key column
 * takes the referenced column's value from the referenced table's row. Tables are tried in passes so that
 * referenced tables get their row first; a table whose insert still fails is skipped and counted.
 */
final class RowSeeder {
    /** The tables seeded with their row counts afterwards, and how many tables could not take a row. */
    record Seeded(Map<TableRef, Long> rows, int skipped) {
        static final Seeded NONE = new Seeded(Map.of(), 0);
    }

    private final SeedValues values;

    RowSeeder(SeedValues values) {
        this.values = values;
    }

    Seeded seed(Connection connection, SchemaInfo schema) throws SQLException {
        List<TableInfo> pending = new ArrayList<>();
        for (TableInfo t : schema.tables()) {
            if (t.kind() == TableKind.TABLE || t.kind() == TableKind.PARTITIONED) {
                pending.add(t);
            }
        }
        Map<TableRef, Long> rows = new LinkedHashMap<>();
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (java.util.Iterator<TableInfo> it = pending.iterator(); it.hasNext(); ) {
                TableInfo t = it.next();
                String insert = insert(t, schema);
                if (insert != null && tryInsert(connection, insert)) {
                    it.remove();
                    progress = true;
                }
            }
        }
        // a partition's row is counted under the partition it landed in, its parent's count includes it
        for (TableInfo t : schema.tables()) {
            if (t.kind() == TableKind.TABLE || t.kind() == TableKind.PARTITIONED) {
                long n = count(connection, values.table(t.ref()));
                if (n > 0) {
                    rows.put(t.ref(), n);
                }
            }
        }
        return new Seeded(rows, (int) pending.stream().filter(t -> !rows.containsKey(t.ref())).count());
    }

    /** The row count of a table, or -1 when it cannot be read (the table is gone). */
    long count(Connection connection, String table) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private String insert(TableInfo t, SchemaInfo schema) {
        List<String> names = new ArrayList<>();
        List<String> exprs = new ArrayList<>();
        for (ColumnInfo col : t.columns()) {
            if (col.generated() != null || col.identity() != null || col.defaultValue() != null) {
                continue;
            }
            String value = foreignValue(t, col);
            if (value == null) {
                value = values.value(col, schema);
            }
            if (value == null) {
                if (!col.nullable()) {
                    return null;
                }
                continue;
            }
            names.add(values.ident(col.name()));
            exprs.add(value);
        }
        String target = values.table(t.ref());
        return names.isEmpty() ? "INSERT INTO " + target + " DEFAULT VALUES"
                : "INSERT INTO " + target + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", exprs)
                + ")";
    }

    private String foreignValue(TableInfo t, ColumnInfo col) {
        for (ForeignKey fk : t.foreignKeys()) {
            int i = fk.columns().indexOf(col.name());
            if (i >= 0 && i < fk.referencedColumns().size()) {
                return "(SELECT " + values.ident(fk.referencedColumns().get(i)) + " FROM "
                        + values.table(fk.referencedTable()) + " LIMIT 1)";
            }
        }
        return null;
    }

    private static boolean tryInsert(Connection connection, String sql) {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
