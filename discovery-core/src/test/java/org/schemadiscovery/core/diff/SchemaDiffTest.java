package org.schemadiscovery.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemadiscovery.core.diff.Mutate.plus;
import static org.schemadiscovery.core.diff.Mutate.replace;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.Altered;
import org.schemadiscovery.api.diff.AttributeChange;
import org.schemadiscovery.api.diff.DiffAspect;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.diff.Renamed;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DomainCheck;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeAttribute;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.diff.SchemaNormalizer;
import org.schemadiscovery.core.json.RichSchema;

class SchemaDiffTest {
    private static final SchemaInfo RICH = RichSchema.build();
    private static final TableRef ORDERS = TableRef.of("app", "orders");

    private static List<SchemaChange> diff(SchemaInfo to) {
        return SchemaDiff.compare(RICH, to, DiffOptions.defaults());
    }

    private static SchemaChange only(List<SchemaChange> changes) {
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    private static Altered<?> altered(List<SchemaChange> changes, ObjectType type, String name) {
        SchemaChange c = only(changes);
        assertThat(c).isInstanceOf(Altered.class);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.name().displayName()).isEqualTo(name);
        return (Altered<?>) c;
    }

    private static void assertAttributes(SchemaChange c, String... names) {
        assertThat(c.attributes()).extracting(AttributeChange::name).containsExactly(names);
    }

    @Nested
    @DisplayName("no false changes")
    class NoDrift {
        @Test
        @DisplayName("a schema compared with itself is empty")
        void self() {
            assertThat(SchemaDiff.compare(RICH, RICH, DiffOptions.defaults())).isEmpty();
        }

        @Test
        @DisplayName("statistics, metrics, warnings, recommendations and column positions are not compared")
        void statistics() {
            SchemaInfo noisy = Mutate.table(RICH, "orders", t -> t.toBuilder().rowEstimate(1L)
                    .columns(t.columns().stream().map(c -> c.toBuilder().ordinal(c.ordinal() + 10).build()).toList())
                    .build());
            noisy = noisy.toBuilder().sequences(noisy.sequences().stream()
                            .map(q -> q.toBuilder().lastValue(999L).build()).toList())
                    .metrics(DiscoveryMetrics.empty()).warnings(List.of()).recommendations(List.of())
                    .relationships(List.of()).build();
            noisy = Mutate.column(noisy, "orders", "id", c -> c.toBuilder().identity(new ColumnIdentity(
                    c.identity().generation(), c.identity().sequence().toBuilder().lastValue(7L)
                    .ref(TableRef.of("app", "other_generated_name")).build())).build());
            assertThat(diff(noisy)).isEmpty();
        }

        @Test
        @DisplayName("the result is immutable")
        void immutable() {
            List<SchemaChange> changes = diff(RICH.toBuilder().schemas(List.of("app")).build());
            assertThatThrownBy(() -> changes.add(changes.get(0))).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("schemas, tables and columns")
    class Tables {
        @Test
        @DisplayName("schema added and removed")
        void schemas() {
            List<SchemaChange> changes = diff(RICH.toBuilder().schemas(List.of("app", "extra")).build());
            assertThat(changes).hasSize(2);
            assertThat(changes.get(0)).isEqualTo(new Added<>(ObjectType.SCHEMA, ObjectName.of(null, null, "extra"),
                    new SchemaDetails("extra", null, null, List.of())));
            assertThat(changes.get(1)).isEqualTo(new Removed<>(ObjectType.SCHEMA, ObjectName.of(null, null, "main"),
                    new SchemaDetails("main", null, null, List.of())));
        }

        @Test
        @DisplayName("schema owner, comment and privileges; grants compared as sets")
        void schemaDetails() {
            SchemaDetails app = RICH.schemaDetails().get(0);
            SchemaInfo reordered = RICH.toBuilder().schemaDetails(List.of(new SchemaDetails("app", app.owner(),
                    app.comment(), List.of(app.privileges().get(1), app.privileges().get(0))))).build();
            assertThat(diff(reordered)).isEmpty();
            Altered<?> a = altered(diff(RICH.toBuilder().schemaDetails(List.of(new SchemaDetails("app", "new owner",
                    "new comment", List.of(app.privileges().get(0))))).build()), ObjectType.SCHEMA, "app");
            assertAttributes(a, "owner", "comment", "privileges");
            assertThat(a.attribute("privileges").orElseThrow().after()).isEqualTo(List.of(app.privileges().get(0)));
        }

        @Test
        @DisplayName("table added and removed carry the whole table")
        void tableAddedRemoved() {
            TableInfo extra = TableInfo.of(TableRef.of("app", "extra"), TableKind.TABLE,
                    List.of(ColumnInfo.simple("x", 1, DataType.of("int", Types.INTEGER), true)));
            SchemaChange added = only(diff(RICH.toBuilder().tables(plus(RICH.tables(), extra)).build()));
            assertThat(added).isEqualTo(new Added<>(ObjectType.TABLE, ObjectName.of("app", null, "extra"), extra));
            SchemaChange removed = only(diff(RICH.toBuilder().tables(replace(RICH.tables(),
                    t -> t.ref().name().equals("orders_2024"), t -> null)).build()));
            assertThat(removed).isInstanceOf(Removed.class);
            assertThat(removed.before()).as("catalogs are dropped, the rest is the table as it was")
                    .isEqualTo(RICH.table("orders_2024").orElseThrow().toBuilder()
                            .partition(new PartitionInfo(null, null, ORDERS, "FOR VALUES FROM ('2024-01-01') TO"
                                    + " ('2025-01-01')")).build());
        }

        @Test
        @DisplayName("table kind, options, partitioning, row-level security, owner and comment")
        void tableAttributes() {
            Altered<?> a = altered(diff(Mutate.table(RICH, "orders", t -> t.toBuilder().kind(TableKind.TABLE)
                    .options(Map.of()).partition(new PartitionInfo("LIST", "(mood)", null, null))
                    .rowLevelSecurity(false).owner("other").comment("new comment").build())),
                    ObjectType.TABLE, "app.orders");
            assertAttributes(a, "kind", "options", "partition", "rowLevelSecurity", "owner", "comment");
            assertThat(a.attribute("kind").orElseThrow().before()).isEqualTo(TableKind.PARTITIONED);
            assertThat(a.attribute("comment").orElseThrow().after()).isEqualTo("new comment");
            assertThat(((TableInfo) a.after()).columns()).hasSize(5);
        }

        @Test
        @DisplayName("column added and removed, reported under the table")
        void columnAddedRemoved() {
            ColumnInfo extra = ColumnInfo.simple("extra", 6, DataType.of("text", Types.VARCHAR), true);
            SchemaChange c = only(diff(Mutate.table(RICH, "orders",
                    t -> t.toBuilder().columns(plus(t.columns(), extra)).build())));
            assertThat(c).isEqualTo(new Added<>(ObjectType.COLUMN, ObjectName.of("app", "orders", "extra"), extra));
            SchemaChange r = only(diff(Mutate.column(RICH, "orders", "mood", x -> null)));
            assertThat(r).isInstanceOf(Removed.class);
            assertThat(r.name()).isEqualTo(ObjectName.of("app", "orders", "mood"));
        }

        @Test
        @DisplayName("column type, nullability, default, identity, generated, collation each with before and after")
        void columnAttributes() {
            DataType text = DataType.of("text", Types.VARCHAR);
            Altered<?> a = altered(diff(Mutate.column(RICH, "orders", "double", c -> c.toBuilder().type(text)
                    .nullable(false).defaultValue("'x'").identity(null).generated(new GeneratedColumn("id * 3", true))
                    .collation("C").build())), ObjectType.COLUMN, "app.orders.double");
            assertAttributes(a, "type", "nullable", "default", "identity", "generated", "collation");
            assertThat(a.attribute("type").orElseThrow().after()).isEqualTo(text);
            assertThat(a.attribute("type").orElseThrow()).hasToString("type integer → text");
            assertThat(a.attribute("nullable").orElseThrow()).isEqualTo(new AttributeChange("nullable", true, false));
            assertThat(a.attribute("default").orElseThrow()).isEqualTo(new AttributeChange("default", null, "'x'"));
        }

        @Test
        @DisplayName("identity options count, the identity sequence's name and last value do not")
        void identity() {
            Altered<?> a = altered(diff(Mutate.column(RICH, "orders", "id", c -> c.toBuilder().identity(
                    new ColumnIdentity(IdentityGeneration.BY_DEFAULT, c.identity().sequence().toBuilder()
                            .increment(5).build())).build())), ObjectType.COLUMN, "app.orders.id");
            assertAttributes(a, "identity");
        }
    }

    @Nested
    @DisplayName("constraints and indexes")
    class Constraints {
        @Test
        @DisplayName("primary key columns changed; renamed primary key")
        void primaryKey() {
            altered(diff(Mutate.constraint(RICH, "orders", c -> c instanceof PrimaryKey,
                    c -> new PrimaryKey("orders_pkey", c.table(), List.of("id", "mood")))), ObjectType.PRIMARY_KEY,
                    "app.orders.orders_pkey");
            SchemaChange r = only(diff(Mutate.constraint(RICH, "orders", c -> c instanceof PrimaryKey,
                    c -> new PrimaryKey("orders_pk", c.table(), c.columns()))));
            assertThat(r).isInstanceOf(Renamed.class);
            assertThat(((Renamed<?>) r).from().name()).isEqualTo("orders_pkey");
            assertThat(r.name().name()).isEqualTo("orders_pk");
        }

        @Test
        @DisplayName("unnamed unique constraint paired by definition; its attributes compared")
        void unique() {
            Altered<?> a = altered(diff(Mutate.constraint(RICH, "orders", c -> c instanceof UniqueConstraint,
                    c -> ((UniqueConstraint) c).toBuilder().deferrable(false).initiallyDeferred(false).build())),
                    ObjectType.UNIQUE_CONSTRAINT, "app.orders.UNIQUE (tags, mood)");
            assertAttributes(a, "deferrable", "initiallyDeferred");
            List<SchemaChange> changed = diff(Mutate.constraint(RICH, "orders", c -> c instanceof UniqueConstraint,
                    c -> ((UniqueConstraint) c).toBuilder().columns(List.of("tags")).build()));
            assertThat(changed).extracting(Object::toString).containsExactly(
                    "+ unique constraint app.orders.UNIQUE (tags)", "- unique constraint app.orders.UNIQUE (tags, mood)");
        }

        @Test
        @DisplayName("check expression and validation")
        void check() {
            Altered<?> a = altered(diff(Mutate.constraint(RICH, "orders", c -> c instanceof CheckConstraint,
                    c -> ((CheckConstraint) c).toBuilder().expression("total > 0").validated(true).build())),
                    ObjectType.CHECK_CONSTRAINT, "app.orders.total_positive");
            assertAttributes(a, "expression", "validated");
        }

        @Test
        @DisplayName("foreign key actions, target and deferrability")
        void foreignKey() {
            Altered<?> a = altered(diff(Mutate.constraint(RICH, "orders",
                    c -> c instanceof ForeignKey && "fk_restrict".equals(c.name()),
                    c -> ((ForeignKey) c).toBuilder().onDelete(ReferentialAction.NO_ACTION).deferrable(true)
                            .referencedTable(TableRef.of("app", "orders_2024")).build())),
                    ObjectType.FOREIGN_KEY, "app.orders.fk_restrict");
            assertAttributes(a, "referencedTable", "onDelete", "deferrable");
        }

        @Test
        @DisplayName("exclusion constraint added, removed and altered")
        void exclusion() {
            Altered<?> a = altered(diff(Mutate.constraint(RICH, "orders", c -> c instanceof ExclusionConstraint,
                    c -> ((ExclusionConstraint) c).toBuilder().predicate(null).build())),
                    ObjectType.EXCLUSION_CONSTRAINT, "app.orders.no_overlap");
            assertAttributes(a, "predicate");
            SchemaChange r = only(diff(Mutate.constraint(RICH, "orders", c -> c instanceof ExclusionConstraint,
                    c -> null)));
            assertThat(r).isInstanceOf(Removed.class);
            assertThat(r.type()).isEqualTo(ObjectType.EXCLUSION_CONSTRAINT);
        }

        @Test
        @DisplayName("index attributes; an index backing a constraint is not reported on its own")
        void index() {
            Altered<?> a = altered(diff(Mutate.index(RICH, "orders", "orders_expr", i -> i.toBuilder().unique(true)
                    .elements(List.of(IndexElement.column("mood"))).predicate(null).valid(true).build())),
                    ObjectType.INDEX, "app.orders.orders_expr");
            assertAttributes(a, "unique", "elements", "predicate", "valid");
            assertThat(diff(Mutate.index(RICH, "orders", "orders_pkey", i -> i.toBuilder().include(List.of())
                    .build()))).isEmpty();
            IndexInfo extra = IndexInfo.builder("orders_total", ORDERS).elements(List.of(new IndexElement("total",
                    null, SortOrder.DESC, null, null, null))).valid(true).build();
            assertThat(only(diff(Mutate.table(RICH, "orders", t -> t.toBuilder().indexes(plus(t.indexes(), extra))
                    .build())))).isEqualTo(new Added<>(ObjectType.INDEX, ObjectName.of("app", "orders",
                    "orders_total"), extra));
        }
    }

    @Nested
    @DisplayName("views, sequences, types, routines, triggers, policies, extensions")
    class Objects {
        private SchemaInfo view(java.util.function.UnaryOperator<ViewInfo> how) {
            return RICH.toBuilder().views(replace(RICH.views(), v -> true, how)).build();
        }

        @Test
        @DisplayName("materialized view definition and columns; its index")
        void materializedView() {
            Altered<?> a = altered(diff(view(v -> v.toBuilder().definition("SELECT 1").columns(List.of(
                    ColumnInfo.simple("one", 1, DataType.of("integer", Types.INTEGER), true))).build())),
                    ObjectType.MATERIALIZED_VIEW, "app.big_orders");
            assertAttributes(a, "definition", "columns");
            Altered<?> i = altered(diff(view(v -> v.withIndexes(List.of(v.indexes().get(0).toBuilder().unique(false)
                    .build())))), ObjectType.INDEX, "app.big_orders.big_orders_id");
            assertAttributes(i, "unique");
        }

        @Test
        @DisplayName("a view that becomes materialized is removed and added")
        void viewKind() {
            List<SchemaChange> changes = diff(view(v -> v.toBuilder().materialized(false).indexes(List.of()).build()));
            assertThat(changes).extracting(SchemaChange::type, c -> c.getClass().getSimpleName())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ObjectType.VIEW, "Added"),
                            org.assertj.core.groups.Tuple.tuple(ObjectType.MATERIALIZED_VIEW, "Removed"));
        }

        @Test
        @DisplayName("sequence options; its last value is not compared")
        void sequence() {
            SchemaInfo to = RICH.toBuilder().sequences(replace(RICH.sequences(),
                    q -> q.ref().name().equals("desc_seq"), q -> q.toBuilder().increment(-2).cycle(false)
                            .lastValue(-5L).build())).build();
            assertAttributes(altered(diff(to), ObjectType.SEQUENCE, "app.desc_seq"), "increment", "cycle");
        }

        @Test
        @DisplayName("enum labels, domain checks and composite attributes")
        void types() {
            SchemaInfo to = RICH.toBuilder().types(RICH.types().stream().map(t -> switch (t.ref().name()) {
                case "mood" -> t.toBuilder().enumLabels(List.of("sad", "ok", "happy", "ecstatic")).build();
                case "money" -> t.toBuilder().domainChecks(List.of(new DomainCheck("positive", "VALUE > 0", true)))
                        .build();
                case "address" -> t.toBuilder().attributes(List.of(new TypeAttribute("street", "text"))).build();
                default -> t;
            }).toList()).build();
            List<SchemaChange> changes = diff(to);
            assertThat(changes).extracting(c -> c.name().displayName() + " " + c.attributes().get(0).name())
                    .containsExactly("app.address attributes", "app.money domainChecks", "app.mood enumLabels");
            assertThat(changes.get(2).attributes().get(0).after()).isEqualTo(List.of("sad", "ok", "happy",
                    "ecstatic"));
        }

        @Test
        @DisplayName("routine definition; an overload is another routine")
        void routines() {
            RoutineInfo overload = new RoutineInfo(TableRef.of("app", "cleanup"), "days bigint",
                    RoutineKind.PROCEDURE, "sql", null, null);
            List<SchemaChange> changes = diff(RICH.toBuilder().routines(plus(replace(RICH.routines(),
                    r -> r.ref().name().equals("audit"), r -> r.toBuilder().definition("BEGIN RETURN NEW; END")
                            .build()), overload)).build());
            assertThat(changes).extracting(Object::toString).containsExactly(
                    "~ routine app.audit()  definition BEGIN END → BEGIN RETURN NEW; END",
                    "+ routine app.cleanup(days bigint)");
        }

        @Test
        @DisplayName("trigger and policy attributes")
        void triggersAndPolicies() {
            SchemaInfo to = Mutate.table(RICH, "orders", t -> t.toBuilder()
                    .triggers(List.of(t.triggers().get(0).toBuilder().timing("BEFORE").build()))
                    .policies(List.of(t.policies().get(0).toBuilder().roles(List.of("PUBLIC")).build())).build());
            assertThat(diff(to)).extracting(Object::toString).containsExactly(
                    "~ trigger app.orders.orders_audit  timing AFTER → BEFORE",
                    "~ policy app.orders.own_rows  roles [app_user, PUBLIC] → [PUBLIC]");
        }

        @Test
        @DisplayName("extension version and removal")
        void extensions() {
            SchemaInfo to = RICH.toBuilder().extensions(List.of(RICH.extensions().get(0).toBuilder().version("1.7")
                    .members(List.of()).build())).build();
            assertThat(diff(to)).extracting(Object::toString).containsExactly("- extension plpgsql",
                    "~ extension public.pg_trgm  version 1.6 → 1.7");
        }
    }

    @Nested
    @DisplayName("options: renames, ignored aspects, schema mapping, normaliser")
    class Options {
        private final TableInfo orders = RICH.table(ORDERS).orElseGet(() -> RICH.table("orders").orElseThrow());

        private SchemaInfo renamedOrders() {
            return Mutate.table(RICH, "orders", t -> t.toBuilder().ref(TableRef.of("app", "purchases"))
                    .columns(replace(t.columns(), c -> c.name().equals("mood"),
                            c -> c.toBuilder().name("feeling").nullable(false).build())).build());
        }

        @Test
        @DisplayName("without a hint a rename is a removal and an addition")
        void noGuessing() {
            assertThat(diff(renamedOrders())).extracting(Object::toString)
                    .containsExactly("- table app.orders", "+ table app.purchases");
        }

        @Test
        @DisplayName("table and column hints give renames; the column's other changes ride along")
        void hints() {
            List<SchemaChange> changes = SchemaDiff.compare(RICH, renamedOrders(), DiffOptions.builder()
                    .rename(ObjectType.TABLE, "app.orders", "app.purchases")
                    .rename(ObjectType.COLUMN, "app.orders.mood", "app.purchases.feeling").build());
            assertThat(changes).extracting(Object::toString).containsExactly(
                    "> table app.orders → app.purchases",
                    "> column app.purchases.mood → app.purchases.feeling  nullable true → false");
            assertThat(((TableInfo) changes.get(0).before()).columns()).isEqualTo(orders.columns());
            assertThat(((TableInfo) changes.get(0).after()).ref()).isEqualTo(TableRef.of("app", "purchases"));
        }

        @Test
        @DisplayName("an index hint; a hint that matches nothing changes nothing")
        void indexHint() {
            SchemaInfo to = Mutate.index(RICH, "orders", "orders_expr", i -> i.toBuilder().name("orders_lower")
                    .build());
            assertThat(SchemaDiff.compare(RICH, to, DiffOptions.builder()
                    .rename(ObjectType.INDEX, "orders.orders_expr", "orders_lower")
                    .rename(ObjectType.TABLE, "nothing", "here").build()))
                    .extracting(Object::toString).containsExactly("> index app.orders.orders_expr → app.orders.orders_lower");
        }

        @Test
        @DisplayName("comments of indexes, constraints, triggers, policies, routines, sequences and extensions")
        void comments() {
            SchemaInfo to = Mutate.table(RICH, "orders", t -> t.toBuilder()
                    .indexes(replace(t.indexes(), i -> i.name().equals("orders_expr"), i -> i.toBuilder()
                            .comment("ix").build()))
                    .constraints(replace(t.constraints(), c -> c instanceof CheckConstraint,
                            c -> ((CheckConstraint) c).toBuilder().comment("ck").build()))
                    .triggers(List.of(t.triggers().get(0).toBuilder().comment("tg").build()))
                    .policies(List.of(t.policies().get(0).toBuilder().comment("po").build())).build());
            to = to.toBuilder()
                    .routines(replace(to.routines(), r -> r.ref().name().equals("cleanup"),
                            r -> r.toBuilder().comment("rt").owner("someone").build()))
                    .sequences(replace(to.sequences(), q -> q.ref().name().equals("desc_seq"),
                            q -> q.toBuilder().comment("sq").build()))
                    .extensions(replace(to.extensions(), e -> e.name().equals("plpgsql"),
                            e -> e.toBuilder().comment("ex").build())).build();
            List<SchemaChange> changes = diff(to);
            assertThat(changes).extracting(c -> c.type().id() + " " + c.attributes().stream()
                    .map(AttributeChange::name).toList()).containsExactlyInAnyOrder(
                    "extension [comment]", "sequence [comment]", "routine [owner, comment]",
                    "check-constraint [comment]", "index [comment]", "trigger [comment]", "policy [comment]");
            assertThat(SchemaDiff.compare(RICH, to, DiffOptions.builder().ignore(DiffAspect.COMMENTS,
                    DiffAspect.OWNERS).build())).isEmpty();
        }

        @Test
        @DisplayName("privileges of tables, views, sequences and routines; they can be ignored")
        void privileges() {
            Privilege grant = Privilege.of("auditor", "SELECT", false);
            SchemaInfo to = Mutate.table(RICH, "orders", t -> t.toBuilder().privileges(plus(t.privileges(), grant))
                    .build());
            to = to.toBuilder()
                    .views(replace(to.views(), v -> true, v -> v.toBuilder().privileges(List.of()).build()))
                    .sequences(replace(to.sequences(), q -> q.ref().name().equals("desc_seq"),
                            q -> q.toBuilder().privileges(List.of(grant)).build()))
                    .routines(replace(to.routines(), r -> r.ref().name().equals("audit"),
                            r -> r.toBuilder().privileges(List.of(grant)).build())).build();
            List<SchemaChange> changes = diff(to);
            assertThat(changes).extracting(c -> c.type().id() + " " + c.name() + " " + c.attributes().stream()
                    .map(AttributeChange::name).toList()).containsExactly(
                    "sequence app.desc_seq [privileges]", "routine app.audit() [privileges]",
                    "table app.orders [privileges]", "materialized-view app.big_orders [privileges]");
            assertThat(changes.get(2).attribute("privileges").orElseThrow().after()).asList().contains(grant);
            assertThat(SchemaDiff.compare(RICH, to, DiffOptions.builder().ignore(DiffAspect.PRIVILEGES).build()))
                    .isEmpty();
        }

        @Test
        @DisplayName("owners and comments can be ignored")
        void ignore() {
            SchemaInfo to = Mutate.table(RICH, "orders", t -> t.toBuilder().owner("x").comment("y").build());
            to = Mutate.column(to, "orders", "id", c -> c.toBuilder().comment("z").build());
            assertThat(diff(to)).hasSize(2);
            assertThat(SchemaDiff.compare(RICH, to, DiffOptions.builder().ignore(DiffAspect.OWNERS,
                    DiffAspect.COMMENTS).build())).isEmpty();
        }

        @Test
        @DisplayName("one schema on each side: compared as the same, references rewritten")
        void singleSchema() {
            SchemaInfo from = RICH.toBuilder().schemas(List.of("app")).build();
            SchemaInfo to = SchemaRenaming.apply(from, Map.of("app", "copy"));
            assertThat(to.tables().get(0).ref().schema()).isEqualTo("copy");
            assertThat(SchemaDiff.compare(from, to, DiffOptions.defaults())).isEmpty();
            SchemaInfo changed = Mutate.column(to, "orders", "total", c -> c.toBuilder().nullable(true).build());
            assertThat(SchemaDiff.compare(from, changed, DiffOptions.defaults())).extracting(Object::toString)
                    .containsExactly("~ column app.orders.total  nullable false → true");
        }

        @Test
        @DisplayName("an explicit schema map; a map naming a missing schema is refused")
        void schemaMap() {
            SchemaInfo to = SchemaRenaming.apply(RICH, Map.of("app", "app2"));
            assertThat(SchemaDiff.compare(RICH, to, DiffOptions.builder().mapSchema("app", "app2").build()))
                    .isEmpty();
            assertThat(SchemaDiff.compare(RICH, to, DiffOptions.defaults())).extracting(Object::toString)
                    .contains("+ schema app2", "- schema app", "- table app.orders", "+ table app2.orders");
            assertThatThrownBy(() -> SchemaDiff.compare(RICH, to, DiffOptions.builder().mapSchema("nope", "app2")
                    .build())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the from side has no schema nope");
            assertThatThrownBy(() -> SchemaDiff.compare(RICH, to, DiffOptions.builder().mapSchema("main", "app2")
                    .build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both be compared");
        }

        @Test
        @DisplayName("the normaliser makes both sides canonical before comparing")
        void normalizer() {
            SchemaInfo to = Mutate.column(RICH, "orders", "id", c -> c.toBuilder().type(DataType.of("int8",
                    Types.BIGINT)).build());
            SchemaNormalizer aliases = new SchemaNormalizer() {
                @Override
                public String dialect() {
                    return "postgresql";
                }

                @Override
                public SchemaInfo normalize(SchemaInfo s) {
                    return Mutate.column(s, "orders", "id", c -> c.type().declared().equals("int8")
                            ? c.toBuilder().type(DataType.of("bigint", Types.BIGINT)).build() : c);
                }
            };
            assertThat(diff(to)).hasSize(1);
            assertThat(SchemaDiff.compare(RICH, to, DiffOptions.builder().normalizer(aliases).build())).isEmpty();
        }
    }

    @Test
    @DisplayName("order: by schema, then object type in dependency order, then owner and name")
    void order() {
        SchemaInfo to = RICH.toBuilder().schemas(List.of("app", "main", "zzz"))
                .sequences(List.of(RICH.sequences().get(0)))
                .tables(plus(RICH.tables(), TableInfo.of(TableRef.of("app", "aaa"), TableKind.TABLE, List.of())))
                .build();
        to = Mutate.constraint(to, "orders", c -> c instanceof CheckConstraint, c -> null);
        assertThat(SchemaDiff.compare(RICH, to, DiffOptions.defaults())).extracting(Object::toString)
                .containsExactly("- sequence app.desc_seq", "+ table app.aaa",
                        "- check constraint app.orders.total_positive", "+ schema zzz");
    }
}
