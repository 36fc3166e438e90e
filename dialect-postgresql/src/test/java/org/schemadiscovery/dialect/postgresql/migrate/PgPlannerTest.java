package org.schemadiscovery.dialect.postgresql.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.TypeKind;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.core.diff.SchemaDiff;

/** The planner is pure: models in, statements out. These check order, groups and hazards without a server. */
@DisplayName("PostgreSQL planner: order from the dependency graph, groups, hazards, left-out steps")
class PgPlannerTest {
    private static final DatabaseIdentity PG = DatabaseIdentity.builder("PostgreSQL", "15.20").majorVersion(15)
            .dialect("postgresql").build();
    private static final DataType INT = DataType.builder("integer", "int4").jdbcType(Types.INTEGER).build();
    private static final DataType TEXT = DataType.builder("text", "text").jdbcType(Types.VARCHAR).build();
    private static final DataType BIGINT = DataType.builder("bigint", "int8").jdbcType(Types.BIGINT).build();
    private static final TableRef USERS = TableRef.of("public", "users");
    private static final TableRef ORDERS = TableRef.of("public", "orders");

    private static SchemaInfo schema(List<TableInfo> tables, List<ViewInfo> views, List<TypeInfo> types) {
        return SchemaInfo.builder(PG).schemas(List.of("public")).tables(tables).views(views).types(types).build();
    }

    private static TableInfo table(TableRef ref, List<ColumnInfo> columns, ConstraintInfo... constraints) {
        return TableInfo.builder(ref, TableKind.TABLE).columns(columns).constraints(List.of(constraints)).build();
    }

    private static ColumnInfo col(String name, int ordinal, DataType type, boolean nullable) {
        return ColumnInfo.simple(name, ordinal, type, nullable);
    }

    private static MigrationPlan plan(SchemaInfo from, SchemaInfo to, PlannerOptions options) {
        return new PgPlanner("postgresql").plan(from, to, SchemaDiff.compare(from, to, DiffOptions.defaults()),
                options);
    }

    private static List<String> sql(MigrationPlan plan) {
        return plan.steps().stream().map(MigrationStep::sql).toList();
    }

    private static int indexOf(List<String> sql, String prefix) {
        for (int i = 0; i < sql.size(); i++) {
            if (sql.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no statement starts with " + prefix + " in " + sql);
    }

    @Test
    @DisplayName("a foreign key between two new tables comes after both tables and the referenced key")
    void foreignKeyAfterBothTables() {
        SchemaInfo empty = schema(List.of(), List.of(), List.of());
        TableInfo orders = table(ORDERS, List.of(col("id", 1, INT, false), col("user_id", 2, INT, true)),
                new PrimaryKey("orders_pkey", ORDERS, List.of("id")),
                ForeignKey.builder(ORDERS, USERS).name("orders_user_fk").columns(List.of("user_id"))
                        .referencedColumns(List.of("id")).validated(true).build());
        TableInfo users = table(USERS, List.of(col("id", 1, INT, false)),
                new PrimaryKey("users_pkey", USERS, List.of("id")));
        MigrationPlan plan = plan(empty, schema(List.of(orders, users), List.of(), List.of()),
                PlannerOptions.defaults());
        List<String> sql = sql(plan);
        int fk = indexOf(sql, "ALTER TABLE public.orders ADD CONSTRAINT orders_user_fk");
        assertThat(indexOf(sql, "CREATE TABLE public.users")).isLessThan(fk);
        assertThat(indexOf(sql, "CREATE TABLE public.orders")).isLessThan(fk);
        assertThat(indexOf(sql, "ALTER TABLE public.users ADD CONSTRAINT users_pkey")).isLessThan(fk);
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.transactional()).isTrue();
            assertThat(g.settings()).containsExactly("SET LOCAL lock_timeout = '5000ms'");
        });
        assertThat(plan.complete()).isTrue();
        assertThat(plan.steps()).allSatisfy(s -> assertThat(s.changes()).isNotEmpty());
    }

    @Test
    @DisplayName("a view reading a column whose type changes is dropped before and recreated after the change")
    void viewAroundColumnTypeChange() {
        ViewInfo view = ViewInfo.builder(TableRef.of("public", "user_names"))
                .definition(" SELECT users.id,\n    users.name\n   FROM users;")
                .columns(List.of(col("id", 1, INT, true), col("name", 2, TEXT, true))).build();
        SchemaInfo from = schema(List.of(table(USERS, List.of(col("id", 1, INT, false), col("name", 2, TEXT, true)))),
                List.of(view), List.of());
        SchemaInfo to = schema(List.of(table(USERS, List.of(col("id", 1, BIGINT, false), col("name", 2, TEXT,
                true)))), List.of(view.toBuilder().columns(List.of(col("id", 1, BIGINT, true), col("name", 2, TEXT,
                true))).build()), List.of());
        MigrationPlan plan = plan(from, to, PlannerOptions.defaults());
        List<String> sql = sql(plan);
        int type = indexOf(sql, "ALTER TABLE public.users ALTER COLUMN id TYPE bigint");
        assertThat(indexOf(sql, "DROP VIEW public.user_names")).isLessThan(type);
        assertThat(indexOf(sql, "CREATE VIEW public.user_names")).isGreaterThan(type);
        assertThat(plan.complete()).as("the view's rebuild is not destructive").isTrue();
        assertThat(plan.steps().get(sql.indexOf(sql.get(type))).hazards()).extracting(h -> h.kind())
                .contains(HazardKind.TABLE_REBUILD, HazardKind.BLOCKS_WRITES);
    }

    @Test
    @DisplayName("without --allow-destructive a dropped column is left out and listed; with it, it runs")
    void destructiveLeftOut() {
        SchemaInfo from = schema(List.of(table(USERS, List.of(col("id", 1, INT, false), col("old", 2, TEXT, true)))),
                List.of(), List.of());
        SchemaInfo to = schema(List.of(table(USERS, List.of(col("id", 1, INT, false), col("fresh", 2, TEXT,
                true)))), List.of(), List.of());
        MigrationPlan safe = plan(from, to, PlannerOptions.defaults());
        assertThat(sql(safe)).containsExactly("ALTER TABLE public.users ADD COLUMN fresh text");
        assertThat(safe.complete()).isFalse();
        assertThat(safe.leftOut()).singleElement().satisfies(l -> {
            assertThat(l.step().sql()).isEqualTo("ALTER TABLE public.users DROP COLUMN old");
            assertThat(l.step().has(HazardKind.DESTRUCTIVE)).isTrue();
            assertThat(l.step().has(HazardKind.DATA_LOSS)).isTrue();
        });
        MigrationPlan all = plan(from, to, PlannerOptions.builder().allowDestructive(true).build());
        assertThat(sql(all)).contains("ALTER TABLE public.users DROP COLUMN old");
        assertThat(all.complete()).isTrue();
    }

    @Test
    @DisplayName("enum values only added: ADD VALUE in place with BEFORE, then a new transaction")
    void enumAddValue() {
        TypeInfo before = TypeInfo.builder(TableRef.of("public", "mood"), TypeKind.ENUM)
                .enumLabels(List.of("sad", "happy")).build();
        TypeInfo after = before.toBuilder().enumLabels(List.of("sad", "ok", "happy", "elated")).build();
        DataType mood = DataType.builder("mood", "mood").category(TypeCategory.ENUM).typeSchema("public")
                .jdbcType(Types.VARCHAR).build();
        TableInfo t = table(USERS, List.of(col("id", 1, INT, false)));
        TableInfo t2 = table(USERS, List.of(col("id", 1, INT, false), ColumnInfo.builder("m", mood).ordinal(2)
                .nullable(true).defaultValue("'elated'::mood").build()));
        MigrationPlan plan = plan(schema(List.of(t), List.of(), List.of(before)),
                schema(List.of(t2), List.of(), List.of(after)), PlannerOptions.defaults());
        List<String> sql = sql(plan);
        assertThat(sql).containsSubsequence("ALTER TYPE public.mood ADD VALUE 'ok' BEFORE 'happy'",
                "ALTER TYPE public.mood ADD VALUE 'elated' AFTER 'happy'",
                "ALTER TABLE public.users ADD COLUMN m mood DEFAULT 'elated'::mood");
        List<TransactionGroup> groups = plan.groups();
        assertThat(groups.get(groups.size() - 1).steps()).extracting(MigrationStep::sql)
                .containsExactly("ALTER TABLE public.users ADD COLUMN m mood DEFAULT 'elated'::mood");
    }

    @Test
    @DisplayName("an enum value removed: rename, create, convert through text, drop the old type")
    void enumRecreate() {
        TypeInfo before = TypeInfo.builder(TableRef.of("public", "mood"), TypeKind.ENUM)
                .enumLabels(List.of("sad", "happy")).build();
        TypeInfo after = before.toBuilder().enumLabels(List.of("happy")).build();
        DataType mood = DataType.builder("mood", "mood").category(TypeCategory.ENUM).typeSchema("public")
                .jdbcType(Types.VARCHAR).build();
        TableInfo t = table(USERS, List.of(ColumnInfo.builder("m", mood).ordinal(1).nullable(true).build()));
        MigrationPlan plan = plan(schema(List.of(t), List.of(), List.of(before)),
                schema(List.of(t), List.of(), List.of(after)), PlannerOptions.defaults());
        assertThat(sql(plan)).containsExactly(
                "ALTER TYPE public.mood RENAME TO mood__old",
                "CREATE TYPE public.mood AS ENUM ('happy')",
                "ALTER TABLE public.users ALTER COLUMN m TYPE public.mood USING m::text::public.mood",
                "DROP TYPE public.mood__old");
    }

    @Test
    @DisplayName("--online: CREATE INDEX CONCURRENTLY alone outside a transaction; lock timeout as asked")
    void online() {
        TableInfo t = table(USERS, List.of(col("id", 1, INT, false), col("name", 2, TEXT, true)));
        IndexInfo index = IndexInfo.builder("users_name_idx", USERS).method("btree").valid(true)
                .elements(List.of(IndexElement.column("name"))).build();
        TableInfo t2 = t.toBuilder().indexes(List.of(index)).build();
        MigrationPlan plan = plan(schema(List.of(t), List.of(), List.of()), schema(List.of(t2), List.of(), List.of()),
                PlannerOptions.builder().online(true).lockTimeout(Duration.ofSeconds(2)).build());
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.transactional()).isFalse();
            assertThat(g.settings()).containsExactly("SET lock_timeout = '2000ms'");
            assertThat(g.steps()).extracting(MigrationStep::sql).singleElement().asString()
                    .startsWith("CREATE INDEX CONCURRENTLY users_name_idx ON public.users");
        });
        MigrationPlan offline = plan(schema(List.of(t), List.of(), List.of()),
                schema(List.of(t2), List.of(), List.of()), PlannerOptions.defaults());
        assertThat(offline.groups()).singleElement().satisfies(g -> assertThat(g.transactional()).isTrue());
        assertThat(offline.steps().get(0).hazards()).extracting(h -> h.kind())
                .contains(HazardKind.LONG_INDEX_BUILD, HazardKind.BLOCKS_WRITES);
    }

    @Test
    @DisplayName("--online: a foreign key is added NOT VALID, then validated in a group of its own")
    void onlineForeignKeyIsValidatedLater() {
        TableInfo users = table(USERS, List.of(col("id", 1, INT, false)),
                new PrimaryKey("users_pkey", USERS, List.of("id")));
        TableInfo orders = table(ORDERS, List.of(col("id", 1, INT, false), col("user_id", 2, INT, true)));
        TableInfo withFk = orders.toBuilder().constraints(List.of(ForeignKey.builder(ORDERS, USERS)
                .name("orders_user_fk").columns(List.of("user_id")).referencedColumns(List.of("id"))
                .validated(true).build())).build();
        MigrationPlan plan = plan(schema(List.of(users, orders), List.of(), List.of()),
                schema(List.of(users, withFk), List.of(), List.of()), PlannerOptions.builder().online(true).build());

        assertThat(plan.groups()).hasSize(2);
        assertThat(plan.groups().get(0).steps()).extracting(MigrationStep::sql).singleElement().asString()
                .startsWith("ALTER TABLE public.orders ADD CONSTRAINT orders_user_fk").endsWith(" NOT VALID");
        assertThat(plan.groups().get(0).steps().get(0).has(HazardKind.VALIDATES_EXISTING_ROWS)).isFalse();
        assertThat(plan.groups().get(1).steps()).extracting(MigrationStep::sql)
                .containsExactly("ALTER TABLE public.orders VALIDATE CONSTRAINT orders_user_fk");
        assertThat(plan.groups().get(1).steps().get(0).has(HazardKind.VALIDATES_EXISTING_ROWS)).isTrue();
    }

    @Test
    @DisplayName("an empty comparison plans nothing")
    void nothing() {
        SchemaInfo s = schema(List.of(table(USERS, List.of(col("id", 1, INT, false)))), List.of(), List.of());
        MigrationPlan plan = plan(s, s, PlannerOptions.defaults());
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.complete()).isTrue();
        assertThat(ObjectType.values()).isNotEmpty();
    }
}
