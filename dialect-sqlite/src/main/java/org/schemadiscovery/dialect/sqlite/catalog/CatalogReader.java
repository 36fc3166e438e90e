package org.schemadiscovery.dialect.sqlite.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the catalog queries on the session's current connection, each with the context's statement timeout, and maps
 * their rows. Holds no results itself.
 */
public final class CatalogReader {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogReader.class);
    private final DiscoveryContext context;
    /** A connection of the reader's own, or null for the session's current one. */
    private final Connection own;

    /** A reader for this run, on the session's current connection. */
    public CatalogReader(DiscoveryContext context) {
        this(context, null);
    }

    /** A reader for this run on a connection of its own (the caller closes it). */
    public CatalogReader(DiscoveryContext context, Connection own) {
        this.context = context;
        this.own = own;
    }

    /** {@code pragma_database_list}. */
    public List<SchemaRow> databases() throws SQLException {
        return query(CatalogSql.DATABASES, List.of(), rs -> new SchemaRow(rs.getInt(1), rs.getString(2),
                rs.getString(3) == null ? "" : rs.getString(3)));
    }

    /**
     * Stored definitions of the given schemas.
     *
     * @param only the table restriction, a JSON array of [schema, name] pairs ({@link Restriction#json()})
     */
    public List<ObjectRow> objects(List<SchemaRow> schemas, String only) throws SQLException {
        return query(CatalogSql.objects(schemas), List.of(only), rs -> new ObjectRow(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6) == 1));
    }

    /** One schema's {@code schema_version}, read without parsing the schema. */
    public long schemaCookie(String schema) throws SQLException {
        List<Long> rows = query(CatalogSql.schemaCookie(schema), List.of(), rs -> rs.getLong(1));
        if (rows.isEmpty()) {
            throw new SQLException("PRAGMA schema_version returned no row for " + schema);
        }
        return rows.get(0);
    }

    /** Every stored definition of these schemas but SQLite's own, as the fingerprint hashes it. */
    List<DefinitionRow> definitions(List<SchemaRow> schemas, String only) throws SQLException {
        Map<Integer, String> names = new HashMap<>();
        schemas.forEach(s -> names.put(s.seq(), s.name()));
        return query(CatalogSql.fingerprint(schemas), List.of(only), rs -> new DefinitionRow(names.get(rs.getInt(1)),
                rs.getString(2), rs.getBytes(3)));
    }

    /**
     * Columns of the objects of these schemas.
     *
     * @param schemas         schemas
     * @param only            the table restriction ({@link Restriction#json()})
     * @param viewsAndVirtual false to read tables with storage only
     * @param skipJson        JSON array of [schema, name] pairs to leave out
     */
    public List<ColumnRow> columns(List<SchemaRow> schemas, String only, boolean viewsAndVirtual, String skipJson)
            throws SQLException {
        return flatten(query(CatalogSql.columns(schemas), List.of(only, viewsAndVirtual ? 1 : 0, skipJson),
                CatalogReader::columnRows));
    }

    /** Loaded modules ({@code module}, name) and shadow tables ({@code shadow}, name, schema). */
    public List<String[]> virtualTables() throws SQLException {
        return query(CatalogSql.VIRTUAL_TABLES, List.of(), rs -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3)});
    }

    /** Columns of one object. */
    public List<ColumnRow> columnsOf(String schema, String object) throws SQLException {
        return flatten(query(CatalogSql.COLUMN_ONE, List.of(object, schema), CatalogReader::columnRows));
    }

    /** Index key columns of every table of these schemas (in the restriction). */
    public List<IndexColumnRow> indexColumns(List<SchemaRow> schemas, String only) throws SQLException {
        return flatten(query(CatalogSql.indexes(schemas), List.of(only), rs -> {
            String schema = rs.getString(1);
            String table = rs.getString(2);
            List<String[]> values = JsonRows.decode(rs.getString(3), 9);
            List<IndexColumnRow> rows = new ArrayList<>(values.size());
            for (String[] v : values) {
                rows.add(new IndexColumnRow(schema, table, v[0], "1".equals(v[1]), v[2], "1".equals(v[3]),
                        Integer.parseInt(v[4]), Integer.parseInt(v[5]), v[6], "1".equals(v[7]), v[8]));
            }
            rows.sort(Comparator.comparing(IndexColumnRow::index).thenComparingInt(IndexColumnRow::seqno));
            return rows;
        }));
    }

    /** Foreign-key columns of every table of these schemas (in the restriction). */
    public List<ForeignKeyRow> foreignKeys(List<SchemaRow> schemas, String only) throws SQLException {
        return query(CatalogSql.foreignKeys(schemas), List.of(only), rs -> new ForeignKeyRow(rs.getString(1),
                rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9)));
    }

    /** Settings, compile options, modules and feature functions as (kind, name, value) triples. */
    public List<String[]> probe() throws SQLException {
        return query(CatalogSql.PROBE, List.of(), rs -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3)});
    }

    /** The current {@code query_only} flag. */
    public boolean queryOnly() throws SQLException {
        List<Integer> rows = query(CatalogSql.QUERY_ONLY_GET, List.of(), rs -> rs.getInt(1));
        return !rows.isEmpty() && rows.get(0) != 0;
    }

    /** Sets {@code query_only}. */
    public void setQueryOnly(boolean on) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(on ? CatalogSql.QUERY_ONLY_ON
                : CatalogSql.QUERY_ONLY_OFF)) {
            ps.execute();
        }
    }

    /**
     * What identifies the main schema's state as this connection's read transaction sees it.
     *
     * @param version {@code schema_version}
     * @param file    the database file, {@code ""} in memory or for a temporary database
     * @param digest  count and total length of the stored definitions
     */
    public record SchemaStamp(long version, String file, String digest) {
        /** True for an in-memory or temporary database: no file to tell two connections' databases apart. */
        public boolean inMemory() {
            return file.isEmpty();
        }
    }

    /** The main schema's {@link SchemaStamp}. */
    public SchemaStamp schemaStamp() throws SQLException {
        List<SchemaStamp> rows = query(CatalogSql.SCHEMA_VERSION, List.of(), rs -> new SchemaStamp(rs.getLong(1),
                rs.getString(2) == null ? "" : rs.getString(2), String.valueOf(rs.getString(3))));
        if (rows.isEmpty()) {
            throw new SQLException("pragma_schema_version returned no row for main");
        }
        return rows.get(0);
    }

    private Connection connection() {
        return own != null ? own : context.connections().connection();
    }

    private <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) throws SQLException {
        context.checkDeadline();
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setQueryTimeout(context.queryTimeoutSeconds());
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            long start = System.nanoTime();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("catalog query finished rows={} millis={} query={}", rows.size(),
                        (System.nanoTime() - start) / 1_000_000, sql.lines().findFirst().orElse(""));
            }
            return rows;
        }
    }

    private static List<ColumnRow> columnRows(ResultSet rs) throws SQLException {
        String schema = rs.getString(1);
        String object = rs.getString(2);
        List<String[]> values = JsonRows.decode(rs.getString(3), 7);
        List<ColumnRow> rows = new ArrayList<>(values.size());
        for (String[] v : values) {
            rows.add(new ColumnRow(schema, object, Integer.parseInt(v[0]), v[1], v[2] == null ? "" : v[2],
                    !"0".equals(v[3]), v[4], Integer.parseInt(v[5]), Integer.parseInt(v[6])));
        }
        rows.sort(Comparator.comparingInt(ColumnRow::cid));
        return rows;
    }

    private static <T> List<T> flatten(List<List<T>> lists) {
        List<T> out = new ArrayList<>();
        lists.forEach(out::addAll);
        return out;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
