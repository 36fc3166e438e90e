package org.schemadiscovery.dialect.sqlite.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.VirtualTableDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one session has read of the schemas in one scope. Each catalog query runs at most once and answers for every
 * object at once, so the statements a run sends do not depend on how many tables there are. Thread-safe.
 */
public final class Snapshot {
    private static final Logger LOG = LoggerFactory.getLogger(Snapshot.class);

    private final CatalogReader reader;
    private final List<SchemaRow> schemas;
    private final ReadAhead readAhead;
    private final Restriction restriction;
    private Definitions definitions;
    private Columns columns;
    private List<IndexColumnRow> indexColumns;
    private List<ForeignKeyRow> foreignKeys;

    /**
     * Columns by object, plus warnings for the objects whose columns could not be read.
     *
     * @param byObject      column rows of each table and view, in column order
     * @param tableWarnings warnings about tables
     * @param viewWarnings  warnings about views
     */
    public record Columns(Map<TableRef, List<ColumnRow>> byObject, List<DiscoveryWarning> tableWarnings,
                          List<DiscoveryWarning> viewWarnings) {
        /** The column rows of an object, empty when unknown. */
        public List<ColumnRow> of(TableRef ref) {
            return byObject.getOrDefault(ref, List.of());
        }
    }

    /** A snapshot of these schemas (in {@code pragma_database_list} order). */
    public Snapshot(CatalogReader reader, List<SchemaRow> schemas) {
        this(reader, schemas, Restriction.NONE, null);
    }

    /**
     * A snapshot of these schemas that takes index keys and foreign keys from a read-ahead when they stand for what
     * this reader would read.
     *
     * @param restriction the tables and views wanted: the queries read theirs only (plus the tables their foreign
     *                    keys reference, for names and key columns), the assemblers hand out theirs only
     * @param readAhead   the session's read-ahead, or null
     */
    public Snapshot(CatalogReader reader, List<SchemaRow> schemas, Restriction restriction, ReadAhead readAhead) {
        this.reader = reader;
        this.schemas = List.copyOf(schemas);
        this.restriction = restriction;
        this.readAhead = readAhead;
    }

    /** True when the table or view is wanted by the scope's table restriction (always without one). */
    public boolean wants(TableRef ref) {
        return restriction.wants(ref);
    }

    /** The schemas covered. */
    public List<SchemaRow> schemas() {
        return schemas;
    }

    /** The stored definitions. */
    public synchronized Definitions definitions() throws SQLException {
        if (definitions == null) {
            List<ObjectRow> objects = schemas.isEmpty() ? List.of() : reader.objects(schemas, restriction.json());
            List<String[]> shadows = new ArrayList<>();
            Set<String> modules = new HashSet<>();
            if (objects.stream().anyMatch(ObjectRow::isVirtual)) {
                for (String[] row : reader.virtualTables()) {
                    if ("module".equals(row[0])) {
                        modules.add(Names.key(row[1]));
                    } else {
                        shadows.add(new String[] {row[2], row[1]});
                    }
                }
            }
            definitions = new Definitions(schemas, objects, shadows, modules);
            if (readAhead != null) {
                readAhead.parseAhead(definitions);
            }
        }
        return definitions;
    }

    /** The columns of every table and view. */
    public synchronized Columns columns() throws SQLException {
        if (columns == null) {
            columns = readColumns();
        }
        return columns;
    }

    /** Key columns of every index. */
    public synchronized List<IndexColumnRow> indexColumns() throws SQLException {
        if (indexColumns == null) {
            Optional<List<IndexColumnRow>> ahead = readAhead == null || schemas.isEmpty() ? Optional.empty()
                    : readAhead.indexColumns(schemas, restriction, reader);
            indexColumns = schemas.isEmpty() ? List.of() : ahead.isPresent() ? ahead.get()
                    : reader.indexColumns(schemas, restriction.json());
        }
        return indexColumns;
    }

    /** Foreign-key columns of every table. */
    public synchronized List<ForeignKeyRow> foreignKeys() throws SQLException {
        if (foreignKeys == null) {
            Optional<List<ForeignKeyRow>> ahead = readAhead == null || schemas.isEmpty() ? Optional.empty()
                    : readAhead.foreignKeys(schemas, restriction, reader);
            foreignKeys = schemas.isEmpty() ? List.of() : ahead.isPresent() ? ahead.get()
                    : reader.foreignKeys(schemas, restriction.json());
        }
        return foreignKeys;
    }

    private Columns readColumns() throws SQLException {
        Definitions defs = definitions();
        if (schemas.isEmpty()) {
            return new Columns(Map.of(), List.of(), List.of());
        }
        // A virtual table whose module is not loaded fails the whole join: find them first and read them alone.
        List<ObjectRow> unloaded = new ArrayList<>();
        List<ObjectRow> virtuals = defs.tables().stream().filter(ObjectRow::isVirtual).toList();
        for (ObjectRow v : virtuals) {
            if (!defs.moduleLoaded(v)) {
                unloaded.add(v);
            }
        }
        String skip = jsonPairs(unloaded);
        List<ObjectRow> alone = new ArrayList<>(unloaded);
        List<ColumnRow> rows;
        try {
            rows = reader.columns(schemas, restriction.json(), true, skip);
        } catch (SQLException e) {
            ErrorClass errorClass = SqliteErrors.classify(e);
            if (errorClass != ErrorClass.SYNTAX && errorClass != ErrorClass.OTHER) {
                throw e;
            }
            // A view that no longer resolves (or a module that fails to connect) sank the join: read the plain
            // tables set-based and every view and virtual table alone.
            LOG.debug("set-based column query failed ({}), reading views and virtual tables one by one",
                    e.getMessage());
            rows = reader.columns(schemas, restriction.json(), false, skip);
            defs.views().forEach(alone::add);
            virtuals.stream().filter(v -> !unloaded.contains(v)).forEach(alone::add);
        }
        Map<TableRef, List<ColumnRow>> byObject = new LinkedHashMap<>();
        for (ColumnRow row : rows) {
            byObject.computeIfAbsent(TableRef.of(row.schema(), row.object()), k -> new ArrayList<>()).add(row);
        }
        List<DiscoveryWarning> tableWarnings = new ArrayList<>();
        List<DiscoveryWarning> viewWarnings = new ArrayList<>();
        for (ObjectRow o : alone) {
            TableRef ref = Definitions.ref(o);
            try {
                List<ColumnRow> own = reader.columnsOf(o.schema(), o.name());
                if (!own.isEmpty()) {
                    byObject.put(ref, own);
                }
            } catch (SQLException e) {
                ErrorClass errorClass = SqliteErrors.classify(e);
                if (errorClass != ErrorClass.SYNTAX && errorClass != ErrorClass.OTHER) {
                    throw e;
                }
                String detail = SqliteErrors.detail(e);
                if (o.isView()) {
                    viewWarnings.add(new DiscoveryWarning(ref.displayName(), "views", errorClass,
                            "view " + ref.displayName() + " cannot be resolved, its columns are unknown: " + detail));
                } else {
                    tableWarnings.add(new DiscoveryWarning(ref.displayName(), "tables", errorClass,
                            describeUnreadableTable(defs, o, ref, unloaded.contains(o)) + ": " + detail));
                }
            }
        }
        return new Columns(byObject, tableWarnings, viewWarnings);
    }

    private static String describeUnreadableTable(Definitions defs, ObjectRow o, TableRef ref, boolean unloaded) {
        if (o.isVirtual() && unloaded) {
            Parsed<VirtualTableDefinition> v = defs.virtualTable(o);
            String module = v.ok() ? v.value().module() : "?";
            return "virtual table " + ref.displayName() + " uses module '" + module
                    + "', which is not loaded on this connection, so its columns are unknown";
        }
        return "columns of " + (o.isVirtual() ? "virtual table " : "table ") + ref.displayName() + " are unreadable";
    }

    /** A JSON array of [schema, name] pairs. */
    static String jsonPairs(List<ObjectRow> objects) {
        StringBuilder sb = new StringBuilder("[");
        for (ObjectRow o : objects) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(jsonArray(List.of(o.schema(), o.name())));
        }
        return sb.append(']').toString();
    }

    /** A JSON array of strings. */
    static String jsonArray(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"');
            for (char c : values.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }
}
