package org.schemadiscovery.core.generic;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DiscoveryScope;

/**
 * Reads the catalog through {@link DatabaseMetaData}. Bulk calls (null table name) are used where JDBC allows them:
 * tables and columns always, primary and foreign keys for drivers known to answer them in bulk (pgjdbc); keys for
 * other drivers and indexes ({@code getIndexInfo} requires a table) are read per table — this is the fallback, not
 * the fast path.
 *
 * <p>References are normalised so they match the dialects': the catalog level is dropped when the driver reports a
 * schema; a driver that reports only catalogs (MySQL) has them used as schemas; SQLite's unnamed schema is
 * {@code main}.
 */
final class GenericCatalog {
    /** Schemas that hold system objects, never user objects. */
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast",
            "sys", "performance_schema", "mysql");
    /** Sizes above this are driver sentinels for unbounded types (PostgreSQL's varchar limit is 10485760). */
    private static final int MAX_REAL_LENGTH = 10_485_760;
    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE",
            "FOREIGN TABLE", "VIRTUAL TABLE");
    private static final Set<String> VIEW_TYPES = Set.of("VIEW", "MATERIALIZED VIEW");

    /** A relation as {@code getTables} reports it, with the raw names needed for per-table calls. */
    record Relation(TableRef ref, String rawCatalog, String rawSchema, String type, String remarks) {
        boolean isView() {
            return VIEW_TYPES.contains(type);
        }
    }

    private final Connection connection;
    private final boolean sqlite;
    private final boolean bulkKeys;
    private List<Relation> relations;
    private Map<TableRef, List<ColumnInfo>> columns;
    private Map<TableRef, PrimaryKey> primaryKeys;

    GenericCatalog(Connection connection) throws SQLException {
        this.connection = connection;
        DatabaseMetaData md = connection.getMetaData();
        String product = String.valueOf(md.getDatabaseProductName()).toLowerCase(Locale.ROOT);
        this.sqlite = product.contains("sqlite");
        this.bulkKeys = product.contains("postgresql");
    }

    boolean bulkKeys() {
        return bulkKeys;
    }

    List<String> schemas(DiscoveryScope scope) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getSchemas()) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_SCHEM"));
            }
        }
        if (names.isEmpty() && sqlite) {
            names.add("main");
        } else if (names.isEmpty()) {
            try (ResultSet rs = md.getCatalogs()) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_CAT"));
                }
            }
        }
        return names.stream().filter(n -> n != null && !isSystemSchema(n) && scope.includesSchema(n))
                .distinct().sorted().toList();
    }

    List<TableInfo> tables(DiscoveryScope scope) throws SQLException {
        Map<TableRef, List<ColumnInfo>> cols = columns();
        List<TableInfo> out = new ArrayList<>();
        for (Relation r : relations()) {
            if (!r.isView() && scope.includesSchema(r.ref().schema())) {
                out.add(TableInfo.builder(r.ref(), tableKind(r.type())).columns(cols.getOrDefault(r.ref(), List.of()))
                        .comment(blankToNull(r.remarks())).build());
            }
        }
        return out;
    }

    List<ViewInfo> views(DiscoveryScope scope) throws SQLException {
        Map<TableRef, List<ColumnInfo>> cols = columns();
        List<ViewInfo> out = new ArrayList<>();
        for (Relation r : relations()) {
            if (r.isView() && scope.includesSchema(r.ref().schema())) {
                out.add(ViewInfo.builder(r.ref()).materialized("MATERIALIZED VIEW".equals(r.type()))
                        .columns(cols.getOrDefault(r.ref(), List.of())).comment(blankToNull(r.remarks())).build());
            }
        }
        return out;
    }

    /** Every user table and view, sorted by reference (one {@code getTableTypes} and one {@code getTables} call). */
    List<Relation> relations() throws SQLException {
        if (relations != null) {
            return relations;
        }
        DatabaseMetaData md = connection.getMetaData();
        List<String> types = new ArrayList<>();
        try (ResultSet rs = md.getTableTypes()) {
            while (rs.next()) {
                String t = rs.getString(1);
                if (t != null && (TABLE_TYPES.contains(t.strip()) || VIEW_TYPES.contains(t.strip()))) {
                    types.add(t);
                }
            }
        }
        List<Relation> found = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, null, "%", types.isEmpty() ? null : types.toArray(String[]::new))) {
            while (rs.next()) {
                String type = String.valueOf(rs.getString("TABLE_TYPE")).strip();
                if (!TABLE_TYPES.contains(type) && !VIEW_TYPES.contains(type)) {
                    continue;
                }
                String cat = rs.getString("TABLE_CAT");
                String schema = rs.getString("TABLE_SCHEM");
                String name = rs.getString("TABLE_NAME");
                TableRef ref = ref(cat, schema, name);
                if (isUserObject(ref)) {
                    found.add(new Relation(ref, cat, schema, type, rs.getString("REMARKS")));
                }
            }
        }
        found.sort(Comparator.comparing(Relation::ref));
        relations = List.copyOf(found);
        return relations;
    }

    /** Columns of every user relation, with one bulk {@code getColumns} call. */
    Map<TableRef, List<ColumnInfo>> columns() throws SQLException {
        if (columns != null) {
            return columns;
        }
        Set<TableRef> known = new HashSet<>();
        for (Relation r : relations()) {
            known.add(r.ref());
        }
        Map<TableRef, List<ColumnInfo>> byTable = new TreeMap<>();
        DatabaseMetaData md = connection.getMetaData();
        try (ResultSet rs = md.getColumns(null, null, "%", "%")) {
            readColumns(rs, known, byTable);
        } catch (SQLException bulkRefused) {
            // Some drivers build one statement over every table and hit their own limits (sqlite-jdbc: "too many
            // terms in compound SELECT" past a few hundred tables); per-table calls always work.
            if (connection.isClosed()) {
                throw bulkRefused;
            }
            byTable.clear();
            String escape = md.getSearchStringEscape();
            for (Relation r : relations()) {
                TableRef t = r.ref();
                try (ResultSet rs = md.getColumns(t.catalog(), sqlite ? null : t.schema(),
                        escapePattern(t.name(), escape), "%")) {
                    readColumns(rs, known, byTable);
                }
            }
        }
        for (List<ColumnInfo> list : byTable.values()) {
            list.sort(Comparator.comparingInt(ColumnInfo::ordinal));
        }
        columns = byTable;
        return columns;
    }

    private void readColumns(ResultSet rs, Set<TableRef> known, Map<TableRef, List<ColumnInfo>> byTable)
            throws SQLException {
        while (rs.next()) {
            TableRef ref = ref(rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME"));
            if (known.contains(ref)) {
                byTable.computeIfAbsent(ref, k -> new ArrayList<>()).add(column(rs));
            }
        }
    }

    private static String escapePattern(String name, String escape) {
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    /** Primary keys by table. */
    Map<TableRef, PrimaryKey> primaryKeys() throws SQLException {
        if (primaryKeys != null) {
            return primaryKeys;
        }
        Map<TableRef, List<String[]>> rows = new LinkedHashMap<>();
        Set<TableRef> tables = tableRefs();
        DatabaseMetaData md = connection.getMetaData();
        if (bulkKeys) {
            try (ResultSet rs = md.getPrimaryKeys(null, null, null)) {
                readPrimaryKeys(rs, tables, rows);
            }
        } else {
            for (Relation r : relations()) {
                if (!r.isView()) {
                    try (ResultSet rs = md.getPrimaryKeys(r.rawCatalog(), r.rawSchema(), r.ref().name())) {
                        readPrimaryKeys(rs, tables, rows);
                    }
                }
            }
        }
        Map<TableRef, PrimaryKey> keys = new TreeMap<>();
        rows.forEach((ref, list) -> {
            list.sort(Comparator.comparingInt(a -> Integer.parseInt(a[1])));
            keys.put(ref, new PrimaryKey(blankToNull(list.get(0)[2]), ref,
                    list.stream().map(a -> a[0]).toList()));
        });
        primaryKeys = keys;
        return primaryKeys;
    }

    private void readPrimaryKeys(ResultSet rs, Set<TableRef> tables, Map<TableRef, List<String[]>> rows)
            throws SQLException {
        while (rs.next()) {
            TableRef ref = ref(rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME"));
            if (tables.contains(ref)) {
                rows.computeIfAbsent(ref, k -> new ArrayList<>()).add(new String[] {
                    rs.getString("COLUMN_NAME"), Integer.toString(rs.getInt("KEY_SEQ")), rs.getString("PK_NAME")});
            }
        }
    }

    /** Foreign keys of every user table, ordered by table then name. */
    List<ForeignKey> foreignKeys() throws SQLException {
        Set<TableRef> tables = tableRefs();
        List<FkRow> rows = new ArrayList<>();
        DatabaseMetaData md = connection.getMetaData();
        if (bulkKeys) {
            try (ResultSet rs = md.getImportedKeys(null, null, null)) {
                readForeignKeys(rs, tables, rows);
            }
        } else {
            for (Relation r : relations()) {
                if (!r.isView()) {
                    try (ResultSet rs = md.getImportedKeys(r.rawCatalog(), r.rawSchema(), r.ref().name())) {
                        readForeignKeys(rs, tables, rows);
                    }
                }
            }
        }
        return groupForeignKeys(rows);
    }

    private record FkRow(TableRef table, String name, TableRef referenced, String column, String referencedColumn,
                         int seq, int updateRule, int deleteRule, int deferrability) {
    }

    private void readForeignKeys(ResultSet rs, Set<TableRef> tables, List<FkRow> rows) throws SQLException {
        while (rs.next()) {
            TableRef table = ref(rs.getString("FKTABLE_CAT"), rs.getString("FKTABLE_SCHEM"),
                    rs.getString("FKTABLE_NAME"));
            if (!tables.contains(table)) {
                continue;
            }
            TableRef referenced = ref(rs.getString("PKTABLE_CAT"), rs.getString("PKTABLE_SCHEM"),
                    rs.getString("PKTABLE_NAME"));
            rows.add(new FkRow(table, blankToNull(rs.getString("FK_NAME")), referenced, rs.getString("FKCOLUMN_NAME"),
                    rs.getString("PKCOLUMN_NAME"), rs.getInt("KEY_SEQ"), rs.getInt("UPDATE_RULE"),
                    rs.getInt("DELETE_RULE"), rs.getInt("DEFERRABILITY")));
        }
    }

    /**
     * Groups key rows into foreign keys: named keys by (table, name, referenced table); unnamed ones by runs of
     * KEY_SEQ restarting at 1, in the driver's order.
     */
    private List<ForeignKey> groupForeignKeys(List<FkRow> rows) {
        Map<String, List<FkRow>> groups = new LinkedHashMap<>();
        int unnamed = 0;
        String currentUnnamed = null;
        for (FkRow row : rows) {
            String key;
            if (row.name() != null) {
                key = "n|" + row.table() + "|" + row.name() + "|" + row.referenced();
            } else {
                if (row.seq() <= 1 || currentUnnamed == null) {
                    currentUnnamed = "u|" + row.table() + "|" + (unnamed++);
                }
                key = currentUnnamed;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<FkRow> group : groups.values()) {
            group.sort(Comparator.comparingInt(FkRow::seq));
            FkRow first = group.get(0);
            // sqlite-jdbc reports every key as INITIALLY DEFERRED; SQLite's default (not deferrable) is the truth
            // far more often, and the SQLite dialect reads the real value from the DDL.
            boolean trusted = !sqlite;
            boolean deferrable = trusted && (first.deferrability() == DatabaseMetaData.importedKeyInitiallyDeferred
                    || first.deferrability() == DatabaseMetaData.importedKeyInitiallyImmediate);
            boolean deferred = trusted && first.deferrability() == DatabaseMetaData.importedKeyInitiallyDeferred;
            keys.add(ForeignKey.builder(first.table(), first.referenced()).name(first.name())
                    .columns(group.stream().map(FkRow::column).toList())
                    .referencedColumns(group.stream().map(FkRow::referencedColumn).toList()).match(MatchType.SIMPLE)
                    .onUpdate(action(first.updateRule())).onDelete(action(first.deleteRule())).deferrable(deferrable)
                    .initiallyDeferred(deferred).validated(true).build());
        }
        keys.sort(Comparator.comparing(ForeignKey::table)
                .thenComparing(ForeignKey::name, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(fk -> String.join(",", fk.columns())));
        return keys;
    }

    /** Indexes of every user table and materialized view, one {@code getIndexInfo} call per relation. */
    List<IndexInfo> indexes() throws SQLException {
        Map<TableRef, List<ColumnInfo>> cols = columns();
        Map<TableRef, PrimaryKey> pks = primaryKeys();
        DatabaseMetaData md = connection.getMetaData();
        List<IndexInfo> out = new ArrayList<>();
        for (Relation r : relations()) {
            if (r.isView() && !"MATERIALIZED VIEW".equals(r.type())) {
                continue;
            }
            Set<String> columnNames = new HashSet<>();
            cols.getOrDefault(r.ref(), List.of()).forEach(c -> columnNames.add(c.name()));
            Map<String, List<IndexRow>> byName = new TreeMap<>();
            try (ResultSet rs = md.getIndexInfo(r.rawCatalog(), r.rawSchema(), r.ref().name(), false, true)) {
                while (rs.next()) {
                    if (rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                        continue;
                    }
                    String name = rs.getString("INDEX_NAME");
                    if (name == null) {
                        continue;
                    }
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new IndexRow(
                            rs.getBoolean("NON_UNIQUE"), rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"),
                            rs.getString("ASC_OR_DESC"), rs.getString("FILTER_CONDITION")));
                }
            }
            PrimaryKey pk = pks.get(r.ref());
            byName.forEach((name, rows) -> out.add(index(r.ref(), name, rows, columnNames, pk)));
        }
        return out;
    }

    private record IndexRow(boolean nonUnique, int position, String column, String ascOrDesc, String filter) {
    }

    private IndexInfo index(TableRef table, String name, List<IndexRow> rows, Set<String> columnNames,
                            PrimaryKey pk) {
        rows.sort(Comparator.comparingInt(IndexRow::position));
        List<IndexElement> elements = new ArrayList<>();
        for (IndexRow row : rows) {
            SortOrder order = "D".equalsIgnoreCase(row.ascOrDesc()) ? SortOrder.DESC : SortOrder.ASC;
            if (row.column() != null && columnNames.contains(row.column())) {
                elements.add(IndexElement.builder().column(row.column()).order(order).nulls(NullsOrder.DEFAULT)
                        .build());
            } else {
                String expression = row.column() == null ? "(unknown expression)" : row.column();
                elements.add(IndexElement.builder().expression(expression).order(order).nulls(NullsOrder.DEFAULT)
                        .build());
            }
        }
        boolean unique = !rows.get(0).nonUnique();
        String constraint = null;
        if (unique && pk != null && elements.stream().map(IndexElement::column).toList().equals(pk.columns())) {
            constraint = pk.name() != null ? pk.name() : name;
        } else if (sqlite && name.startsWith("sqlite_autoindex_")) {
            constraint = name;
        }
        return IndexInfo.builder(name, table).unique(unique).elements(elements)
                .predicate(blankToNull(rows.get(0).filter())).constraint(constraint).valid(true).build();
    }

    private Set<TableRef> tableRefs() throws SQLException {
        Set<TableRef> refs = new HashSet<>();
        for (Relation r : relations()) {
            if (!r.isView()) {
                refs.add(r.ref());
            }
        }
        return refs;
    }

    private TableRef ref(String catalog, String schema, String name) {
        String s = schema != null ? schema : catalog;
        if (s == null && sqlite) {
            s = "main";
        }
        return new TableRef(null, s, name);
    }

    private boolean isUserObject(TableRef ref) {
        if (ref.schema() != null && isSystemSchema(ref.schema())) {
            return false;
        }
        return !(sqlite && ref.name().toLowerCase(Locale.ROOT).startsWith("sqlite_"));
    }

    static boolean isSystemSchema(String schema) {
        String s = schema.toLowerCase(Locale.ROOT);
        return SYSTEM_SCHEMAS.contains(s) || s.startsWith("pg_temp_") || s.startsWith("pg_toast_temp_");
    }

    private static TableKind tableKind(String type) {
        return switch (type) {
            case "PARTITIONED TABLE" -> TableKind.PARTITIONED;
            case "FOREIGN TABLE" -> TableKind.FOREIGN;
            case "VIRTUAL TABLE" -> TableKind.VIRTUAL;
            default -> TableKind.TABLE;
        };
    }

    private static ColumnInfo column(ResultSet rs) throws SQLException {
        String name = rs.getString("COLUMN_NAME");
        int ordinal = rs.getInt("ORDINAL_POSITION");
        String typeName = String.valueOf(rs.getString("TYPE_NAME"));
        int jdbcType = rs.getInt("DATA_TYPE");
        int size = rs.getInt("COLUMN_SIZE");
        boolean sizeNull = rs.wasNull();
        int digits = rs.getInt("DECIMAL_DIGITS");
        boolean digitsNull = rs.wasNull();
        String isNullable = rs.getString("IS_NULLABLE");
        boolean nullable = isNullable != null && !isNullable.isBlank()
                ? !"NO".equalsIgnoreCase(isNullable)
                : rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
        String def = rs.getString("COLUMN_DEF");
        boolean auto = "YES".equalsIgnoreCase(optional(rs, "IS_AUTOINCREMENT"));
        boolean generated = "YES".equalsIgnoreCase(optional(rs, "IS_GENERATEDCOLUMN"));
        GeneratedColumn gen = generated && def != null ? new GeneratedColumn(def, true) : null;
        ColumnIdentity identity = auto && !generated ? new ColumnIdentity(IdentityGeneration.BY_DEFAULT, null) : null;
        DataType type = dataType(typeName, jdbcType, sizeNull ? 0 : size, digitsNull ? -1 : digits);
        return ColumnInfo.builder(name, type).ordinal(ordinal).nullable(nullable).defaultValue(generated ? null : def)
                .identity(identity).generated(gen).comment(blankToNull(rs.getString("REMARKS"))).build();
    }

    /** A data type from JDBC's type name, type code, size and decimal digits ({@code digits} -1 when unknown). */
    static DataType dataType(String typeName, int jdbcType, int size, int digits) {
        String base = typeName;
        int dims = 0;
        if (jdbcType == Types.ARRAY && base.startsWith("_")) {
            base = base.substring(1);
            dims = 1;
        }
        List<Integer> mods = new ArrayList<>();
        switch (dims > 0 ? Types.OTHER : jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY -> {
                if (size > 0 && size <= MAX_REAL_LENGTH) {
                    mods.add(size);
                }
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                if (size > 0 && size <= 1000) {
                    mods.add(size);
                    mods.add(Math.max(digits, 0));
                }
            }
            default -> {
            }
        }
        StringBuilder declared = new StringBuilder(base);
        if (!mods.isEmpty()) {
            declared.append('(').append(String.join(",", mods.stream().map(String::valueOf).toList())).append(')');
        }
        declared.append("[]".repeat(dims));
        TypeCategory category = switch (jdbcType) {
            case Types.DISTINCT -> TypeCategory.DOMAIN;
            case Types.STRUCT -> TypeCategory.COMPOSITE;
            default -> TypeCategory.BUILTIN;
        };
        return DataType.builder(declared.toString(), base).modifiers(mods).arrayDimensions(dims).category(category)
                .jdbcType(dims > 0 ? Types.ARRAY : jdbcType).build();
    }

    private static String optional(ResultSet rs, String label) {
        try {
            return rs.getString(label);
        } catch (SQLException missing) {
            return null;
        }
    }

    private static ReferentialAction action(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
