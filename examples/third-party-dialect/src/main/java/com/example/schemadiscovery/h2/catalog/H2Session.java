package com.example.schemadiscovery.h2.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.support.SqlResources;
import org.schemadiscovery.infoschema.InformationSchemaReader;

/**
 * One discovery run: tables, columns and constraints through the INFORMATION_SCHEMA support (H2 2.x follows the
 * standard), indexes from H2's INDEX_COLUMNS. It sends queries only and leaves the connection as it found it.
 */
public final class H2Session implements DiscoverySession {
    private static final SqlResources SQL = SqlResources.load(name -> H2Session.class.getResourceAsStream(name),
            List.of("schemas", "indexes", "index-owners"));
    private static final InformationSchemaReader STANDARD = new InformationSchemaReader();

    private final DiscoveryContext context;

    public H2Session(DiscoveryContext context) {
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
    public List<String> schemas(DiscoveryScope scope) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement(SQL.text("schemas"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (scope.includesSchema(rs.getString(1))) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    @Override
    public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
        return STANDARD.tables(connection(), schemas(scope));
    }

    /** Constraints of every table in scope. */
    public Discovered<ConstraintInfo> constraints(DiscoveryScope scope) throws SQLException {
        return STANDARD.constraints(connection(), schemas(scope));
    }

    /** Indexes of every table in scope, two statements per schema. */
    public Discovered<IndexInfo> indexes(DiscoveryScope scope) throws SQLException {
        List<IndexInfo> out = new ArrayList<>();
        for (String schema : schemas(scope)) {
            Map<String, String> owners = new HashMap<>();
            try (PreparedStatement ps = statement("index-owners", schema); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // a primary key or unique constraint owns its index; a foreign key may only borrow one
                    if (!"FOREIGN KEY".equals(rs.getString(3)) || !owners.containsKey(rs.getString(1))) {
                        owners.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement ps = statement("indexes", schema); ResultSet rs = ps.executeQuery()) {
                IndexInfo.Builder index = null;
                List<IndexElement> elements = new ArrayList<>();
                String current = null;
                while (rs.next()) {
                    String key = rs.getString(1) + "\u0000" + rs.getString(2);
                    if (!key.equals(current)) {
                        add(out, index, elements);
                        current = key;
                        elements = new ArrayList<>();
                        index = IndexInfo.builder(rs.getString(2), new TableRef(null, schema, rs.getString(1)))
                                .unique(rs.getBoolean(3)).constraint(owners.get(rs.getString(2))).valid(true);
                    }
                    elements.add(IndexElement.builder().column(rs.getString(4))
                            .order("DESC".equals(rs.getString(5)) ? SortOrder.DESC : SortOrder.ASC).build());
                }
                add(out, index, elements);
            }
        }
        return Discovered.of(out);
    }

    private PreparedStatement statement(String name, String schema) throws SQLException {
        PreparedStatement ps = connection().prepareStatement(SQL.text(name));
        ps.setString(1, schema);
        return ps;
    }

    private static void add(List<IndexInfo> out, IndexInfo.Builder index, List<IndexElement> elements) {
        if (index != null) {
            out.add(index.elements(elements).build());
        }
    }

    @Override
    public void close() {
    }
}
