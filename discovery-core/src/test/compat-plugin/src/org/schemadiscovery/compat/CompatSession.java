package org.schemadiscovery.compat;

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
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;

/**
 * Tables and columns in one statement. Each table goes through the positional constructor of its day (twelve
 * components), then through {@code toBuilder()}: both must keep working once TableInfo has grown.
 */
final class CompatSession implements DiscoverySession {
    static final String COMMENT = "built by a plugin compiled before TableInfo grew";
    private static final String COLUMNS = "SELECT m.name AS table_name, p.cid, p.name AS column_name, p.type,"
            + " p.\"notnull\" AS not_null, p.dflt_value FROM sqlite_master m JOIN pragma_table_info(m.name) p"
            + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, p.cid";

    private final DiscoveryContext context;

    CompatSession(DiscoveryContext context) {
        this.context = context;
    }

    @Override
    public DiscoveryContext context() {
        return context;
    }

    @Override
    public DatabaseCapabilities probe() {
        return DatabaseCapabilities.none();
    }

    @Override
    public List<String> schemas(DiscoveryScope scope) {
        return List.of("main");
    }

    @Override
    public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
        Map<String, List<ColumnInfo>> columns = new LinkedHashMap<>();
        try (Statement st = connection().createStatement(); ResultSet rs = st.executeQuery(COLUMNS)) {
            while (rs.next()) {
                String type = rs.getString("type");
                DataType dataType = DataType.builder(type, type).jdbcType(Types.OTHER).build();
                columns.computeIfAbsent(rs.getString("table_name"), k -> new ArrayList<>())
                        .add(new ColumnInfo(rs.getString("column_name"), rs.getInt("cid") + 1, dataType,
                                !rs.getBoolean("not_null"), rs.getString("dflt_value"), null, null, null, null,
                                false, Map.of()));
            }
        }
        List<TableInfo> tables = new ArrayList<>();
        columns.forEach((name, cols) -> {
            TableInfo positional = new TableInfo(TableRef.of("main", name), TableKind.TABLE, cols, List.of(),
                    List.of(), List.of(), null, null, null, false, List.of(), Map.of("plugin", CompatStrategy.ID));
            tables.add(positional.toBuilder().comment(COMMENT).build());
        });
        return Discovered.of(tables);
    }

    @Override
    public void close() {
    }
}
