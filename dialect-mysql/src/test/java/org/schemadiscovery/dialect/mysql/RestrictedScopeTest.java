package org.schemadiscovery.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.tck.TestDatabase;

@DisplayName("table restriction: the named tables and views only, with the same statements")
class RestrictedScopeTest {
    private static final String TABLE = "Mixed \"Quoted\", Table.1 's";
    private static final String VIEW = "View, with.dots";
    private static final List<String> DDL = List.of(
            "CREATE TABLE parent (id int NOT NULL PRIMARY KEY, code varchar(10) UNIQUE)",
            "CREATE TABLE `Mixed \"Quoted\", Table.1 's` (id int NOT NULL PRIMARY KEY, `Ref Id` int,"
                    + " code varchar(10), qty int CHECK (qty > 0),"
                    + " CONSTRAINT `fk, \"1\"` FOREIGN KEY (`Ref Id`) REFERENCES parent (id) ON DELETE CASCADE,"
                    + " UNIQUE KEY `uq.code` (code, qty), KEY `Idx, 1` (code DESC)) COMMENT 'odd'",
            "CREATE TRIGGER `trg.1` BEFORE INSERT ON `Mixed \"Quoted\", Table.1 's` FOR EACH ROW SET NEW.qty = 1",
            "CREATE VIEW `View, with.dots` AS SELECT id, code FROM `Mixed \"Quoted\", Table.1 's`",
            // near misses: none of them may come back
            "CREATE TABLE `Mixed \"Quoted\"` (id int, r int, FOREIGN KEY (r) REFERENCES parent (id))",
            "CREATE TABLE `Table.1 's` (id int, KEY k (id))",
            "CREATE TABLE `mixed \"quoted\", table.1 's_` (id int CHECK (id > 1))",
            "CREATE VIEW `View` AS SELECT 1 AS one",
            "CREATE TABLE other (id int NOT NULL PRIMARY KEY, r int, FOREIGN KEY (r) REFERENCES parent (id))",
            "CREATE TRIGGER other_trg BEFORE INSERT ON other FOR EACH ROW SET NEW.r = 1");

    private final LocalDatabases databases = new LocalDatabases();

    @AfterEach
    void drop() throws Exception {
        databases.close();
    }

    private static SchemaInfo discover(TestDatabase db, DiscoveryOptions options) {
        return SchemaDiscovery.builder().loadServices(false).register(new MysqlDiscoveryStrategy())
                .register(new MysqlIndexDiscovery()).register(new MysqlConstraintDiscovery())
                .register(new MysqlDdlRenderer()).options(options).build().discover(db.jdbcUrl(), db.properties());
    }

    @Test
    @DisplayName("exactly the named table and view, each equal to the full discovery's; its foreign key kept")
    void restrictedEqualsSubset() throws Exception {
        TestDatabase db = databases.create(DDL);
        SchemaInfo all = discover(db, DiscoveryOptions.defaults());
        String schema = all.schemas().get(0);
        TableRef table = TableRef.of(schema, TABLE);
        TableRef view = TableRef.of(schema, VIEW);
        DiscoveryOptions o = DiscoveryOptions.defaults();
        SchemaInfo some = discover(db, new DiscoveryOptions(o.scope().onlyTables(Set.of(table, view)), o.timeout(),
                o.statementTimeout(), o.maxReconnects(), o.initialBackoff(), o.maxConnections()));

        assertThat(some.warnings()).isEmpty();
        assertThat(some.tables()).extracting(TableInfo::ref).containsExactly(table);
        assertThat(some.views()).extracting(ViewInfo::ref).containsExactly(view);
        assertThat(some.tables().get(0)).isEqualTo(all.table(table).orElseThrow());
        assertThat(some.views().get(0)).isEqualTo(all.views().stream().filter(v -> v.ref().equals(view))
                .findFirst().orElseThrow());
        TableInfo read = some.tables().get(0);
        assertThat(read.foreignKeys()).singleElement().extracting(ForeignKey::referencedTable)
                .isEqualTo(TableRef.of(schema, "parent"));
        assertThat(read.indexes()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(read.triggers()).hasSize(1);
        assertThat(read.constraints()).filteredOn(c -> c instanceof CheckConstraint).hasSize(1);

        assertThat(some.metrics().statementTexts()).isEqualTo(all.metrics().statementTexts());
        assertThat(some.metrics().rowsRead()).isLessThan(all.metrics().rowsRead());
        System.out.printf("restricted: statements %d / %d, rows read %d / %d%n",
                some.metrics().statementsExecuted(), all.metrics().statementsExecuted(),
                some.metrics().rowsRead(), all.metrics().rowsRead());
    }
}
