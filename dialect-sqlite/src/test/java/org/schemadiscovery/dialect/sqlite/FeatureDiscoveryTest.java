package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.CheckConstraint;
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
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;

@DisplayName("SQLite discovery of the feature fixture")
class FeatureDiscoveryTest {
    @TempDir
    static Path dir;
    static SchemaInfo schema;

    @BeforeAll
    static void discover() throws Exception {
        Path file = Fixtures.featureFixture(dir);
        try (Connection c = Fixtures.openReadOnly(file)) {
            Fixtures.attachAux(c, dir);
            Fixtures.execute(c, List.of("CREATE TEMP TABLE scratch (x INTEGER NOT NULL, y TEXT)",
                    "CREATE INDEX scratch_y ON scratch (y)"));
            schema = LocalDiscovery.discover(c);
        }
    }

    static TableInfo table(String schemaName, String name) {
        return schema.table(TableRef.of(schemaName, name)).orElseThrow();
    }

    static ViewInfo view(String name) {
        return schema.views().stream().filter(v -> v.ref().name().equals(name)).findFirst().orElseThrow();
    }

    static IndexInfo index(TableInfo t, String name) {
        return t.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    static DataType type(String declared, String base, List<Integer> modifiers, int jdbc) {
        return new DataType(declared, base, modifiers, 0, TypeCategory.BUILTIN, null, jdbc);
    }

    static ColumnInfo column(String name, int ordinal, DataType type, boolean nullable, String dflt,
                             ColumnIdentity identity, GeneratedColumn generated, String collation, boolean hidden,
                             Map<String, String> options) {
        return new ColumnInfo(name, ordinal, type, nullable, dflt, identity, generated, collation, null, hidden,
                options);
    }

    @Nested
    @DisplayName("schemas and tables")
    class Tables {
        @Test
        @DisplayName("main, temp and attached schemas in SQLite's order; sqlite_% internals excluded")
        void schemasAndTableList() {
            assertThat(schema.schemas()).containsExactly("main", "temp", "aux");
            assertThat(schema.tables()).extracting(t -> t.ref().displayName()).containsExactly(
                    "aux.aux_t", "main.boxes", "main.boxes_node", "main.boxes_parent", "main.boxes_rowid",
                    "main.customer", "main.docs", "main.docs_config", "main.docs_content", "main.docs_data",
                    "main.docs_docsize", "main.docs_idx", "main.intdesc", "main.kv", "main.legacy", "main.order",
                    "temp.scratch");
        }

        @Test
        @DisplayName("rowid, WITHOUT ROWID, STRICT and AUTOINCREMENT tables carry their options")
        void options() {
            assertThat(table("main", "customer").options()).isEqualTo(Map.of("autoincrement", "true"));
            assertThat(table("main", "kv").options()).isEqualTo(Map.of("without_rowid", "true", "strict", "true"));
            assertThat(table("main", "legacy").options()).isEmpty();
            assertThat(table("main", "customer").kind()).isEqualTo(TableKind.TABLE);
        }

        @Test
        @DisplayName("virtual tables are VIRTUAL with module and arguments; shadow tables are flagged")
        void virtualAndShadow() {
            TableInfo docs = table("main", "docs");
            assertThat(docs.kind()).isEqualTo(TableKind.VIRTUAL);
            assertThat(docs.options()).isEqualTo(Map.of("module", "fts5",
                    "module_args", "title, body, tokenize = 'porter ascii'"));
            assertThat(docs.columns()).extracting(ColumnInfo::name, ColumnInfo::hidden).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("title", false), org.assertj.core.groups.Tuple.tuple("body", false),
                    org.assertj.core.groups.Tuple.tuple("docs", true), org.assertj.core.groups.Tuple.tuple("rank", true));
            assertThat(table("main", "boxes").options()).isEqualTo(Map.of("module", "rtree",
                    "module_args", "id, minx, maxx"));
            assertThat(table("main", "docs_config").options())
                    .isEqualTo(Map.of("without_rowid", "true", "shadow", "true"));
            assertThat(table("main", "docs_data").options()).isEqualTo(Map.of("shadow", "true"));
            assertThat(table("main", "docs_data").kind()).isEqualTo(TableKind.TABLE);
        }

        @Test
        @DisplayName("nothing unreadable: no warnings")
        void noWarnings() {
            assertThat(schema.warnings()).isEmpty();
        }
    }

    @Nested
    @DisplayName("columns")
    class Columns {
        @Test
        @DisplayName("declared type and affinity, nullability, defaults, collation, rowid alias, generated columns")
        void customer() {
            assertThat(table("main", "customer").columns()).containsExactly(
                    column("id", 1, type("INTEGER", "INTEGER", List.of(), Types.INTEGER), false, null,
                            new ColumnIdentity(IdentityGeneration.BY_DEFAULT, null), null, null, false,
                            Map.of("affinity", "INTEGER", "pk_position", "1", "rowid_alias", "true")),
                    column("email", 2, type("TEXT", "TEXT", List.of(), Types.VARCHAR), false, null, null, null,
                            "NOCASE", false, Map.of("affinity", "TEXT")),
                    column("name", 3, type("VARCHAR(80)", "VARCHAR", List.of(80), Types.VARCHAR), false, "'anon'",
                            null, null, null, false, Map.of("affinity", "TEXT")),
                    column("score", 4, type("NUMERIC(10, 2)", "NUMERIC", List.of(10, 2), Types.NUMERIC), true,
                            "0.5 * 2", null, null, null, false, Map.of("affinity", "NUMERIC")),
                    column("created_at", 5, type("TEXT", "TEXT", List.of(), Types.VARCHAR), true,
                            "CURRENT_TIMESTAMP", null, null, null, false, Map.of("affinity", "TEXT")),
                    column("flags", 6, type("INT", "INT", List.of(), Types.INTEGER), true, "-1", null, null, null,
                            false, Map.of("affinity", "INTEGER")),
                    column("upper_name", 7, type("TEXT", "TEXT", List.of(), Types.VARCHAR), true, null, null,
                            new GeneratedColumn("upper(name)", false), null, false, Map.of("affinity", "TEXT")),
                    column("name_len", 8, type("INTEGER", "INTEGER", List.of(), Types.INTEGER), true, null, null,
                            new GeneratedColumn("length(name) + (1 - 1)", true), null, false,
                            Map.of("affinity", "INTEGER")));
        }

        @Test
        @DisplayName("STRICT ANY has no affinity; WITHOUT ROWID keys are NOT NULL; quoted names are unquoted")
        void strictAndQuoted() {
            assertThat(table("main", "kv").columns()).containsExactly(
                    column("k", 1, type("TEXT", "TEXT", List.of(), Types.VARCHAR), false, null, null, null, null,
                            false, Map.of("affinity", "TEXT", "pk_position", "1")),
                    column("v", 2, type("ANY", "ANY", List.of(), Types.OTHER), true, null, null, null, null, false,
                            Map.of("affinity", "BLOB")),
                    column("n", 3, type("INTEGER", "INTEGER", List.of(), Types.INTEGER), false, null, null, null,
                            null, false, Map.of("affinity", "INTEGER")));
            assertThat(table("main", "order").columns()).extracting(ColumnInfo::name, ColumnInfo::collation)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("order id", null),
                            org.assertj.core.groups.Tuple.tuple("line no", null),
                            org.assertj.core.groups.Tuple.tuple("customer_id", null),
                            org.assertj.core.groups.Tuple.tuple("amount", null),
                            org.assertj.core.groups.Tuple.tuple("note", "RTRIM"));
        }

        @Test
        @DisplayName("INTEGER PRIMARY KEY DESC is not a rowid alias, so it stays nullable (the legacy quirk)")
        void integerPrimaryKeyDesc() {
            assertThat(table("main", "intdesc").columns().get(0)).isEqualTo(
                    column("id", 1, type("INTEGER", "INTEGER", List.of(), Types.INTEGER), true, null, null, null,
                            null, false, Map.of("affinity", "INTEGER", "pk_position", "1")));
        }
    }

    @Nested
    @DisplayName("constraints")
    class Constraints {
        @Test
        @DisplayName("rowid-alias key, named UNIQUE, named and unnamed CHECKs with their columns")
        void customer() {
            TableRef ref = TableRef.of("main", "customer");
            assertThat(table("main", "customer").constraints()).containsExactly(
                    new PrimaryKey(null, ref, List.of("id")),
                    new UniqueConstraint("uq_customer_email", ref, List.of("email"), false, false, false),
                    new CheckConstraint("ck_score", ref, List.of("score"), "score >= 0 AND score <= 100", true),
                    new CheckConstraint(null, ref, List.of("email"), "length(email) > 3", true));
        }

        @Test
        @DisplayName("composite named key; foreign keys with implied parent key, actions, MATCH and DEFERRABLE")
        void order() {
            TableRef ref = TableRef.of("main", "order");
            TableRef customer = TableRef.of("main", "customer");
            assertThat(table("main", "order").constraints()).containsExactly(
                    new PrimaryKey("pk_order", ref, List.of("order id", "line no")),
                    new CheckConstraint(null, ref, List.of("amount"), "amount > (0)", true),
                    new ForeignKey("fk_order_customer2", ref, List.of("customer_id", "note"), customer,
                            List.of("id", "email"), MatchType.FULL, ReferentialAction.SET_NULL,
                            ReferentialAction.RESTRICT, false, false, true),
                    new ForeignKey(null, ref, List.of("customer_id"), customer, List.of("id"), MatchType.SIMPLE,
                            ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, true, true, true));
        }

        @Test
        @DisplayName("composite key and multi-column UNIQUE without names; virtual tables have none")
        void legacyAndVirtual() {
            TableRef ref = TableRef.of("main", "legacy");
            assertThat(table("main", "legacy").constraints()).containsExactly(
                    new PrimaryKey(null, ref, List.of("a", "b")),
                    new UniqueConstraint(null, ref, List.of("b", "a"), false, false, false));
            assertThat(table("main", "docs").constraints()).isEmpty();
        }
    }

    @Nested
    @DisplayName("indexes")
    class Indexes {
        @Test
        @DisplayName("partial, expression, collation and DESC keys; constraint-backed indexes marked by origin")
        void customer() {
            TableRef ref = TableRef.of("main", "customer");
            assertThat(table("main", "customer").indexes()).containsExactly(
                    new IndexInfo("ix_customer_expr", ref, true, null, List.of(
                            IndexElement.expression("lower(name)"), IndexElement.column("flags"),
                            new IndexElement("email", null, SortOrder.ASC, NullsOrder.DEFAULT, null, "RTRIM")),
                            List.of(), null, false, null, true, Map.of("origin", "c")),
                    new IndexInfo("ix_customer_partial", ref, false, null, List.of(
                            new IndexElement("created_at", null, SortOrder.DESC, NullsOrder.DEFAULT, null, null)),
                            List.of(), "score > 10 AND name <> 'x'", false, null, true, Map.of("origin", "c")),
                    new IndexInfo("sqlite_autoindex_customer_1", ref, true, null, List.of(
                            IndexElement.column("email")), List.of(), null, false, "uq_customer_email", true,
                            Map.of("origin", "u")));
        }

        @Test
        @DisplayName("primary-key and UNIQUE auto-indexes with DESC and a collation of their own")
        void legacy() {
            TableRef ref = TableRef.of("main", "legacy");
            assertThat(table("main", "legacy").indexes()).containsExactly(
                    new IndexInfo("sqlite_autoindex_legacy_1", ref, true, null, List.of(IndexElement.column("a"),
                            IndexElement.column("b")), List.of(), null, false, "sqlite_autoindex_legacy_1", true,
                            Map.of("origin", "pk")),
                    new IndexInfo("sqlite_autoindex_legacy_2", ref, true, null, List.of(
                            new IndexElement("b", null, SortOrder.DESC, NullsOrder.DEFAULT, null, null),
                            new IndexElement("a", null, SortOrder.ASC, NullsOrder.DEFAULT, null, "NOCASE")),
                            List.of(), null, false, "sqlite_autoindex_legacy_2", true, Map.of("origin", "u")));
            assertThat(index(table("main", "order"), "sqlite_autoindex_order_1").constraint()).isEqualTo("pk_order");
            assertThat(index(table("main", "order"), "ix order amount").elements()).containsExactly(
                    new IndexElement("amount", null, SortOrder.DESC, NullsOrder.DEFAULT, null, null),
                    IndexElement.column("note"));
        }

        @Test
        @DisplayName("indexes of attached and temp schemas")
        void otherSchemas() {
            assertThat(table("aux", "aux_t").indexes()).extracting(IndexInfo::name, IndexInfo::unique,
                    i -> i.options().get("origin")).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("aux_t_label", false, "c"),
                    org.assertj.core.groups.Tuple.tuple("sqlite_autoindex_aux_t_1", true, "u"));
            assertThat(table("temp", "scratch").indexes()).containsExactly(new IndexInfo("scratch_y",
                    TableRef.of("temp", "scratch"), false, null, List.of(IndexElement.column("y")), List.of(), null,
                    false, null, true, Map.of("origin", "c")));
        }
    }

    @Nested
    @DisplayName("views and triggers")
    class ViewsAndTriggers {
        @Test
        @DisplayName("views keep their query as written and resolve their columns")
        void views() {
            assertThat(schema.views()).extracting(v -> v.ref().displayName())
                    .containsExactly("aux.aux_v", "main.customer_orders", "main.named_cols");
            ViewInfo v = view("customer_orders");
            assertThat(v.definition()).isEqualTo("SELECT c.id, c.email, o.amount AS total\n"
                    + "FROM customer c JOIN \"order\" o ON o.customer_id = c.id");
            assertThat(v.materialized()).isFalse();
            assertThat(v.columns()).containsExactly(
                    column("id", 1, type("INTEGER", "INTEGER", List.of(), Types.INTEGER), true, null, null, null,
                            null, false, Map.of("affinity", "INTEGER")),
                    column("email", 2, type("TEXT", "TEXT", List.of(), Types.VARCHAR), true, null, null, null, null,
                            false, Map.of("affinity", "TEXT")),
                    column("total", 3, type("REAL", "REAL", List.of(), Types.REAL), true, null, null, null, null,
                            false, Map.of("affinity", "REAL")));
            assertThat(view("named_cols").columns()).extracting(ColumnInfo::name).containsExactly("a", "b");
        }

        @Test
        @DisplayName("table and INSTEAD OF triggers with timing, event, UPDATE OF columns and their SQL")
        void triggers() {
            assertThat(table("main", "customer").triggers()).containsExactly(new TriggerInfo("trg_customer_audit",
                    TableRef.of("main", "customer"), "AFTER", List.of("UPDATE"), List.of("email", "name"), true,
                    null, "CREATE TRIGGER trg_customer_audit AFTER UPDATE OF email, name ON customer FOR EACH ROW\n"
                    + "WHEN new.email <> old.email BEGIN UPDATE customer SET flags = flags + 1 WHERE id = new.id; END"));
            assertThat(view("named_cols").triggers()).containsExactly(new TriggerInfo("trg_view_insert",
                    TableRef.of("main", "named_cols"), "INSTEAD OF", List.of("INSERT"), List.of(), true, null,
                    "CREATE TRIGGER trg_view_insert INSTEAD OF INSERT ON named_cols\n"
                            + "BEGIN INSERT INTO customer(email, name) VALUES (new.b, new.b); END"));
            assertThat(table("aux", "aux_t").triggers()).extracting(TriggerInfo::name, TriggerInfo::timing)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("aux_trg", "BEFORE"));
        }
    }

    @Nested
    @DisplayName("capabilities and recommendations")
    class CapabilitiesAndRecommendations {
        @Test
        @DisplayName("the probe adds compile options, modules, foreign_keys, journal mode, page size and encoding")
        void probe() {
            assertThat(schema.capabilities().features()).contains("json", "fts5", "rtree", "math-functions",
                    "generated-columns", "returning", "strict-tables", "partial-indexes", "expression-indexes");
            Map<String, String> s = schema.capabilities().settings();
            assertThat(s).containsEntry("foreign_keys", "off").containsEntry("journal_mode", "delete")
                    .containsEntry("page_size", "4096").containsEntry("encoding", "UTF-8")
                    .containsEntry("sqlite_version", "3.54.1");
            assertThat(s.get("compile_options")).contains("ENABLE_FTS5", "ENABLE_MATH_FUNCTIONS");
        }

        @Test
        @DisplayName("foreign keys not enforced, AUTOINCREMENT, nullable primary-key columns of rowid tables")
        void recommendations() {
            assertThat(schema.recommendations()).containsExactly(
                    new Recommendation("sqlite-foreign-keys-off", Severity.WARNING, "main",
                            "2 foreign keys are declared in schema main but PRAGMA foreign_keys is off, so SQLite"
                                    + " does not enforce them; enable it on every connection that writes",
                            "PRAGMA foreign_keys = ON"),
                    new Recommendation("sqlite-autoincrement", Severity.INFO, "main.customer",
                            "AUTOINCREMENT on main.customer.id costs a sqlite_sequence update on every insert; the"
                                    + " INTEGER PRIMARY KEY alone already assigns unique rowids, so drop"
                                    + " AUTOINCREMENT unless ids of deleted rows must never be reused", null),
                    new Recommendation("sqlite-nullable-primary-key", Severity.WARNING, "main.intdesc",
                            "primary-key column id of rowid table main.intdesc accepts NULL (SQLite's legacy"
                                    + " quirk); declare it NOT NULL", null),
                    new Recommendation("sqlite-nullable-primary-key", Severity.WARNING, "main.legacy",
                            "primary-key columns a, b of rowid table main.legacy accept NULL (SQLite's legacy"
                                    + " quirk); declare them NOT NULL", null));
        }
    }
}
