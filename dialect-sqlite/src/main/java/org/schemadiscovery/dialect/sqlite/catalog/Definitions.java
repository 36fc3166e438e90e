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
    private final Map<String, ObjectRow> tablesAndViewsByKey = new HashMap<>();
    private final Map<String, ObjectRow> indexesByKey = new HashMap<>();
    private final Map<String, Parsed<?>> parsed = new ConcurrentHashMap<>();
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
        for (ObjectRow o : objects) {
            switch (o.type()) {
                case "table" -> {
                    tables.add(o);
                    tablesAndViewsByKey.put(key(o.schema(), o.name()), o);
                }
                case "view" -> {
                    views.add(o);
                    tablesAndViewsByKey.put(key(o.schema(), o.name()), o);
                }
                case "index" -> indexesByKey.put(key(o.schema(), o.name()), o);
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
        return o.isTable() && shadowKeys.contains(key(o.schema(), o.name()));
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
        return Optional.ofNullable(tablesAndViewsByKey.get(key(schema, name)));
    }

    /** The index with this name in this schema. */
    public Optional<ObjectRow> index(String schema, String name) {
        return Optional.ofNullable(indexesByKey.get(key(schema, name)));
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
        return parse("t", o, () -> DdlParser.table(o.sql()));
    }

    /** The parsed {@code CREATE VIRTUAL TABLE}. */
    public Parsed<VirtualTableDefinition> virtualTable(ObjectRow o) {
        return parse("v", o, () -> DdlParser.virtualTable(o.sql()));
    }

    /** The parsed {@code CREATE INDEX}. */
    public Parsed<IndexDefinition> index(ObjectRow o) {
        return parse("i", o, () -> DdlParser.index(o.sql()));
    }

    /** The parsed {@code CREATE VIEW}. */
    public Parsed<ViewDefinition> view(ObjectRow o) {
        return parse("w", o, () -> DdlParser.view(o.sql()));
    }

    /** The parsed {@code CREATE TRIGGER}. */
    public Parsed<TriggerDefinition> trigger(ObjectRow o) {
        return parse("r", o, () -> DdlParser.trigger(o.sql()));
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

    @SuppressWarnings("unchecked")
    private <T> Parsed<T> parse(String kind, ObjectRow o, java.util.function.Supplier<T> parser) {
        return (Parsed<T>) parsed.computeIfAbsent(kind + key(o.schema(), o.name()), k -> Parsed.of(parser));
    }

    private static String key(String schema, String name) {
        return schema + '\u0000' + Names.key(name);
    }
}
