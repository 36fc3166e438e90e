package org.schemadiscovery.it.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;

/**
 * The rows-survive rule for the MySQL corpus: one row per table of the starting schema where a row can be inserted
 * (values chosen by column type, NULL only for a nullable column of a type without one; parents before children
 * by retrying), and the row counts of
 * the tables afterwards.
 */
final class SampleRows {
    private SampleRows() {
    }

    /** Inserts what it can; returns the tables that received a row. */
    static List<String> insert(Connection c, SchemaInfo schema) {
        List<String> pending = new ArrayList<>();
        Map<String, String> inserts = new LinkedHashMap<>();
        for (TableInfo t : schema.tables()) {
            String sql = insertFor(t);
            if (sql != null) {
                inserts.put(t.ref().name(), sql);
                pending.add(t.ref().name());
            }
        }
        List<String> done = new ArrayList<>();
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (String table : List.copyOf(pending)) {
                try (Statement st = c.createStatement()) {
                    st.execute(inserts.get(table));
                    done.add(table);
                    pending.remove(table);
                    progress = true;
                } catch (SQLException e) {
                    // a parent row may be missing yet, or the table refuses any made-up row: retried, then skipped
                }
            }
        }
        return done;
    }

    /** Row counts of the named tables (a table that is gone is left out). */
    static Map<String, Long> count(Connection c, List<String> tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : tables) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM `" + t.replace("`", "``") + "`")) {
                rs.next();
                out.put(t, rs.getLong(1));
            } catch (SQLException e) {
                // dropped by the migration
            }
        }
        return out;
    }

    private static String insertFor(TableInfo t) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (ColumnInfo col : t.columns()) {
            if (col.generated() != null || col.identity() != null) {
                continue;
            }
            // a value even where NULL is allowed: the target may make the column NOT NULL
            String v = value(col);
            if (v == null && col.nullable() && !inPrimaryKey(t, col)) {
                v = "NULL";
            }
            if (v == null) {
                return null;
            }
            names.add("`" + col.name().replace("`", "``") + "`");
            values.add(v);
        }
        return "INSERT INTO `" + t.ref().name().replace("`", "``") + "` (" + String.join(", ", names)
                + ") VALUES (" + String.join(", ", values) + ")";
    }

    private static boolean inPrimaryKey(TableInfo t, ColumnInfo c) {
        return t.primaryKey().map(pk -> pk.columns().contains(c.name())).orElse(false);
    }

    private static String value(ColumnInfo c) {
        String type = c.type().declared().toLowerCase(Locale.ROOT);
        String base = c.type().baseName().toLowerCase(Locale.ROOT);
        if (base.startsWith("enum") || base.startsWith("set")) {
            int q = type.indexOf('\'');
            int e = q < 0 ? -1 : type.indexOf('\'', q + 1);
            return q < 0 || e < 0 ? null : c.type().declared().substring(q, e + 1);
        }
        if (base.contains("int") || base.equals("decimal") || base.equals("numeric") || base.equals("float")
                || base.equals("double") || base.equals("real")) {
            return "1";
        }
        if (base.equals("bit")) {
            return "b'1'";
        }
        if (base.equals("year")) {
            return "2000";
        }
        if (base.equals("date")) {
            return "'2000-01-01'";
        }
        if (base.equals("datetime") || base.equals("timestamp")) {
            return "'2000-01-01 00:00:00'";
        }
        if (base.equals("time")) {
            return "'00:00:00'";
        }
        if (base.equals("json")) {
            return "'{}'";
        }
        if (base.contains("char") || base.contains("text") || base.contains("binary") || base.contains("blob")
                || base.equals("uuid") || base.equals("inet4") || base.equals("inet6")) {
            return base.equals("uuid") ? "'00000000-0000-0000-0000-000000000001'"
                    : base.equals("inet4") ? "'10.0.0.1'" : base.equals("inet6") ? "'::1'" : "'1'";
        }
        return null;
    }
}
