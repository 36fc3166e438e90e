package org.schemadiscovery.tck.selftest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.tck.selfcheck.ForwardingStrategy;

/**
 * A minimal well-behaved SQLite table reader for the two scenarios core's generic strategy cannot pass (its bulk
 * {@code getColumns} breaks beyond 500 tables, and it cannot warn about one object): one set-based query for every
 * table's columns, and, when one table cannot be read, a per-table fallback that warns about exactly that table.
 * The self-test breaks it to prove the scale and failure groups can fail.
 */
class SetBasedTablesSession extends ForwardingStrategy.ForwardingSession {
    private static final String ALL_COLUMNS = "SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value"
            + " FROM sqlite_master m JOIN pragma_table_info(m.name) p"
            + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, p.cid";
    private static final String TABLE_NAMES = "SELECT name FROM sqlite_master"
            + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
    private static final String ONE_TABLE = "SELECT cid, name, type, \"notnull\", dflt_value"
            + " FROM pragma_table_info(?) ORDER BY cid";

    SetBasedTablesSession(DiscoverySession delegate) {
        super(delegate);
    }

    @Override
    public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
        Connection c = connection();
        Map<String, List<ColumnInfo>> columns = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(ALL_COLUMNS)) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(column(rs, 2));
            }
        } catch (SQLException wholeQueryFailed) {
            return perTable(c);
        }
        return Discovered.of(columns.entrySet().stream().map(e -> table(e.getKey(), e.getValue())).toList());
    }

    private Discovered<TableInfo> perTable(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TABLE_NAMES)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<TableInfo> tables = new ArrayList<>();
        List<DiscoveryWarning> warnings = new ArrayList<>();
        for (String name : names) {
            List<ColumnInfo> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ONE_TABLE)) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.add(column(rs, 1));
                    }
                }
                tables.add(table(name, columns));
            } catch (SQLException e) {
                warnings.add(new DiscoveryWarning("main." + name, "tables", ErrorClass.OTHER,
                        "table main." + name + " cannot be read: " + e.getMessage().replace('\n', ' ')));
            }
        }
        return new Discovered<>(tables, warnings);
    }

    private static TableInfo table(String name, List<ColumnInfo> columns) {
        return TableInfo.of(TableRef.of("main", name), TableKind.TABLE, columns);
    }

    private static ColumnInfo column(ResultSet rs, int first) throws SQLException {
        String type = rs.getString(first + 2);
        return new ColumnInfo(rs.getString(first + 1), rs.getInt(first) + 1, DataType.of(type, Types.OTHER),
                rs.getInt(first + 3) == 0, rs.getString(first + 4), null, null, null, null, false, Map.of());
    }
}
