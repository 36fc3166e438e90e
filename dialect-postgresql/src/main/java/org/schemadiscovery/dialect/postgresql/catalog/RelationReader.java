package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.ObjectKind;
import org.schemadiscovery.dialect.postgresql.render.OptionKeys;

/**
 * Reads tables and views with their columns, triggers and policies: four set-based queries whatever the number of
 * relations, joined in memory by relation oid.
 */
final class RelationReader {
    private static final int TRIGGER_ROW = 1;
    private static final int TRIGGER_BEFORE = 1 << 1;
    private static final int TRIGGER_INSERT = 1 << 2;
    private static final int TRIGGER_DELETE = 1 << 3;
    private static final int TRIGGER_UPDATE = 1 << 4;
    private static final int TRIGGER_TRUNCATE = 1 << 5;
    private static final int TRIGGER_INSTEAD = 1 << 6;

    private RelationReader() {
    }

    /** Tables and views in scope, each ordered by reference. */
    record RelationCatalog(List<TableInfo> tables, List<ViewInfo> views, List<DiscoveryWarning> tableWarnings,
                           List<DiscoveryWarning> viewWarnings) {
    }

    private record Relation(long oid, TableRef ref, String kind, String persistence, boolean partition, String owner,
                            String comment, boolean rowSecurity, boolean forceRowSecurity, String reloptions,
                            String strategy, String partitionKey, TableRef parent, String bound, String definition,
                            String inherits, String server, String wrapper, String serverOptions,
                            String tableOptions, Long rowEstimate) {
    }

    /**
     * Reads the relations in scope.
     *
     * @param sequences the sequences in scope by name, for the details of identity columns' sequences
     */
    static RelationCatalog read(CatalogRunner runner, DiscoveryScope scope, Map<TableRef, SequenceInfo> sequences)
            throws SQLException {
        Map<Long, Relation> relations = new LinkedHashMap<>();
        for (Relation r : runner.query("relations", scope, row -> relation(row, runner))) {
            relations.put(r.oid(), r);
        }
        // mappers only build items; grouping happens after the query, so a retried query cannot leave duplicates.
        // A NULL from a deparser function means the relation was dropped after the snapshot: it is left out.
        // the query returns columns unordered: each relation's are ordered by attnum here, then numbered 1..n
        Map<Long, List<NumberedColumn>> numbered = new HashMap<>();
        Shared shared = new Shared();
        for (NumberedColumn c : runner.query("columns", scope, row -> {
            Relation r = relations.get(row.lng("rel_oid"));
            if (r != null && row.bool("has_default") && row.str("default_expr") == null) {
                runner.dropped(r.oid(), r.ref(), r.kind());
                return null;
            }
            return new NumberedColumn(row.lng("rel_oid"), row.integer("ordinal"), column(row, sequences, shared));
        })) {
            numbered.computeIfAbsent(c.relation(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, List<ColumnInfo>> columns = new HashMap<>(numbered.size() * 2);
        numbered.forEach((oid, list) -> {
            list.sort(Comparator.comparingInt(NumberedColumn::attnum));
            List<ColumnInfo> cols = new ArrayList<>(list.size());
            for (NumberedColumn c : list) {
                cols.add(c.column().at(cols.size() + 1));
            }
            columns.put(oid, cols);
        });
        Map<Long, List<TriggerInfo>> triggers = new HashMap<>();
        if (scope.includes(ObjectKind.TRIGGERS)) {
            for (Map.Entry<Long, TriggerInfo> e : runner.query("triggers", scope, row -> {
                Relation r = relations.get(row.lng("rel_oid"));
                if (r != null && row.str("definition") == null) {
                    runner.dropped(r.oid(), r.ref(), r.kind());
                    return null;
                }
                return r == null ? null : Map.entry(r.oid(), trigger(row, r.ref()));
            })) {
                triggers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        Map<Long, List<PolicyInfo>> policies = new HashMap<>();
        if (scope.includes(ObjectKind.POLICIES)) {
            for (Map.Entry<Long, PolicyInfo> e : runner.query("policies", scope, row -> {
                Relation r = relations.get(row.lng("rel_oid"));
                if (r != null && (row.bool("has_using") && row.str("using_expr") == null
                        || row.bool("has_check") && row.str("check_expr") == null)) {
                    runner.dropped(r.oid(), r.ref(), r.kind());
                    return null;
                }
                return r == null ? null : Map.entry(r.oid(), policy(row, r.ref()));
            })) {
                policies.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        // a relation found locked or dropped by a later query of this phase is left out whole, not reported
        // half-read
        relations.keySet().removeAll(runner.skippedOids());

        List<TableInfo> tables = new ArrayList<>();
        List<ViewInfo> views = new ArrayList<>();
        for (Relation r : relations.values()) {
            List<ColumnInfo> cols = columns.getOrDefault(r.oid(), List.of());
            List<TriggerInfo> trg = sorted(triggers.get(r.oid()), Comparator.comparing(TriggerInfo::name));
            if (r.kind().equals("v") || r.kind().equals("m")) {
                views.add(ViewInfo.builder(r.ref()).definition(r.definition()).materialized(r.kind().equals("m"))
                        .columns(cols).triggers(trg).owner(r.owner()).comment(r.comment()).build());
            } else {
                tables.add(TableInfo.builder(r.ref(), kind(r)).columns(cols).triggers(trg).partition(partition(r))
                        .owner(r.owner()).comment(r.comment()).rowLevelSecurity(r.rowSecurity())
                        .policies(sorted(policies.get(r.oid()), Comparator.comparing(PolicyInfo::name)))
                        .options(options(r)).rowEstimate(r.rowEstimate()).build());
            }
        }
        tables.sort(Comparator.comparing(TableInfo::ref));
        views.sort(Comparator.comparing(ViewInfo::ref));
        return new RelationCatalog(tables, views, runner.skippedWarnings("tables", "rpf"),
                runner.skippedWarnings("views", "vm"));
    }

    /** A relation, or null (and skipped from now on) when a deparser function found it dropped. */
    private static Relation relation(Row row, CatalogRunner runner) throws SQLException {
        TableRef parent = row.str("parent_name") == null ? null
                : TableRef.of(row.str("parent_schema"), row.str("parent_name"));
        String kind = row.str("kind");
        boolean gone = (kind.equals("v") || kind.equals("m")) && row.str("view_definition") == null
                || kind.equals("p") && row.str("partition_key") == null
                || row.bool("is_partition") && row.str("partition_bound") == null;
        if (gone) {
            runner.dropped(row.lng("oid"), TableRef.of(row.str("schema_name"), row.str("name")), kind);
            return null;
        }
        return new Relation(row.lng("oid"), TableRef.of(row.str("schema_name"), row.str("name")), row.str("kind"),
                row.str("persistence"), row.bool("is_partition"), row.str("owner"), row.str("comment"),
                row.bool("row_security"), row.bool("force_row_security"), row.str("reloptions"),
                row.str("partition_strategy"), row.str("partition_key"), parent, row.str("partition_bound"),
                row.str("view_definition"), row.str("inherits"), row.str("foreign_server"), row.str("foreign_wrapper"),
                row.str("foreign_server_options"), row.str("foreign_table_options"),
                row.nullableLong("row_estimate"));
    }

    private static TableKind kind(Relation r) {
        return switch (r.kind()) {
            case "p" -> TableKind.PARTITIONED;
            case "f" -> TableKind.FOREIGN;
            default -> r.partition() ? TableKind.PARTITION : TableKind.TABLE;
        };
    }

    private static PartitionInfo partition(Relation r) {
        String strategy = switch (r.strategy() == null ? "" : r.strategy()) {
            case "r" -> "RANGE";
            case "l" -> "LIST";
            case "h" -> "HASH";
            default -> null;
        };
        String key = null;
        if (r.partitionKey() != null) {
            String def = r.partitionKey();
            int open = def.indexOf('(');
            key = open < 0 ? def : def.substring(open + 1, def.length() - 1);
        }
        if (strategy == null && r.parent() == null) {
            return null;
        }
        return new PartitionInfo(strategy, key, r.parent(), r.parent() == null ? null : r.bound());
    }

    private static Map<String, String> options(Relation r) {
        Map<String, String> o = new LinkedHashMap<>();
        if ("u".equals(r.persistence())) {
            o.put(OptionKeys.PERSISTENCE, "unlogged");
        }
        if (r.reloptions() != null) {
            o.put(OptionKeys.RELOPTIONS, r.reloptions());
        }
        if (r.forceRowSecurity()) {
            o.put(OptionKeys.FORCE_ROW_LEVEL_SECURITY, "true");
        }
        if (r.inherits() != null) {
            o.put(OptionKeys.INHERITS, r.inherits());
        }
        if (r.server() != null) {
            o.put(OptionKeys.FOREIGN_SERVER, r.server());
            o.put(OptionKeys.FOREIGN_DATA_WRAPPER, r.wrapper());
            if (r.serverOptions() != null) {
                o.put(OptionKeys.FOREIGN_SERVER_OPTIONS, r.serverOptions());
            }
            if (r.tableOptions() != null) {
                o.put(OptionKeys.FOREIGN_TABLE_OPTIONS, r.tableOptions());
            }
        }
        return o;
    }

    /** A column as read, before numbering: its relation's oid and its {@code attnum}. */
    private record NumberedColumn(long relation, int attnum, ColumnDraft column) {
    }

    /** A column as read, but for its ordinal among the relation's visible columns. */
    private record ColumnDraft(String name, DataType type, boolean nullable, String defaultValue,
                               ColumnIdentity identity, GeneratedColumn generated, String collation, String comment) {
        ColumnInfo at(int ordinal) {
            return ColumnInfo.builder(name, type).ordinal(ordinal).nullable(nullable).defaultValue(defaultValue)
                    .identity(identity).generated(generated).collation(collation).comment(comment).build();
        }
    }

    /** The inputs of {@link PgTypes#dataType}: columns with equal inputs share one (immutable) data type. */
    private record TypeKey(String declared, int typmod, boolean isArray, int dims, long elementOid,
                           String elementName, String elementSchema, String elementKind, String formatted,
                           Long domainBaseOid) {
    }

    /**
     * Values many columns repeat (data types, names, default expressions), shared within one read so that a large
     * schema's model holds each once.
     */
    private static final class Shared {
        private final Map<TypeKey, DataType> types = new HashMap<>();
        private final Map<String, String> strings = new HashMap<>();

        DataType type(TypeKey k) {
            return types.computeIfAbsent(k, t -> PgTypes.dataType(t.declared(), t.typmod(), t.isArray(), t.dims(),
                    t.elementOid(), t.elementName(), t.elementSchema(), t.elementKind(), t.formatted(),
                    t.domainBaseOid()));
        }

        String string(String s) {
            return s == null ? null : strings.computeIfAbsent(s, v -> v);
        }
    }

    /** A column but for its ordinal among visible columns, set once all rows are in. */
    private static ColumnDraft column(Row row, Map<TableRef, SequenceInfo> sequences, Shared shared)
            throws SQLException {
        String domainBase = row.str("domain_base_oid");
        DataType type = shared.type(new TypeKey(row.str("declared"), row.integer("typmod"), row.bool("is_array"),
                row.integer("dims"), row.lng("element_oid"), row.str("element_name"), row.str("element_schema"),
                row.str("element_kind"), row.str("element_formatted"),
                domainBase == null ? null : Long.parseLong(domainBase)));
        String identityKind = row.nonEmpty("identity");
        ColumnIdentity identity = null;
        if (identityKind != null) {
            SequenceInfo sequence = row.str("seq_name") == null ? null
                    : sequences.get(TableRef.of(row.str("seq_schema"), row.str("seq_name")));
            identity = new ColumnIdentity(
                    identityKind.equals("a") ? IdentityGeneration.ALWAYS : IdentityGeneration.BY_DEFAULT, sequence);
        }
        String generatedKind = row.nonEmpty("generated");
        String expression = shared.string(row.str("default_expr"));
        GeneratedColumn generated = null;
        String defaultValue = expression;
        if (generatedKind != null && expression != null) {
            generated = new GeneratedColumn(expression, !generatedKind.equals("v"));
            defaultValue = null;
        }
        return new ColumnDraft(shared.string(row.str("name")), type, !row.bool("not_null"), defaultValue, identity,
                generated, shared.string(row.str("collation")), row.str("comment"));
    }

    /** The {@link SequenceInfo#ownedBy()} text: {@code schema.table.column}. */
    static String ownedBy(TableRef table, String column) {
        return table.schema() + "." + table.name() + "." + column;
    }

    private static TriggerInfo trigger(Row row, TableRef table) throws SQLException {
        int bits = row.integer("type_bits");
        String timing = (bits & TRIGGER_INSTEAD) != 0 ? "INSTEAD OF"
                : (bits & TRIGGER_BEFORE) != 0 ? "BEFORE" : "AFTER";
        List<String> events = new ArrayList<>();
        if ((bits & TRIGGER_INSERT) != 0) {
            events.add("INSERT");
        }
        if ((bits & TRIGGER_UPDATE) != 0) {
            events.add("UPDATE");
        }
        if ((bits & TRIGGER_DELETE) != 0) {
            events.add("DELETE");
        }
        if ((bits & TRIGGER_TRUNCATE) != 0) {
            events.add("TRUNCATE");
        }
        return TriggerInfo.builder(row.str("name"), table).timing(timing).events(events).columns(row.list("columns"))
                .forEachRow((bits & TRIGGER_ROW) != 0).function(row.str("function")).definition(row.str("definition"))
                .build();
    }

    private static PolicyInfo policy(Row row, TableRef table) throws SQLException {
        String command = switch (row.str("command")) {
            case "r" -> "SELECT";
            case "a" -> "INSERT";
            case "w" -> "UPDATE";
            case "d" -> "DELETE";
            default -> "ALL";
        };
        return PolicyInfo.builder(row.str("name"), table).command(command).permissive(row.bool("permissive"))
                .roles(row.list("roles")).using(row.str("using_expr")).withCheck(row.str("check_expr")).build();
    }


    private static <T> List<T> sorted(List<T> in, Comparator<T> order) {
        if (in == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(in);
        out.sort(order);
        return out;
    }
}
