package org.schemadiscovery.dialect.sqlite.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.dialect.sqlite.parse.DdlParser;
import org.schemadiscovery.dialect.sqlite.parse.IndexDefinition;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.TableDefinition;
import org.schemadiscovery.dialect.sqlite.parse.TriggerDefinition;
import org.schemadiscovery.dialect.sqlite.parse.ViewDefinition;
import org.schemadiscovery.dialect.sqlite.parse.VirtualTableDefinition;

/** The stored definitions of a snapshot, looked up by name and parsed on first use. Thread-safe. */
public final class Definitions {
    private final List<String> schemaOrder;
    private final List<ObjectRow> tables = new ArrayList<>();
    private final List<ObjectRow> views = new ArrayList<>();
    private final List<ObjectRow> triggers = new ArrayList<>();
    private final List<ObjectRow> indexes = new ArrayList<>();
    /** schema -> folded name -> row */
    private final Map<String, Map<String, ObjectRow>> tablesAndViewsByName = new HashMap<>();
    private final Map<String, Map<String, ObjectRow>> indexesByName = new HashMap<>();
    private final Map<ObjectRow, Parsed<TableDefinition>> parsedTables;
    private final Map<ObjectRow, Parsed<IndexDefinition>> parsedIndexes;
    private final Map<ObjectRow, Parsed<VirtualTableDefinition>> parsedVirtualTables = new ConcurrentHashMap<>();
    private final Map<ObjectRow, Parsed<ViewDefinition>> parsedViews = new ConcurrentHashMap<>();
    private final Map<ObjectRow, Parsed<TriggerDefinition>> parsedTriggers = new ConcurrentHashMap<>();
    private final Set<String> shadowKeys;
    private final Set<String> modules;

    /**
     * @param schemas  schemas in scope
     * @param objects  their stored definitions
     * @param shadows  (schema, name) of shadow tables
     * @param modules  loaded virtual-table modules
     */
    Definitions(List<SchemaRow> schemas, List<ObjectRow> objects, List<String[]> shadows, Set<String> modules) {
        this.schemaOrder = schemas.stream().map(SchemaRow::name).toList();
        this.shadowKeys = new HashSet<>();
        shadows.forEach(s -> shadowKeys.add(key(s[0], s[1])));
        this.modules = Set.copyOf(modules);
        // sized for every definition: growing a concurrent map while two threads fill it costs more than the parse
        this.parsedTables = new ConcurrentHashMap<>(Math.max(16, objects.size()));
        this.parsedIndexes = new ConcurrentHashMap<>(Math.max(16, objects.size()));
        for (ObjectRow o : objects) {
            switch (o.type()) {
                case "table" -> {
                    tables.add(o);
                    put(tablesAndViewsByName, o);
                }
                case "view" -> {
                    views.add(o);
                    put(tablesAndViewsByName, o);
                }
                case "index" -> {
                    indexes.add(o);
                    put(indexesByName, o);
                }
                case "trigger" -> triggers.add(o);
                default -> {
                    // Future object types are ignored.
                }
            }
        }
    }

    /** The reference of an object row. */
    public static TableRef ref(ObjectRow o) {
        return TableRef.of(o.schema(), o.name());
    }

    /** True for a shadow table, which stores a virtual table's data. */
    public boolean isShadow(ObjectRow o) {
        return o.isTable() && !shadowKeys.isEmpty() && shadowKeys.contains(key(o.schema(), o.name()));
    }

    /** True when the virtual table's module is loaded on this connection. */
    public boolean moduleLoaded(ObjectRow virtualTable) {
        Parsed<VirtualTableDefinition> p = virtualTable(virtualTable);
        return p.ok() && modules.contains(Names.key(p.value().module()));
    }

    /** Tables (ordinary, virtual, shadow) in catalog order. */
    public List<ObjectRow> tables() {
        return tables;
    }

    /** Views in catalog order. */
    public List<ObjectRow> views() {
        return views;
    }

    /** Triggers in catalog order. */
    public List<ObjectRow> triggers() {
        return triggers;
    }

    /** The table or view with this name in this schema, compared as SQLite does. */
    public Optional<ObjectRow> tableOrView(String schema, String name) {
        return Optional.ofNullable(get(tablesAndViewsByName, schema, name));
    }

    /** The index with this name in this schema. */
    public Optional<ObjectRow> index(String schema, String name) {
        return Optional.ofNullable(get(indexesByName, schema, name));
    }

    /**
     * The table or view a trigger fires on: in the trigger's schema, else (TEMP triggers may watch other schemas) the
     * first schema that has it.
     */
    public Optional<ObjectRow> triggerTarget(ObjectRow trigger) {
        Optional<ObjectRow> same = tableOrView(trigger.schema(), trigger.table());
        if (same.isPresent()) {
            return same;
        }
        for (String schema : schemaOrder) {
            Optional<ObjectRow> other = tableOrView(schema, trigger.table());
            if (other.isPresent()) {
                return other;
            }
        }
        return Optional.empty();
    }

    /** The parsed {@code CREATE TABLE} of an ordinary or shadow table. */
    public Parsed<TableDefinition> table(ObjectRow o) {
        return parsedTables.computeIfAbsent(o, row -> Parsed.of(() -> DdlParser.table(row.sql())));
    }

    /** The parsed {@code CREATE VIRTUAL TABLE}. */
    public Parsed<VirtualTableDefinition> virtualTable(ObjectRow o) {
        return parsedVirtualTables.computeIfAbsent(o, row -> Parsed.of(() -> DdlParser.virtualTable(row.sql())));
    }

    /** The parsed {@code CREATE INDEX}. */
    public Parsed<IndexDefinition> index(ObjectRow o) {
        return parsedIndexes.computeIfAbsent(o, row -> Parsed.of(() -> DdlParser.index(row.sql())));
    }

    /** The parsed {@code CREATE VIEW}. */
    public Parsed<ViewDefinition> view(ObjectRow o) {
        return parsedViews.computeIfAbsent(o, row -> Parsed.of(() -> DdlParser.view(row.sql())));
    }

    /** The parsed {@code CREATE TRIGGER}. */
    public Parsed<TriggerDefinition> trigger(ObjectRow o) {
        return parsedTriggers.computeIfAbsent(o, row -> Parsed.of(() -> DdlParser.trigger(row.sql())));
    }

    /**
     * Parses every table and index definition the assemblers will ask for, each list from its end: a second thread
     * doing this while the session assembles in catalog order meets it in the middle instead of waiting on the
     * definition it is parsing. Stops as soon as {@code stop} answers true.
     */
    public void parseAhead(BooleanSupplier stop) {
        for (int i = tables.size() - 1; i >= 0 && !stop.getAsBoolean(); i--) {
            ObjectRow o = tables.get(i);
            if (o.isVirtual()) {
                virtualTable(o);
            } else {
                table(o);
            }
        }
        for (int i = indexes.size() - 1; i >= 0 && !stop.getAsBoolean(); i--) {
            ObjectRow o = indexes.get(i);
            if (o.sql() != null) {
                index(o);
            }
        }
    }

    /** How many definitions have been parsed so far (for tests). */
    int parsedCount() {
        return parsedTables.size() + parsedIndexes.size() + parsedVirtualTables.size() + parsedViews.size()
                + parsedTriggers.size();
    }

    /** Tables grouped by schema, keyed by folded name: for resolving names written in another case. */
    public Map<String, ObjectRow> tablesOf(String schema) {
        Map<String, ObjectRow> out = new LinkedHashMap<>();
        for (ObjectRow t : tables) {
            if (t.schema().equals(schema)) {
                out.put(Names.key(t.name()), t);
            }
        }
        return out;
    }

    private static void put(Map<String, Map<String, ObjectRow>> bySchema, ObjectRow o) {
        bySchema.computeIfAbsent(o.schema(), s -> new HashMap<>()).put(Names.key(o.name()), o);
    }

    private static ObjectRow get(Map<String, Map<String, ObjectRow>> bySchema, String schema, String name) {
        Map<String, ObjectRow> byName = bySchema.get(schema);
        return byName == null ? null : byName.get(Names.key(name));
    }

    private static String key(String schema, String name) {
        return schema + '\u0000' + Names.key(name);
    }
}
