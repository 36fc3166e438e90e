package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.exception.NoMatchingSchemaException;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DomainCheck;
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
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
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
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.ObjectKind;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("discovery of the feature fixture: exact model")
class FixtureDiscoveryTest {
    private static PgDatabase db;
    private static SchemaInfo schema;

    @BeforeAll
    static void discover() throws Exception {
        db = PgDatabase.create();
        db.script("fixtures/features.sql");
        schema = Discovery.discover(db);
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    static TableRef app(String name) {
        return TableRef.of("app", name);
    }

    static TableInfo table(String name) {
        return schema.table(app(name)).orElseThrow(() -> new AssertionError("no table app." + name));
    }

    static ViewInfo view(String name) {
        return schema.views().stream().filter(v -> v.ref().equals(app(name))).findFirst().orElseThrow();
    }

    static DataType builtin(String declared, String base, List<Integer> modifiers, int jdbc) {
        return new DataType(declared, base, modifiers, 0, TypeCategory.BUILTIN, null, jdbc);
    }

    static ColumnInfo column(String name, int ordinal, DataType type, boolean nullable, String dflt) {
        return new ColumnInfo(name, ordinal, type, nullable, dflt, null, null, null, null, false, Map.of());
    }

    static IndexInfo index(String name, String table, boolean unique, String method, List<IndexElement> elements,
                           String constraint, Map<String, String> options) {
        return new IndexInfo(name, app(table), unique, method, elements, List.of(), null, false, constraint, true,
                options);
    }

    @Test
    @DisplayName("no warnings; schemas in scope exclude system and extension schemas")
    void schemas() {
        assertThat(schema.warnings()).isEmpty();
        assertThat(schema.identity().dialect()).isEqualTo("postgresql");
        assertThat(schema.schemas()).containsExactly("app", "audit", "public");
    }

    @Nested
    @DisplayName("relations")
    class Relations {
        @Test
        @DisplayName("tables by relkind: ordinary, partitioned, partitions, foreign, unlogged")
        void kinds() {
            assertThat(schema.tables()).extracting(t -> t.ref().displayName() + ":" + t.kind()).containsExactly(
                    "app.a_item:TABLE", "app.base_item:TABLE", "app.booking:TABLE", "app.cache:TABLE",
                    "app.customer:TABLE", "app.deferred_pk:TABLE", "app.ext_data:FOREIGN",
                    "app.measurement:PARTITIONED", "app.measurement_2025:PARTITION",
                    "app.measurement_other:PARTITION", "app.order_line:TABLE", "app.orders:TABLE",
                    "app.reading:TABLE", "app.region:PARTITIONED", "app.region_eu:PARTITIONED",
                    "app.region_eu_0:PARTITION", "app.region_eu_1:PARTITION", "app.tag:TABLE", "audit.log:TABLE");
            assertThat(schema.tables()).allSatisfy(t -> assertThat(t.owner()).isEqualTo("postgres"));
        }

        @Test
        @DisplayName("partitioning: strategy and key of parents, parent and bound of partitions")
        void partitions() {
            assertThat(table("measurement").partition()).isEqualTo(new PartitionInfo("RANGE", "at", null, null));
            assertThat(table("measurement_2025").partition()).isEqualTo(new PartitionInfo(null, null,
                    app("measurement"), "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"));
            assertThat(table("measurement_other").partition())
                    .isEqualTo(new PartitionInfo(null, null, app("measurement"), "DEFAULT"));
            assertThat(table("region").partition()).isEqualTo(new PartitionInfo("LIST", "code", null, null));
            assertThat(table("region_eu").partition())
                    .isEqualTo(new PartitionInfo("HASH", "n", app("region"), "FOR VALUES IN ('de', 'fr')"));
            assertThat(table("region_eu_1").partition()).isEqualTo(new PartitionInfo(null, null, app("region_eu"),
                    "FOR VALUES WITH (modulus 2, remainder 1)"));
            assertThat(table("customer").partition()).isNull();
        }

        @Test
        @DisplayName("options: unlogged with storage parameters, foreign server and options, forced RLS")
        void options() {
            assertThat(table("cache").options())
                    .containsExactly(Map.entry("persistence", "unlogged"), Map.entry("reloptions", "fillfactor='70'"));
            assertThat(table("ext_data").options()).containsExactly(Map.entry("foreign_server", "files"),
                    Map.entry("foreign_data_wrapper", "file_fdw"),
                    Map.entry("foreign_table_options", "filename '/tmp/sd-none.csv', format 'csv'"));
            assertThat(table("orders").options()).containsExactly(Map.entry("force_row_level_security", "true"));
            assertThat(table("a_item").options()).containsExactly(Map.entry("inherits", "app.base_item"));
            assertThat(table("a_item").columns()).extracting(ColumnInfo::name).containsExactly("id", "label", "extra");
            assertThat(table("a_item").constraints()).containsExactly(new CheckConstraint("base_item_label_check",
                    app("a_item"), List.of("label"), "(label <> ''::text)", true));
            assertThat(table("orders").rowLevelSecurity()).isTrue();
            assertThat(table("customer").rowLevelSecurity()).isFalse();
            assertThat(table("customer").options()).isEmpty();
        }

        @Test
        @DisplayName("comments on tables, columns, views and types")
        void comments() {
            assertThat(table("customer").comment()).isEqualTo("people who buy");
            assertThat(table("customer").column("email").orElseThrow().comment()).isEqualTo("login");
            assertThat(table("orders").comment()).isNull();
            assertThat(view("customer_names").comment()).isEqualTo("happy enough");
        }

        @Test
        @DisplayName("views and materialized views with definition, columns, defaults, triggers and indexes")
        void views() {
            assertThat(schema.views()).extracting(v -> v.ref().displayName() + ":" + v.materialized())
                    .containsExactly("app.big_names:false", "app.customer_names:false", "app.order_counts:true");
            ViewInfo names = view("customer_names");
            assertThat(names.definition()).isEqualTo(" SELECT customer.id,\n    customer.name\n   FROM app.customer\n"
                    + "  WHERE (customer.mood <> 'sad'::app.mood);");
            assertThat(names.owner()).isEqualTo("postgres");
            assertThat(names.columns()).containsExactly(
                    column("id", 1, builtin("bigint", "bigint", List.of(), Types.BIGINT), true, null),
                    column("name", 2, builtin("character varying(100)", "character varying", List.of(100),
                            Types.VARCHAR), true, "'x'::character varying"));
            assertThat(names.triggers()).containsExactly(new TriggerInfo("names_insert", app("customer_names"),
                    "INSTEAD OF", List.of("INSERT"), List.of(), true, "app.touch",
                    "CREATE TRIGGER names_insert INSTEAD OF INSERT ON app.customer_names FOR EACH ROW EXECUTE"
                            + " FUNCTION app.touch()"));
            ViewInfo counts = view("order_counts");
            assertThat(counts.definition()).isEqualTo(" SELECT orders.customer_id,\n    count(*) AS n\n"
                    + "   FROM app.orders\n  GROUP BY orders.customer_id;");
            assertThat(counts.indexes()).containsExactly(index("order_counts_customer", "order_counts", true,
                    "btree", List.of(IndexElement.column("customer_id")), null, Map.of("ready", "true")));
        }
    }

    @Nested
    @DisplayName("columns")
    class Columns {
        @Test
        @DisplayName("types, arrays, enum/domain/composite references, identity, generated, collation; dropped gone")
        void customer() {
            SequenceInfo idSequence = new SequenceInfo(app("customer_id_seq"), "bigint", 10, 2, 1, Long.MAX_VALUE,
                    1, false, "app.customer.id", 10L);
            assertThat(table("customer").columns()).containsExactly(
                    new ColumnInfo("id", 1, builtin("bigint", "bigint", List.of(), Types.BIGINT), false, null,
                            new ColumnIdentity(IdentityGeneration.ALWAYS, idSequence), null, null, null, false,
                            Map.of()),
                    new ColumnInfo("email", 2, builtin("text", "text", List.of(), Types.VARCHAR), false, null, null,
                            null, "\"C\"", "login", false, Map.of()),
                    column("name", 3, builtin("character varying(100)", "character varying", List.of(100),
                            Types.VARCHAR), false, "'anon'::character varying"),
                    column("mood", 4, new DataType("app.mood", "mood", List.of(), 0, TypeCategory.ENUM, "app",
                            Types.VARCHAR), true, "'ok'::app.mood"),
                    column("score", 5, builtin("numeric(8,3)", "numeric", List.of(8, 3), Types.NUMERIC), true, null),
                    column("tags", 6, new DataType("text[]", "text", List.of(), 1, TypeCategory.BUILTIN, null,
                            Types.ARRAY), true, null),
                    column("matrix", 7, new DataType("integer[]", "integer", List.of(), 2, TypeCategory.BUILTIN, null,
                            Types.ARRAY), true, null),
                    column("address", 8, new DataType("app.address", "address", List.of(), 0,
                            TypeCategory.COMPOSITE, "app", Types.STRUCT), true, null),
                    column("qty", 9, new DataType("app.positive_int", "positive_int", List.of(), 0,
                            TypeCategory.DOMAIN, "app", Types.INTEGER), true, null),
                    column("attrs", 10, new DataType("public.hstore", "hstore", List.of(), 0, TypeCategory.OTHER,
                            "public", Types.OTHER), true, null),
                    column("created_at", 11, builtin("timestamp(3) with time zone", "timestamp with time zone",
                            List.of(3), Types.TIMESTAMP_WITH_TIMEZONE), false, "now()"),
                    new ColumnInfo("email_lower", 12, builtin("text", "text", List.of(), Types.VARCHAR), true, null,
                            null, new GeneratedColumn("lower(email)", true), null, null, false, Map.of()));
        }

        @Test
        @DisplayName("serial default, BY DEFAULT identity with its sequence, default from a shared sequence")
        void orders() {
            List<ColumnInfo> columns = table("orders").columns();
            assertThat(columns).extracting(ColumnInfo::name)
                    .containsExactly("id", "customer_id", "alt_id", "placed", "status", "invoice");
            assertThat(columns.get(0).defaultValue()).isEqualTo("nextval('app.orders_id_seq'::regclass)");
            assertThat(columns.get(2).identity()).isEqualTo(new ColumnIdentity(IdentityGeneration.BY_DEFAULT,
                    new SequenceInfo(app("orders_alt_id_seq"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false,
                            "app.orders.alt_id", 1L)));
            assertThat(columns.get(3).defaultValue()).isEqualTo("CURRENT_DATE");
            assertThat(columns.get(5).defaultValue()).isEqualTo("nextval('app.invoice_no'::regclass)");
        }
    }

    @Nested
    @DisplayName("constraints")
    class Constraints {
        @Test
        @DisplayName("primary key, unique and check of customer")
        void customer() {
            assertThat(table("customer").constraints()).containsExactly(
                    new PrimaryKey("customer_pkey", app("customer"), List.of("id")),
                    new UniqueConstraint("customer_email_key", app("customer"), List.of("email"), false, false,
                            false),
                    new CheckConstraint("customer_score_check", app("customer"), List.of("score"),
                            "(score >= (0)::numeric)", true));
        }

        @Test
        @DisplayName("foreign keys: actions, deferral, MATCH FULL, NOT VALID; NOT VALID checks")
        void foreignKeys() {
            assertThat(table("orders").constraints()).containsExactly(
                    new PrimaryKey("orders_pkey", app("orders"), List.of("id")),
                    new CheckConstraint("orders_status_check", app("orders"), List.of("status"),
                            "(status = ANY (ARRAY['new'::text, 'paid'::text]))", false),
                    new ForeignKey("orders_customer_fk", app("orders"), List.of("customer_id"), app("customer"),
                            List.of("id"), MatchType.SIMPLE, ReferentialAction.RESTRICT, ReferentialAction.CASCADE,
                            true, true, true));
            assertThat(table("order_line").constraints()).containsExactly(
                    new PrimaryKey("order_line_pkey", app("order_line"), List.of("order_id", "line_no")),
                    new ForeignKey("order_line_customer_fk", app("order_line"), List.of("line_no"), app("customer"),
                            List.of("id"), MatchType.SIMPLE, ReferentialAction.NO_ACTION,
                            ReferentialAction.NO_ACTION, false, false, false),
                    new ForeignKey("order_line_order_fk", app("order_line"), List.of("order_id"), app("orders"),
                            List.of("id"), MatchType.FULL, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION,
                            false, false, true));
        }

        @Test
        @DisplayName("UNIQUE NULLS NOT DISTINCT and EXCLUDE with operators, method and predicate")
        void uniqueAndExclusion() {
            assertThat(table("tag").constraints()).containsExactly(new UniqueConstraint("tag_uq", app("tag"),
                    List.of("name", "scope"), true, false, false));
            assertThat(table("booking").constraints()).containsExactly(new ExclusionConstraint(
                    "booking_no_overlap", app("booking"), "gist", List.of(new ExclusionElement("room", "="),
                    new ExclusionElement("during", "&&")), "(room > 0)", false, false));
            assertThat(table("deferred_pk").constraints()).containsExactly(
                    new PrimaryKey("deferred_pk_pkey", app("deferred_pk"), List.of("id")),
                    new ExclusionConstraint("deferred_pk_code_excl", app("deferred_pk"), "btree",
                            List.of(new ExclusionElement("code", "=")), null, false, false));
            assertThat(table("deferred_pk").indexes()).containsExactly(
                    index("deferred_pk_code_excl", "deferred_pk", false, "btree", List.of(new IndexElement("code",
                            null, SortOrder.ASC, NullsOrder.DEFAULT, "text_pattern_ops", "\"C\"")),
                            "deferred_pk_code_excl", Map.of("ready", "true")),
                    index("deferred_pk_pkey", "deferred_pk", true, "btree", List.of(IndexElement.column("id")),
                            "deferred_pk_pkey", Map.of("ready", "true", "primary", "true", "deferrable", "true",
                                    "initially_deferred", "true")));
        }

        @Test
        @DisplayName("partitions carry their parent's check and foreign key; a key to a partitioned table is one")
        void partitioned() {
            ForeignKey parentFk = new ForeignKey("measurement_customer_fk", app("measurement"), List.of("id"),
                    app("customer"), List.of("id"), MatchType.SIMPLE, ReferentialAction.NO_ACTION,
                    ReferentialAction.NO_ACTION, false, false, true);
            assertThat(table("measurement").constraints()).containsExactly(
                    new PrimaryKey("measurement_pkey", app("measurement"), List.of("id", "at")),
                    new CheckConstraint("measurement_v_check", app("measurement"), List.of("v"), "(v > 0)", true),
                    parentFk);
            assertThat(table("measurement_2025").constraints()).containsExactly(
                    new PrimaryKey("measurement_2025_pkey", app("measurement_2025"), List.of("id", "at")),
                    new CheckConstraint("measurement_v_check", app("measurement_2025"), List.of("v"), "(v > 0)", true),
                    new ForeignKey("measurement_customer_fk", app("measurement_2025"), List.of("id"),
                            app("customer"), List.of("id"), MatchType.SIMPLE, ReferentialAction.NO_ACTION,
                            ReferentialAction.NO_ACTION, false, false, true));
            assertThat(table("reading").constraints()).containsExactly(new ForeignKey("reading_measurement_fk",
                    app("reading"), List.of("mid", "mat"), app("measurement"), List.of("id", "at"),
                    MatchType.SIMPLE, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false, true));
        }
    }

    @Nested
    @DisplayName("indexes")
    class Indexes {
        @Test
        @DisplayName("method, keys and expressions, opclass, collation, order, INCLUDE, predicate, options")
        void customer() {
            assertThat(table("customer").indexes()).containsExactly(
                    index("customer_attrs", "customer", false, "gin", List.of(IndexElement.column("attrs")), null,
                            Map.of("ready", "true")),
                    index("customer_email_key", "customer", true, "btree", List.of(IndexElement.column("email")),
                            "customer_email_key", Map.of("ready", "true")),
                    index("customer_lower_name", "customer", false, "btree", List.of(new IndexElement(null,
                            "lower((name)::text)", SortOrder.ASC, NullsOrder.DEFAULT, "text_pattern_ops", null)),
                            null, Map.of("ready", "true")),
                    index("customer_name_uq", "customer", true, "btree", List.of(new IndexElement("name", null,
                            SortOrder.ASC, NullsOrder.FIRST, null, "\"C\"")), null, Map.of("ready", "true")),
                    index("customer_pkey", "customer", true, "btree", List.of(IndexElement.column("id")),
                            "customer_pkey", Map.of("ready", "true", "primary", "true")),
                    new IndexInfo("customer_recent", app("customer"), false, "btree", List.of(new IndexElement(
                            "created_at", null, SortOrder.DESC, NullsOrder.DEFAULT, null, null)), List.of("score"),
                            "(mood = 'happy'::app.mood)", false, null, true, Map.of("ready", "true")),
                    index("customer_tags", "customer", false, "gin", List.of(IndexElement.column("tags")), null,
                            Map.of("ready", "true", "reloptions", "fastupdate='off'")));
        }

        @Test
        @DisplayName("NULLS placement, INCLUDE on a key, NULLS NOT DISTINCT, exclusion index")
        void others() {
            assertThat(table("orders").indexes()).extracting(IndexInfo::name)
                    .containsExactly("orders_pkey", "orders_placed");
            assertThat(table("orders").indexes().get(1).elements()).containsExactly(
                    new IndexElement("placed", null, SortOrder.DESC, NullsOrder.LAST, null, null),
                    new IndexElement("status", null, SortOrder.ASC, NullsOrder.FIRST, null, null));
            assertThat(table("order_line").indexes().get(0).include()).containsExactly("product");
            assertThat(table("tag").indexes().get(0).nullsNotDistinct()).isTrue();
            assertThat(table("booking").indexes()).containsExactly(new IndexInfo("booking_no_overlap",
                    app("booking"), false, "gist", List.of(IndexElement.column("room"), IndexElement.column("during")),
                    List.of(), "(room > 0)", false, "booking_no_overlap", true, Map.of("ready", "true")));
        }

        @Test
        @DisplayName("partitioned indexes and their partitions' indexes with parent")
        void partitioned() {
            assertThat(table("measurement").indexes()).extracting(i -> i.name() + ":" + i.options())
                    .containsExactly("measurement_pkey:{ready=true, primary=true}", "measurement_v:{ready=true}");
            assertThat(table("measurement_2025").indexes()).extracting(i -> i.name() + ":" + i.options())
                    .containsExactly("measurement_2025_pkey:{ready=true, primary=true, parent=app.measurement_pkey}",
                            "measurement_2025_v_idx:{ready=true, parent=app.measurement_v}");
        }
    }

    @Nested
    @DisplayName("triggers and policies")
    class TriggersAndPolicies {
        @Test
        @DisplayName("timing, events, columns, function; internal and partition-clone triggers left out")
        void triggers() {
            assertThat(table("customer").triggers()).containsExactly(new TriggerInfo("customer_touch",
                    app("customer"), "BEFORE", List.of("UPDATE"), List.of("name", "email"), true, "app.touch",
                    "CREATE TRIGGER customer_touch BEFORE UPDATE OF name, email ON app.customer FOR EACH ROW EXECUTE"
                            + " FUNCTION app.touch()"));
            assertThat(table("orders").triggers()).containsExactly(new TriggerInfo("orders_audit", app("orders"),
                    "AFTER", List.of("INSERT", "DELETE"), List.of(), false, "app.touch",
                    "CREATE TRIGGER orders_audit AFTER INSERT OR DELETE ON app.orders FOR EACH STATEMENT EXECUTE"
                            + " FUNCTION app.touch()"));
            assertThat(table("measurement").triggers()).extracting(TriggerInfo::name)
                    .containsExactly("measurement_insert");
            assertThat(table("measurement_2025").triggers()).isEmpty();
            assertThat(table("order_line").triggers()).isEmpty();
        }

        @Test
        @DisplayName("policies: command, permissive/restrictive, roles, USING and WITH CHECK")
        void policies() {
            assertThat(table("orders").policies()).containsExactly(
                    new PolicyInfo("orders_new", app("orders"), "INSERT", true, List.of("postgres"), null,
                            "(status = 'new'::text)"),
                    new PolicyInfo("orders_positive", app("orders"), "SELECT", false, List.of("public"),
                            "(customer_id > 0)", null));
        }
    }

    @Nested
    @DisplayName("sequences, types, routines, extensions")
    class SchemaObjects {
        @Test
        @DisplayName("sequences with parameters, owner column and last value")
        void sequences() {
            assertThat(schema.sequences()).allSatisfy(q -> assertThat(q.owner()).isEqualTo("postgres"));
            assertThat(schema.sequences()).extracting(q -> q.toBuilder().owner(null).build()).containsExactly(
                    new SequenceInfo(app("customer_id_seq"), "bigint", 10, 2, 1, Long.MAX_VALUE, 1, false,
                            "app.customer.id", 10L),
                    new SequenceInfo(app("invoice_no"), "integer", 1000, 5, 1000, 99999, 10, true,
                            "app.orders.invoice", 1095L),
                    new SequenceInfo(app("orders_alt_id_seq"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false,
                            "app.orders.alt_id", 1L),
                    new SequenceInfo(app("orders_id_seq"), "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                            "app.orders.id", 1L));
        }

        @Test
        @DisplayName("enum labels in order, domains with default, NOT NULL and checks, composites, ranges")
        void types() {
            assertThat(schema.types()).containsExactly(
                    new TypeInfo(app("address"), TypeKind.COMPOSITE, List.of(), null, null, false, List.of(),
                            List.of(new TypeAttribute("street", "text"),
                                    new TypeAttribute("zip", "character varying(10)"),
                                    new TypeAttribute("tags", "text[]")), "postgres", null),
                    new TypeInfo(app("floatrange"), TypeKind.RANGE, List.of(), "double precision", null, false,
                            List.of(), List.of(), "postgres", null),
                    new TypeInfo(app("mood"), TypeKind.ENUM, List.of("sad", "ok", "happy"), null, null, false,
                            List.of(), List.of(), "postgres", "how it feels"),
                    new TypeInfo(app("positive_int"), TypeKind.DOMAIN, List.of(), "integer", "1", true,
                            List.of(new DomainCheck("positive_int_check", "(VALUE > 0)", true),
                                    new DomainCheck("positive_int_small", "(VALUE < 1000000)", false)),
                            List.of(), "postgres", "strictly positive"),
                    new TypeInfo(app("short_text"), TypeKind.DOMAIN, List.of(), "character varying(20)", null,
                            false, List.of(new DomainCheck("short_text_check", "((VALUE)::text <> ''::text)", true)),
                            List.of(), "postgres", null));
        }

        @Test
        @DisplayName("routines: kind, arguments, language, return type; range constructors left out")
        void routines() {
            assertThat(schema.routines()).extracting(r -> r.signature() + " " + r.kind() + " " + r.language()
                    + " -> " + r.returnType()).containsExactly(
                    "app.add(a integer, b integer DEFAULT 1) FUNCTION sql -> integer",
                    "app.customer_label(c app.customer) FUNCTION sql -> text",
                    "app.noop(IN x text) PROCEDURE plpgsql -> null",
                    "app.order_total() FUNCTION sql -> bigint",
                    "app.total(integer) AGGREGATE internal -> integer",
                    "app.touch() FUNCTION plpgsql -> trigger");
            RoutineInfo total = schema.routines().get(4);
            assertThat(total.definition())
                    .isEqualTo("CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0')");
            assertThat(schema.routines().get(0).definition()).isEqualTo("CREATE OR REPLACE FUNCTION app.add(a integer,"
                    + " b integer DEFAULT 1)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nAS $function$SELECT a + b"
                    + "$function$\n");
            assertThat(schema.routines().get(2).kind()).isEqualTo(RoutineKind.PROCEDURE);
        }

        @Test
        @DisplayName("extensions with version and schema; their objects are members, not user objects")
        void extensions() {
            assertThat(schema.extensions()).extracting(e -> e.name() + " " + e.version() + " " + e.schema())
                    .containsExactly("btree_gist 1.7 public", "file_fdw 1.0 public", "hstore 1.8 public");
            ExtensionInfo hstore = schema.extensions().get(2);
            assertThat(hstore.members()).hasSize(93).contains("type public.hstore",
                    "function public.hstore_in(pg_catalog.cstring)", "operator public.->(public.hstore,pg_catalog.text)");
            assertThat(schema.extensions().get(1).members()).containsExactly("foreign-data wrapper file_fdw",
                    "function public.file_fdw_handler()",
                    "function public.file_fdw_validator(pg_catalog.text[],pg_catalog.oid)");
            assertThat(schema.types()).noneMatch(t -> t.ref().schema().equals("public"));
            assertThat(schema.routines()).noneMatch(r -> r.ref().schema().equals("public"));
        }
    }

    @Nested
    @DisplayName("scope: schema patterns and object kinds pushed into the queries")
    class Scope {
        @Test
        @DisplayName("include app: only its objects; extensions live in public and are out of scope")
        void include() {
            SchemaInfo s = Discovery.discover(db, DiscoveryOptions.builder().includeSchema("app").build());
            assertThat(s.schemas()).containsExactly("app");
            assertThat(s.tables()).hasSize(18).allMatch(t -> t.ref().schema().equals("app"));
            assertThat(s.extensions()).isEmpty();
            assertThat(s.types()).hasSize(5);
            assertThat(s.metrics().statementTexts()).hasSize(schema.metrics().statementTexts().size());
        }

        @Test
        @DisplayName("exclude a*: app and audit gone, public (with the extensions) left")
        void exclude() {
            SchemaInfo s = Discovery.discover(db, DiscoveryOptions.builder().excludeSchema("a*").build());
            assertThat(s.schemas()).containsExactly("public");
            assertThat(s.tables()).isEmpty();
            assertThat(s.routines()).isEmpty();
            assertThat(s.extensions()).extracting(ExtensionInfo::name)
                    .containsExactly("btree_gist", "file_fdw", "hstore");
        }

        @Test
        @DisplayName("patterns matching no schema: NoMatchingSchemaException naming them and the schemas there are")
        void noMatch() {
            assertThatThrownBy(() -> Discovery.discover(db, DiscoveryOptions.builder().includeSchema("nope*")
                    .build())).isInstanceOfSatisfying(NoMatchingSchemaException.class,
                            e -> assertThat(e.existingSchemas()).containsExactly("app", "audit", "public"))
                    .hasMessage("no schema matches include 'nope*'; the database has 'app', 'audit', 'public'");
            assertThatThrownBy(() -> Discovery.discover(db, DiscoveryOptions.builder().excludeSchema("*").build()))
                    .isInstanceOf(NoMatchingSchemaException.class);
        }

        @Test
        @DisplayName("include a?d?t and exclude nothing: glob ? is one character")
        void glob() {
            SchemaInfo s = Discovery.discover(db, DiscoveryOptions.builder().includeSchema("a?d?t").build());
            assertThat(s.schemas()).containsExactly("audit");
            assertThat(s.tables()).extracting(t -> t.ref().displayName()).containsExactly("audit.log");
        }

        @Test
        @DisplayName("kinds TABLES only: no trigger, policy, index or constraint queries run")
        void kinds() {
            SchemaInfo s = Discovery.discover(db, DiscoveryOptions.builder().kinds(EnumSet.of(ObjectKind.TABLES))
                    .build());
            assertThat(s.tables()).hasSize(19);
            assertThat(s.tables()).allSatisfy(t -> {
                assertThat(t.triggers()).isEmpty();
                assertThat(t.policies()).isEmpty();
                assertThat(t.indexes()).isEmpty();
            });
            // begin, settings, savepoint, probe, schemas, comments, privileges (schema details), sequences (for
            // identity columns), relations, columns, end
            assertThat(s.metrics().statementTexts()).hasSize(11);
        }
    }

    @Test
    @DisplayName("probe: snapshot settings, track_counts and installed extensions; version features")
    void capabilities() {
        assertThat(schema.capabilities().settings())
                .containsEntry("transaction_isolation", "repeatable read")
                .containsEntry("transaction_read_only", "on")
                .containsEntry("track_counts", "on")
                .containsEntry("extensions", "btree_gist 1.7, file_fdw 1.0, hstore 1.8, plpgsql 1.0")
                .containsEntry("database", db.name())
                .containsKey("server_version_num");
        assertThat(schema.capabilities().features()).contains("nulls-not-distinct", "merge", "partitioning");
    }
}
