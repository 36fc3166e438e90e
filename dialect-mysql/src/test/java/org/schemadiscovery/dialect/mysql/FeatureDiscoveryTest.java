package org.schemadiscovery.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.dialect.mysql.render.OptionKeys;
import org.schemadiscovery.tck.TestDatabase;

/**
 * What MariaDB 10.11 holds beyond the kit's scenarios: engine, character sets and collations, AUTO_INCREMENT,
 * virtual and stored generated columns, invisible columns, ON UPDATE, prefix, FULLTEXT, SPATIAL and IGNORED indexes,
 * partitions, system versioning, sequences, procedures, ordered triggers and views on views; and the same schema
 * rendered, applied to a fresh database and discovered again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("MariaDB features: read exactly, and round-tripped through the DDL renderer")
class FeatureDiscoveryTest {
    static final List<String> FEATURES = List.of(
            "CREATE TABLE parts (id bigint unsigned NOT NULL AUTO_INCREMENT,"
                    + " sku char(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,"
                    + " name varchar(100) NOT NULL DEFAULT 'n/a', body text, price decimal(8,2) NOT NULL DEFAULT 0.00,"
                    + " qty int NOT NULL DEFAULT 1, total decimal(10,2) AS (price * qty) VIRTUAL,"
                    + " secret int INVISIBLE DEFAULT 7,"
                    + " updated timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),"
                    + " pt point NOT NULL, status enum('new','old') NOT NULL DEFAULT 'new',"
                    + " PRIMARY KEY (id), UNIQUE KEY parts_sku_uq (sku), KEY parts_name_prefix (name(10)) COMMENT 'prefix',"
                    + " KEY parts_qty_ignored (qty) IGNORED, FULLTEXT KEY parts_body_ft (body),"
                    + " SPATIAL KEY parts_pt_sp (pt), CONSTRAINT parts_qty_ck CHECK (qty >= 0))"
                    + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci AUTO_INCREMENT=42"
                    + " COMMENT='parts ''list'''",
            "CREATE TABLE logs (id int NOT NULL, y int NOT NULL, PRIMARY KEY (id, y)) ENGINE=InnoDB"
                    + " PARTITION BY RANGE (y) (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE)",
            "CREATE TABLE hashed (id int NOT NULL PRIMARY KEY) PARTITION BY HASH (id) PARTITIONS 3",
            "CREATE TABLE legacy (id int NOT NULL PRIMARY KEY) ENGINE=MyISAM",
            "CREATE TABLE orders (id int NOT NULL PRIMARY KEY, part_id bigint unsigned NULL,"
                    + " CONSTRAINT orders_part_fk FOREIGN KEY (part_id) REFERENCES parts (id)"
                    + " ON DELETE SET NULL ON UPDATE CASCADE)",
            "CREATE TABLE versioned (id int NOT NULL PRIMARY KEY, v int) WITH SYSTEM VERSIONING",
            "CREATE SEQUENCE seq_used START WITH 10 INCREMENT BY 5 CACHE 1",
            "CREATE PROCEDURE p_count(IN lim int, OUT n bigint) READS SQL DATA"
                    + " BEGIN SELECT COUNT(*) INTO n FROM parts WHERE qty < lim; END",
            "CREATE TRIGGER orders_bi1 BEFORE INSERT ON orders FOR EACH ROW SET NEW.id = NEW.id",
            "CREATE TRIGGER orders_bi2 BEFORE INSERT ON orders FOR EACH ROW FOLLOWS orders_bi1 SET NEW.id = NEW.id + 0",
            "CREATE VIEW z_parts AS SELECT id, name FROM parts",
            "CREATE VIEW a_v AS SELECT id FROM z_parts");

    private final LocalDatabases databases = new LocalDatabases();
    private TestDatabase db;
    private SchemaInfo schema;

    @BeforeAll
    void discover() throws Exception {
        db = databases.create(FEATURES);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeQuery("SELECT NEXTVAL(seq_used)").close();
        }
        schema = LocalDatabases.discovery().discover(db.jdbcUrl(), db.properties());
    }

    @AfterAll
    void drop() throws Exception {
        databases.close();
    }

    private TableRef ref(String name) {
        return TableRef.of(db.name(), name);
    }

    private TableInfo table(String name) {
        return schema.table(ref(name)).orElseThrow();
    }

    private static DataType type(String declared, String base, int jdbc, Integer... modifiers) {
        return new DataType(declared, base, Arrays.asList(modifiers), 0, TypeCategory.BUILTIN, null, jdbc);
    }

    private static ColumnInfo column(String name, int ordinal, DataType type, boolean nullable, String def) {
        return new ColumnInfo(name, ordinal, type, nullable, def, null, null, null, null, false, Map.of());
    }

    @Test
    @DisplayName("no warnings; the tables, views, the sequence and the procedure of the database, nothing else")
    void inventory() {
        assertThat(schema.warnings()).isEmpty();
        assertThat(schema.schemas()).containsExactly(db.name());
        assertThat(schema.tables()).extracting(t -> t.ref().name())
                .containsExactly("hashed", "legacy", "logs", "orders", "parts", "versioned");
        assertThat(schema.views()).extracting(v -> v.ref().name()).containsExactly("a_v", "z_parts");
        assertThat(schema.sequences()).extracting(q -> q.ref().name()).containsExactly("seq_used");
        assertThat(schema.routines()).extracting(r -> r.ref().name()).containsExactly("p_count");
    }

    @Test
    @DisplayName("columns: unsigned, character set and collation of their own, virtual generated, invisible, ON UPDATE, enum")
    void columns() {
        assertThat(table("parts").columns()).containsExactly(
                new ColumnInfo("id", 1, type("bigint(20) unsigned", "bigint", Types.BIGINT, 20), false, null,
                        new ColumnIdentity(IdentityGeneration.BY_DEFAULT, null), null, null, null, false, Map.of()),
                new ColumnInfo("sku", 2, type("char(8)", "char", Types.CHAR, 8), false, null, null, null, "ascii_bin",
                        null, false, Map.of(OptionKeys.CHARSET, "ascii")),
                column("name", 3, type("varchar(100)", "varchar", Types.VARCHAR, 100), false, "'n/a'"),
                column("body", 4, type("text", "text", Types.LONGVARCHAR), true, null),
                column("price", 5, type("decimal(8,2)", "decimal", Types.DECIMAL, 8, 2), false, "0.00"),
                column("qty", 6, type("int(11)", "int", Types.INTEGER, 11), false, "1"),
                new ColumnInfo("total", 7, type("decimal(10,2)", "decimal", Types.DECIMAL, 10, 2), true, null, null,
                        new GeneratedColumn("`price` * `qty`", false), null, null, false, Map.of()),
                new ColumnInfo("secret", 8, type("int(11)", "int", Types.INTEGER, 11), true, "7", null, null, null,
                        null, true, Map.of()),
                new ColumnInfo("updated", 9, type("timestamp", "timestamp", Types.TIMESTAMP), false,
                        "current_timestamp()", null, null, null, null, false,
                        Map.of(OptionKeys.ON_UPDATE, "current_timestamp()")),
                column("pt", 10, type("point", "point", Types.OTHER), false, null),
                column("status", 11, type("enum('new','old')", "enum", Types.CHAR), false, "'new'"));
    }

    @Test
    @DisplayName("table options: engine, character set, collation, AUTO_INCREMENT, comment, system versioning")
    void tableOptions() {
        TableInfo parts = table("parts");
        assertThat(parts.options()).isEqualTo(Map.of(OptionKeys.ENGINE, "InnoDB", OptionKeys.CHARSET, "utf8mb4",
                OptionKeys.COLLATION, "utf8mb4_unicode_ci", OptionKeys.AUTO_INCREMENT, "42"));
        assertThat(parts.comment()).isEqualTo("parts 'list'");
        assertThat(table("legacy").options()).containsEntry(OptionKeys.ENGINE, "MyISAM");
        assertThat(table("versioned").options()).containsEntry(OptionKeys.SYSTEM_VERSIONING, "true");
    }

    @Test
    @DisplayName("indexes: PRIMARY and unique keys back their constraints; prefix, comment, IGNORED, FULLTEXT, SPATIAL")
    void indexes() {
        TableRef t = ref("parts");
        assertThat(table("parts").indexes()).containsExactly(
                new IndexInfo("PRIMARY", t, true, "btree", List.of(IndexElement.column("id")), List.of(), null, false,
                        "PRIMARY", true, Map.of()),
                new IndexInfo("parts_body_ft", t, false, "fulltext", List.of(IndexElement.column("body")), List.of(),
                        null, false, null, true, Map.of()),
                IndexInfo.builder("parts_name_prefix", t).method("btree").elements(List.of(IndexElement.column("name")))
                        .valid(true).options(Map.of(OptionKeys.SUB_PART + "1", "10")).comment("prefix").build(),
                new IndexInfo("parts_pt_sp", t, false, "spatial", List.of(IndexElement.column("pt")), List.of(), null,
                        false, null, true, Map.of()),
                new IndexInfo("parts_qty_ignored", t, false, "btree", List.of(IndexElement.column("qty")), List.of(),
                        null, false, null, true, Map.of(OptionKeys.INVISIBLE, "true")),
                new IndexInfo("parts_sku_uq", t, true, "btree", List.of(IndexElement.column("sku")), List.of(), null,
                        false, "parts_sku_uq", true, Map.of()));
        assertThat(table("orders").indexes()).extracting(IndexInfo::name, IndexInfo::constraint)
                .containsExactly(tuple("PRIMARY", "PRIMARY"), tuple("orders_part_fk", "orders_part_fk"));
    }

    @Test
    @DisplayName("constraints: PRIMARY, UNIQUE, CHECK with its column, a foreign key with SET NULL and CASCADE")
    void constraints() {
        TableRef t = ref("parts");
        assertThat(table("parts").constraints()).containsExactly(new PrimaryKey("PRIMARY", t, List.of("id")),
                new UniqueConstraint("parts_sku_uq", t, List.of("sku"), false, false, false),
                new CheckConstraint("parts_qty_ck", t, List.of("qty"), "`qty` >= 0", true));
        assertThat(table("orders").foreignKeys()).containsExactly(new ForeignKey("orders_part_fk", ref("orders"),
                List.of("part_id"), t, List.of("id"), MatchType.SIMPLE, ReferentialAction.CASCADE,
                ReferentialAction.SET_NULL, false, false, true));
    }

    @Test
    @DisplayName("partitions: PARTITIONED tables with method, expression and definitions")
    void partitions() {
        TableInfo logs = table("logs");
        assertThat(logs.kind()).isEqualTo(TableKind.PARTITIONED);
        assertThat(logs.partition()).isEqualTo(new PartitionInfo("RANGE", "`y`", null, null));
        assertThat(logs.options()).containsEntry(OptionKeys.PARTITIONS,
                "PARTITION `p0` VALUES LESS THAN (2000), PARTITION `p1` VALUES LESS THAN MAXVALUE");
        TableInfo hashed = table("hashed");
        assertThat(hashed.partition()).isEqualTo(new PartitionInfo("HASH", "`id`", null, null));
        assertThat(hashed.options()).containsEntry(OptionKeys.PARTITIONS,
                "PARTITION `p0`, PARTITION `p1`, PARTITION `p2`");
        assertThat(table("parts").kind()).isEqualTo(TableKind.TABLE);
    }

    @Test
    @DisplayName("sequence: parameters and the last value handed out (CACHE 1: exact)")
    void sequence() {
        assertThat(schema.sequences()).containsExactly(new SequenceInfo(ref("seq_used"), "bigint", 10, 5, 1,
                9223372036854775806L, 1, false, null, 10L));
    }

    @Test
    @DisplayName("procedure: IN/OUT arguments, no return type, SQL, its body")
    void procedure() {
        assertThat(schema.routines()).extracting(RoutineInfo::owner).as("the definer").doesNotContainNull();
        assertThat(schema.routines()).extracting(r -> r.toBuilder().owner(null).build()).containsExactly(
                new RoutineInfo(ref("p_count"), "IN lim int(11), OUT n bigint(20)", RoutineKind.PROCEDURE, "SQL",
                        null, "BEGIN SELECT COUNT(*) INTO n FROM parts WHERE qty < lim; END"));
    }

    @Test
    @DisplayName("triggers: inline bodies, the second FOLLOWS the first")
    void triggers() {
        TableRef t = ref("orders");
        assertThat(table("orders").triggers()).containsExactly(
                new TriggerInfo("orders_bi1", t, "BEFORE", List.of("INSERT"), List.of(), true, null,
                        "CREATE TRIGGER `orders_bi1` BEFORE INSERT ON `orders` FOR EACH ROW SET NEW.id = NEW.id"),
                new TriggerInfo("orders_bi2", t, "BEFORE", List.of("INSERT"), List.of(), true, null,
                        "CREATE TRIGGER `orders_bi2` BEFORE INSERT ON `orders` FOR EACH ROW FOLLOWS `orders_bi1`"
                                + " SET NEW.id = NEW.id + 0"));
    }

    @Test
    @DisplayName("views: definitions without their database's name, columns, definer as owner")
    void views() {
        ViewInfo a = schema.views().get(0);
        assertThat(a.definition()).isEqualTo("select `z_parts`.`id` AS `id` from `z_parts`");
        assertThat(a.columns()).extracting(ColumnInfo::name).containsExactly("id");
        assertThat(schema.views().get(1).definition())
                .isEqualTo("select `parts`.`id` AS `id`,`parts`.`name` AS `name` from `parts`");
        assertThat(a.owner()).contains("@");
    }

    @Test
    @DisplayName("recommendations: the MyISAM table")
    void recommendations() {
        assertThat(schema.recommendations()).filteredOn(r -> r.ruleId().startsWith("mysql-"))
                .extracting(Recommendation::ruleId, Recommendation::severity, Recommendation::object,
                        Recommendation::suggestedDdl)
                .containsExactly(tuple("mysql-non-transactional-engine", Severity.WARNING, db.name() + ".legacy",
                        "ALTER TABLE `" + db.name() + "`.`legacy` ENGINE=InnoDB"));
    }

    @Test
    @DisplayName("DDL round trip of all of it: the copy discovers equal (database name and sequence position aside)")
    void roundTrip() throws Exception {
        List<String> script = LocalDatabases.discovery().renderer("mysql").orElseThrow().script(schema);
        TestDatabase copy = databases.create(script);
        SchemaInfo again = LocalDatabases.discovery().discover(copy.jdbcUrl(), copy.properties());
        assertThat(again.warnings()).isEmpty();
        assertThat(Normalized.of(again, copy.name())).isEqualTo(Normalized.of(schema, db.name()));
    }
}
