package org.schemadiscovery.core.json;

import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.DomainCheck;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ExclusionElement;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RelationshipKind;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeAttribute;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.TypeKind;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;

/** A hand-built schema using every model record and most enum values, with hostile strings. */
public final class RichSchema {
    private RichSchema() {
    }

    public static SchemaInfo build() {
        TableRef orders = new TableRef("shop", "app", "orders");
        TableRef customers = TableRef.of("app", "customer \"quoted\"");
        TableRef partition = TableRef.of("app", "orders_2024");
        SequenceInfo seq = new SequenceInfo(TableRef.of("app", "orders_id_seq"), "bigint", 1, 1, 1,
                Long.MAX_VALUE, 20, false, "app.orders.id", 42L);
        SequenceInfo unused = SequenceInfo.builder(TableRef.of("app", "desc_seq")).dataType("integer").start(-1)
                .increment(-1).min(Integer.MIN_VALUE).max(-1).cache(1).cycle(true).owner("seq owner")
                .comment("counts down").privileges(List.of(Privilege.of("reader", "SELECT", false),
                        Privilege.of("writer", "USAGE", true))).build();
        List<Privilege> grants = List.of(Privilege.of("PUBLIC", "SELECT", false),
                new Privilege("'app'@'%'", "UPDATE", true, List.of("total", "mood")));
        DataType arrayType = new DataType("character varying(40)[]", "character varying", List.of(40), 1,
                TypeCategory.BUILTIN, null, Types.ARRAY);
        DataType enumType = new DataType("app.mood", "mood", List.of(), 0, TypeCategory.ENUM, "app", Types.VARCHAR);
        Map<String, String> affinity = new LinkedHashMap<>();
        affinity.put("affinity", "NUMERIC");
        affinity.put("ünïcode", "✓ \"quotes\" \\ backslash\nnewline");
        List<ColumnInfo> columns = List.of(
                new ColumnInfo("id", 1, DataType.of("bigint", Types.BIGINT), false, null,
                        new ColumnIdentity(IdentityGeneration.ALWAYS, seq), null, null, "the key", false, Map.of()),
                new ColumnInfo("tags", 2, arrayType, true, "'{}'::character varying[]", null, null, "C", null, false,
                        Map.of()),
                new ColumnInfo("mood", 3, enumType, true, null, null, null, null, null, false, affinity),
                new ColumnInfo("total", 4, new DataType("numeric(10,2)", "numeric", List.of(10, 2), 0,
                        TypeCategory.DOMAIN, "app", Types.NUMERIC), false, "0", null, null, null, null, false,
                        Map.of()),
                new ColumnInfo("double", 5, DataType.of("integer", Types.INTEGER), true, null,
                        new ColumnIdentity(IdentityGeneration.BY_DEFAULT, null), new GeneratedColumn("id * 2", false),
                        null, null, true, Map.of()));
        IndexInfo pkIndex = new IndexInfo("orders_pkey", orders, true, "btree", List.of(IndexElement.column("id")),
                List.of("total"), null, true, "orders_pkey", true, Map.of("origin", "pk")).toBuilder()
                .comment("the key's index").build();
        IndexInfo exprIndex = new IndexInfo("orders_expr", orders, false, "gin", List.of(
                new IndexElement(null, "lower(tags::text)", SortOrder.DESC, NullsOrder.FIRST, "gin_trgm_ops",
                        "C"),
                new IndexElement("mood", null, SortOrder.ASC, NullsOrder.LAST, null, null)), List.of(),
                "total > 0", false, null, false, Map.of());
        List<org.schemadiscovery.api.model.ConstraintInfo> constraints = List.of(
                new PrimaryKey("orders_pkey", orders, List.of("id"), "one per order"),
                new UniqueConstraint(null, orders, List.of("tags", "mood"), true, true, true),
                new CheckConstraint("total_positive", orders, List.of("total"), "total >= 0", false),
                new ForeignKey(null, orders, List.of("id"), customers, List.of("id"), MatchType.FULL,
                        ReferentialAction.SET_DEFAULT, ReferentialAction.SET_NULL, true, false, false),
                new ForeignKey("fk_restrict", orders, List.of("mood"), customers, List.of(), MatchType.PARTIAL,
                        ReferentialAction.RESTRICT, ReferentialAction.CASCADE, false, false, true).toBuilder()
                        .comment("fk comment").build(),
                new ExclusionConstraint("no_overlap", orders, "gist", List.of(new ExclusionElement("during", "&&"),
                        new ExclusionElement("room", "=")), "NOT cancelled", true, true));
        TriggerInfo trigger = new TriggerInfo("orders_audit", orders, "AFTER", List.of("INSERT", "UPDATE"),
                List.of("total"), true, "app.audit()", "CREATE TRIGGER orders_audit ...").toBuilder()
                .comment("audits").build();
        PolicyInfo policy = new PolicyInfo("own_rows", orders, "SELECT", false, List.of("app_user", "PUBLIC"),
                "owner = current_user", null).toBuilder().comment("rows of their own").build();
        TableInfo ordersTable = TableInfo.builder(orders, TableKind.PARTITIONED).columns(columns)
                .indexes(List.of(exprIndex, pkIndex)).constraints(constraints).triggers(List.of(trigger))
                .partition(new PartitionInfo("RANGE", "(created)", null, null)).owner("owner")
                .comment("table comment").rowLevelSecurity(true).policies(List.of(policy))
                .options(Map.of("WITHOUT ROWID", "true")).rowEstimate(12_345L).privileges(grants).build();
        TableInfo partitionTable = TableInfo.builder(partition, TableKind.PARTITION)
                .partition(new PartitionInfo(null, null, orders, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"))
                .build();
        TableInfo customerTable = TableInfo.of(customers, TableKind.FOREIGN, List.of(
                ColumnInfo.simple("id", 1, DataType.of("integer", Types.INTEGER), false)));
        TableInfo virtual = TableInfo.of(TableRef.of("main", "docs"), TableKind.VIRTUAL, List.of());
        TableInfo plain = TableInfo.of(new TableRef(null, null, "no_schema"), TableKind.TABLE, List.of());
        ViewInfo view = new ViewInfo(TableRef.of("app", "big_orders"), "SELECT * FROM app.orders WHERE total > 100",
                true, List.of(ColumnInfo.simple("id", 1, DataType.of("bigint", Types.BIGINT), true)),
                List.of(new IndexInfo("big_orders_id", TableRef.of("app", "big_orders"), true, null,
                        List.of(IndexElement.column("id")), List.of(), null, false, null, true, Map.of())),
                List.of(), "viewer", "materialized").toBuilder().privileges(List.of(Privilege.of("viewer2", "SELECT",
                        true))).build();
        List<TypeInfo> types = List.of(
                new TypeInfo(TableRef.of("app", "mood"), TypeKind.ENUM, List.of("sad", "ok", "happy"), null, null,
                        false, List.of(), List.of(), "owner", null),
                new TypeInfo(TableRef.of("app", "money"), TypeKind.DOMAIN, List.of(), "numeric(10,2)", "0", true,
                        List.of(new DomainCheck("positive", "VALUE >= 0", true), new DomainCheck(null, "VALUE < 1e9",
                                false)), List.of(), null, "money"),
                new TypeInfo(TableRef.of("app", "address"), TypeKind.COMPOSITE, List.of(), null, null, false,
                        List.of(), List.of(new TypeAttribute("street", "text"), new TypeAttribute("zip", "char(5)")),
                        null, null),
                new TypeInfo(TableRef.of("app", "span"), TypeKind.RANGE, List.of(), "timestamptz", null, false,
                        List.of(), List.of(), null, null),
                new TypeInfo(TableRef.of("ext", "vector"), TypeKind.OTHER, List.of(), null, null, false, List.of(),
                        List.of(), null, null));
        List<RoutineInfo> routines = List.of(
                new RoutineInfo(TableRef.of("app", "audit"), "", RoutineKind.FUNCTION, "plpgsql", "trigger", "BEGIN END"),
                new RoutineInfo(TableRef.of("app", "cleanup"), "days integer", RoutineKind.PROCEDURE, "sql", null, null)
                        .toBuilder().owner("admin").comment("nightly").privileges(List.of(Privilege.of("ops",
                                "EXECUTE", false))).build(),
                new RoutineInfo(TableRef.of("app", "total_sum"), "numeric", RoutineKind.AGGREGATE, "internal",
                        "numeric", null),
                new RoutineInfo(TableRef.of("app", "rank2"), "", RoutineKind.WINDOW, "c", "bigint", null));
        List<ExtensionInfo> extensions = List.of(new ExtensionInfo("pg_trgm", "1.6", "public",
                List.of("public.similarity(text, text)"), "trigram matching"),
                new ExtensionInfo("plpgsql", null, null, List.of()));
        List<Relationship> relationships = List.of(
                new Relationship(RelationshipKind.ONE_TO_MANY, customers, List.of("id"), orders, List.of("id"), null,
                        List.of()),
                new Relationship(RelationshipKind.ONE_TO_ONE, customers, List.of("id"), orders, List.of("mood"), null,
                        List.of("fk_restrict")),
                new Relationship(RelationshipKind.MANY_TO_MANY, customers, List.of("id"), orders, List.of("id"),
                        partition, List.of("a", "b")));
        List<Recommendation> recommendations = List.of(
                new Recommendation("fk-without-index", Severity.WARNING, "app.orders", "add an index",
                        "CREATE INDEX \"x\" ON \"app\".\"orders\" (\"mood\")"),
                new Recommendation("info", Severity.INFO, "db", "fyi", null),
                new Recommendation("broken", Severity.ERROR, "app.orders", "defect", null));
        List<DiscoveryWarning> warnings = List.of(
                new DiscoveryWarning("app.secret", "tables", ErrorClass.PERMISSION, "permission denied"),
                new DiscoveryWarning("indexes", "indexes", ErrorClass.SYNTAX, "fallback"),
                new DiscoveryWarning("x", "constraints", ErrorClass.LOCKED, "locked"),
                new DiscoveryWarning("y", "views", ErrorClass.TIMEOUT, "slow"),
                new DiscoveryWarning("z", "probe", ErrorClass.CONNECTION, "flaky"),
                new DiscoveryWarning("w", "close", ErrorClass.OTHER, "odd"));
        DiscoveryMetrics metrics = new DiscoveryMetrics(List.of(new PhaseMetric("tables", 1234567, 3, 99, 5),
                new PhaseMetric("indexes", 1, 0, 0, 0)), 987654321L, 3, 99, List.of("SELECT 1", "metadata:getColumns"),
                2);
        return new SchemaInfo(
                new DatabaseIdentity("PostgreSQL", "15.20 (Debian)", 15, 20, "PostgreSQL JDBC Driver 42.7.14",
                        "jdbc:postgresql://h/db?user=u", "postgresql"),
                new DatabaseCapabilities(Set.of("schemas", "merge", "nulls-not-distinct"),
                        Map.of("track_counts", "on", "journal_mode", "wal")),
                List.of("app", "main"), List.of(ordersTable, partitionTable, customerTable, virtual, plain),
                List.of(view), List.of(seq, unused), types, routines, extensions, relationships, recommendations,
                warnings, metrics, List.of(new SchemaDetails("app", "owner", "the application",
                        List.of(Privilege.of("PUBLIC", "USAGE", false), Privilege.of("admin", "CREATE", true))),
                        new SchemaDetails("main", null, null, List.of())));
    }
}
