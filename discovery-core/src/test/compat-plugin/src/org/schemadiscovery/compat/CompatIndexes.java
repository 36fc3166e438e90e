package org.schemadiscovery.compat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.IndexDiscovery;

/** Indexes created with CREATE INDEX, through {@code IndexInfo.builder}. */
public final class CompatIndexes implements IndexDiscovery {
    private static final String INDEXES = "SELECT m.name AS table_name, il.name AS index_name,"
            + " il.\"unique\" AS is_unique, ii.name AS column_name FROM sqlite_master m"
            + " JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii"
            + " WHERE m.type = 'table' AND il.origin = 'c' ORDER BY m.name, il.name, ii.seqno";

    @Override
    public String dialect() {
        return CompatStrategy.ID;
    }

    @Override
    public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
        Map<List<String>, IndexInfo.Builder> builders = new LinkedHashMap<>();
        Map<List<String>, List<IndexElement>> elements = new LinkedHashMap<>();
        try (Statement st = session.connection().createStatement(); ResultSet rs = st.executeQuery(INDEXES)) {
            while (rs.next()) {
                String table = rs.getString("table_name");
                String name = rs.getString("index_name");
                boolean unique = rs.getBoolean("is_unique");
                List<String> key = List.of(table, name);
                builders.computeIfAbsent(key, k -> IndexInfo.builder(name, TableRef.of("main", table))
                        .unique(unique).valid(true));
                elements.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(IndexElement.column(rs.getString("column_name")));
            }
        }
        List<IndexInfo> out = new ArrayList<>();
        builders.forEach((key, b) -> out.add(b.elements(elements.get(key)).build()));
        return Discovered.of(out);
    }
}
