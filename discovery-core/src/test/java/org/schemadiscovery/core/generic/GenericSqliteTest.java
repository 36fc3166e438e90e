package org.schemadiscovery.core.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadiscovery.core.generic.Expect.asc;
import static org.schemadiscovery.core.generic.Expect.col;
import static org.schemadiscovery.core.generic.Expect.index;
import static org.schemadiscovery.core.generic.Expect.type;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RelationshipKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.testing.Sqlite;

@DisplayName("generic strategy on a real SQLite file")
class GenericSqliteTest {
    @TempDir
    static Path dir;
    static String url;
    static SchemaInfo schema;

    static final TableRef AUDIT = TableRef.of("main", "audit_log");
    static final TableRef CUSTOMER = TableRef.of("main", "customer");
    static final TableRef ORDER = TableRef.of("main", "order");
    static final TableRef ITEM = TableRef.of("main", "order_item");
    static final TableRef PRODUCT = TableRef.of("main", "product");
    static final TableRef PROFILE = TableRef.of("main", "profile");

    @BeforeAll
    static void discover() {
        url = Sqlite.create(dir,
                "CREATE TABLE customer (id INTEGER PRIMARY KEY NOT NULL, email VARCHAR(120) NOT NULL, name TEXT,"
                        + " created DATE DEFAULT CURRENT_DATE, score REAL)",
                "CREATE UNIQUE INDEX customer_email_uq ON customer(email)",
                "CREATE TABLE \"order\" (id INTEGER PRIMARY KEY NOT NULL,"
                        + " customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE, note TEXT)",
                "CREATE TABLE product (sku TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL)",
                "CREATE TABLE order_item (order_id INTEGER NOT NULL, sku TEXT NOT NULL, qty INTEGER DEFAULT 1,"
                        + " PRIMARY KEY(order_id, sku),"
                        + " CONSTRAINT fk_item_order FOREIGN KEY (order_id) REFERENCES \"order\"(id),"
                        + " CONSTRAINT fk_item_product FOREIGN KEY (sku) REFERENCES product(sku) ON UPDATE CASCADE)",
                "CREATE TABLE profile (customer_id INTEGER PRIMARY KEY REFERENCES customer(id), bio TEXT)",
                "CREATE TABLE audit_log (at TEXT, message TEXT)",
                "CREATE INDEX audit_at ON audit_log(at)",
                "CREATE INDEX audit_at_msg ON audit_log(at, message)",
                "CREATE VIEW big_orders AS SELECT id, customer_id FROM \"order\" WHERE customer_id > 100");
        schema = SchemaDiscovery.builder().build().discover(url);
    }

    @Test
    @DisplayName("identity: SQLite, generic dialect, URL as given")
    void identity() {
        assertThat(schema.identity().product()).isEqualTo("SQLite");
        assertThat(schema.identity().dialect()).isEqualTo("generic");
        assertThat(schema.identity().url()).isEqualTo(url);
        assertThat(schema.schemas()).containsExactly("main");
        assertThat(schema.warnings()).isEmpty();
    }

    @Test
    @DisplayName("tables sorted by reference, sqlite_% internals excluded")
    void tables() {
        assertThat(schema.tables()).extracting(TableInfo::ref)
                .containsExactly(AUDIT, CUSTOMER, ORDER, ITEM, PRODUCT, PROFILE);
        assertThat(schema.tables()).extracting(TableInfo::kind).containsOnly(TableKind.TABLE);
    }

    @Test
    @DisplayName("columns: names, ordinals, types, nullability and defaults exactly")
    void columns() {
        assertThat(schema.table(CUSTOMER).orElseThrow().columns()).containsExactly(
                col("id", 1, type("INTEGER", Types.INTEGER), false),
                col("email", 2, type("VARCHAR", Types.VARCHAR, 120), false),
                col("name", 3, type("TEXT", Types.VARCHAR), true),
                col("created", 4, type("DATE", Types.VARCHAR), true, "CURRENT_DATE"),
                col("score", 5, type("REAL", Types.FLOAT), true));
        assertThat(schema.table(ITEM).orElseThrow().columns()).containsExactly(
                col("order_id", 1, type("INTEGER", Types.INTEGER), false),
                col("sku", 2, type("TEXT", Types.VARCHAR), false),
                col("qty", 3, type("INTEGER", Types.INTEGER), true, "1"));
        // sqlite-jdbc reports an INTEGER PRIMARY KEY without NOT NULL as nullable
        assertThat(schema.table(PROFILE).orElseThrow().columns()).containsExactly(
                col("customer_id", 1, type("INTEGER", Types.INTEGER), true),
                col("bio", 2, type("TEXT", Types.VARCHAR), true));
    }

    @Test
    @DisplayName("primary and foreign keys with names, columns and actions")
    void keys() {
        assertThat(schema.table(ITEM).orElseThrow().constraints()).containsExactly(
                new PrimaryKey(null, ITEM, List.of("order_id", "sku")),
                new ForeignKey("fk_item_order", ITEM, List.of("order_id"), ORDER, List.of("id"), MatchType.SIMPLE,
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false, true),
                new ForeignKey("fk_item_product", ITEM, List.of("sku"), PRODUCT, List.of("sku"), MatchType.SIMPLE,
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false, true));
        assertThat(schema.table(ORDER).orElseThrow().constraints()).containsExactly(
                new PrimaryKey(null, ORDER, List.of("id")),
                new ForeignKey(null, ORDER, List.of("customer_id"), CUSTOMER, List.of("id"), MatchType.SIMPLE,
                        ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, false, false, true));
        assertThat(schema.table(AUDIT).orElseThrow().constraints()).isEmpty();
    }

    @Test
    @DisplayName("indexes: unique, constraint-backed autoindexes, composite")
    void indexes() {
        assertThat(schema.table(CUSTOMER).orElseThrow().indexes()).containsExactly(
                index("customer_email_uq", CUSTOMER, true, null, null, asc("email")));
        assertThat(schema.table(ITEM).orElseThrow().indexes()).containsExactly(
                index("sqlite_autoindex_order_item_1", ITEM, true, "sqlite_autoindex_order_item_1", null,
                        asc("order_id"), asc("sku")));
        assertThat(schema.table(AUDIT).orElseThrow().indexes()).containsExactly(
                index("audit_at", AUDIT, false, null, null, asc("at")),
                index("audit_at_msg", AUDIT, false, null, null, asc("at"), asc("message")));
        assertThat(schema.table(ORDER).orElseThrow().indexes()).isEmpty();
    }

    @Test
    @DisplayName("views with their columns")
    void views() {
        assertThat(schema.views()).containsExactly(new ViewInfo(TableRef.of("main", "big_orders"), null, false,
                List.of(col("id", 1, type("INTEGER", Types.INTEGER), true),
                        col("customer_id", 2, type("INTEGER", Types.INTEGER), true)),
                List.of(), List.of(), null, null));
    }

    @Test
    @DisplayName("relationships: 1:1 profile, 1:N orders, N:M through order_item")
    void relationships() {
        assertThat(schema.relationships()).containsExactly(
                new Relationship(RelationshipKind.ONE_TO_MANY, CUSTOMER, List.of("id"), ORDER,
                        List.of("customer_id"), null, List.of()),
                new Relationship(RelationshipKind.ONE_TO_ONE, CUSTOMER, List.of("id"), PROFILE,
                        List.of("customer_id"), null, List.of()),
                new Relationship(RelationshipKind.ONE_TO_MANY, ORDER, List.of("id"), ITEM, List.of("order_id"),
                        null, List.of("fk_item_order")),
                new Relationship(RelationshipKind.MANY_TO_MANY, ORDER, List.of("id"), PRODUCT, List.of("sku"), ITEM,
                        List.of("fk_item_order", "fk_item_product")),
                new Relationship(RelationshipKind.ONE_TO_MANY, PRODUCT, List.of("sku"), ITEM, List.of("sku"), null,
                        List.of("fk_item_product")));
    }

    @Test
    @DisplayName("generic recommendations: unindexed FKs, missing PK, redundant index")
    void recommendations() {
        assertThat(schema.recommendations()).extracting(r -> r.ruleId() + " " + r.object() + " " + r.suggestedDdl())
                .containsExactly(
                        "fk-without-index main.order CREATE INDEX \"order_customer_id_idx\" ON \"main\".\"order\""
                                + " (\"customer_id\")",
                        "fk-without-index main.order_item CREATE INDEX \"order_item_sku_idx\" ON"
                                + " \"main\".\"order_item\" (\"sku\")",
                        "redundant-index main.audit_log DROP INDEX \"main\".\"audit_at\"",
                        "table-without-primary-key main.audit_log null");
    }

    @Test
    @DisplayName("metrics: metadata calls in order, per table where JDBC requires a table name")
    void metrics() {
        List<String> expected = new java.util.ArrayList<>(List.of("metadata:getSchemas", "metadata:getTableTypes",
                "metadata:getTables", "metadata:getColumns"));
        expected.addAll(Collections.nCopies(6, "metadata:getPrimaryKeys"));
        expected.addAll(Collections.nCopies(6, "metadata:getIndexInfo"));
        expected.addAll(Collections.nCopies(6, "metadata:getImportedKeys"));
        assertThat(schema.metrics().statementTexts()).isEqualTo(expected);
        assertThat(schema.metrics().statementsExecuted()).isEqualTo(expected.size());
        assertThat(schema.metrics().rowsRead()).isPositive();
        assertThat(schema.metrics().phases()).extracting(p -> p.phase() + "=" + p.statements()).containsExactly(
                "probe=0", "schemas=1", "schema-details=0", "tables=3", "views=0", "sequences=0", "types=0",
                "routines=0", "extensions=0", "indexes=12", "constraints=6", "relationships=0", "recommendations=0");
    }

    @Test
    @DisplayName("a bare Connection gives the same model and stays open")
    void bareConnection() throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            SchemaInfo again = SchemaDiscovery.builder().dialect("generic").build().discover(c);
            assertThat(again.withMetrics(null)).isEqualTo(schema.withMetrics(null));
            assertThat(c.isClosed()).isFalse();
        }
    }
}
