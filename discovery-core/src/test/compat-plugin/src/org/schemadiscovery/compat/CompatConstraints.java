package org.schemadiscovery.compat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;

/** Primary keys only. */
public final class CompatConstraints implements ConstraintDiscovery {
    private static final String KEYS = "SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m"
            + " JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.pk > 0 ORDER BY m.name, p.pk";

    @Override
    public String dialect() {
        return CompatStrategy.ID;
    }

    @Override
    public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
            throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (Statement st = session.connection().createStatement(); ResultSet rs = st.executeQuery(KEYS)) {
            while (rs.next()) {
                keys.computeIfAbsent(rs.getString("table_name"), k -> new ArrayList<>())
                        .add(rs.getString("column_name"));
            }
        }
        List<ConstraintInfo> out = new ArrayList<>();
        keys.forEach((table, columns) -> out.add(new PrimaryKey(null, TableRef.of("main", table), columns)));
        return Discovered.of(out);
    }
}
