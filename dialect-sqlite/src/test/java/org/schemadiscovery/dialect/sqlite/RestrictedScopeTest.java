package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;

@DisplayName("table restriction: the named tables and views only, with the same statements")
class RestrictedScopeTest {
    private static final String TABLE = "Mixed \"Quoted\", Table.1 's";
    private static final String VIEW = "View, with.dots";
    private static final String AUX_TABLE = "Aux, \"T\".x";

    @TempDir
    Path dir;

    private static final List<String> MAIN = List.of(
            "CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE)",
            "CREATE TABLE \"Mixed \"\"Quoted\"\", Table.1 's\" (id INTEGER PRIMARY KEY,"
                    + " \"Ref Id\" INTEGER REFERENCES parent, code TEXT REFERENCES parent (code) ON DELETE CASCADE,"
                    + " qty INTEGER CHECK (qty > 0), UNIQUE (code, qty))",
            "CREATE INDEX \"Idx, 1\" ON \"mixed \"\"quoted\"\", TABLE.1 's\" (lower(code)) WHERE qty > 1",
            "CREATE TRIGGER \"trg.1\" AFTER INSERT ON \"Mixed \"\"Quoted\"\", Table.1 's\" BEGIN SELECT 1; END",
            "CREATE VIEW \"View, with.dots\" AS SELECT id, code FROM \"Mixed \"\"Quoted\"\", Table.1 's\"",
            "CREATE TRIGGER \"v trg\" INSTEAD OF INSERT ON \"View, with.dots\" BEGIN SELECT 1; END",
            // near misses: none of them may come back
            "CREATE TABLE \"Mixed \"\"Quoted\"\"\" (id INTEGER)",
            "CREATE TABLE \"Table.1 's\" (id INTEGER REFERENCES parent)",
            "CREATE VIEW \"View\" AS SELECT 1 AS one",
            "CREATE TABLE other (id INTEGER PRIMARY KEY, r INTEGER REFERENCES parent)",
            "CREATE INDEX other_r ON other (r)");

    private static final List<String> AUX = List.of(
            "CREATE TABLE \"Aux, \"\"T\"\".x\" (id INTEGER PRIMARY KEY, label TEXT UNIQUE)",
            "CREATE TABLE \"Mixed \"\"Quoted\"\", Table.1 's\" (id INTEGER PRIMARY KEY)",
            "CREATE INDEX aux_label ON \"Aux, \"\"T\"\".x\" (label DESC)");

    private SchemaInfo discover(Path file, DiscoveryOptions options) throws Exception {
        try (Connection c = Fixtures.openReadOnly(file)) {
            try (Statement st = c.createStatement()) {
                st.execute("ATTACH DATABASE '" + dir.resolve("aux db.sqlite").toString().replace("'", "''")
                        + "' AS \"Aux.Db\"");
            }
            return LocalDiscovery.discover(c, options);
        }
    }

    private static DiscoveryOptions restricted(DiscoveryOptions o, Set<TableRef> tables) {
        return new DiscoveryOptions(o.scope().onlyTables(tables), o.timeout(), o.statementTimeout(),
                o.maxReconnects(), o.initialBackoff(), o.maxConnections());
    }

    @Test
    @DisplayName("main and an attached schema: exactly the named tables and views, each equal to the full discovery's")
    void restrictedEqualsSubset() throws Exception {
        Fixtures.create(dir.resolve("aux db.sqlite"), AUX);
        Path file = Fixtures.create(dir.resolve("main.sqlite"), MAIN);
        TableRef table = TableRef.of("main", TABLE);
        TableRef view = TableRef.of("main", VIEW);
        TableRef aux = TableRef.of("Aux.Db", AUX_TABLE);
        SchemaInfo all = discover(file, DiscoveryOptions.defaults());
        SchemaInfo some = discover(file, restricted(DiscoveryOptions.defaults(), Set.of(table, view, aux)));

        assertThat(some.warnings()).isEmpty();
        assertThat(some.tables()).extracting(TableInfo::ref).containsExactlyInAnyOrder(table, aux);
        assertThat(some.views()).extracting(ViewInfo::ref).containsExactly(view);
        for (TableInfo t : some.tables()) {
            assertThat(t).isEqualTo(all.table(t.ref()).orElseThrow());
        }
        assertThat(some.views().get(0)).isEqualTo(all.views().stream().filter(v -> v.ref().equals(view))
                .findFirst().orElseThrow());
        TableInfo read = some.table(table).orElseThrow();
        assertThat(read.constraints()).filteredOn(c -> c instanceof ForeignKey).hasSize(2)
                .allSatisfy(c -> assertThat(((ForeignKey) c).referencedTable()).isEqualTo(TableRef.of("main",
                        "parent")));
        assertThat(read.foreignKeys()).anySatisfy(f -> assertThat(f.referencedColumns()).containsExactly("id"));
        assertThat(read.indexes()).isNotEmpty();
        assertThat(read.triggers()).isNotEmpty();
        assertThat(some.views().get(0).triggers()).isNotEmpty();

        assertThat(some.metrics().statementTexts()).isEqualTo(all.metrics().statementTexts());
        assertThat(some.metrics().rowsRead()).isLessThan(all.metrics().rowsRead());
        System.out.printf("restricted: statements %d / %d, rows read %d / %d%n",
                some.metrics().statementsExecuted(), all.metrics().statementsExecuted(),
                some.metrics().rowsRead(), all.metrics().rowsRead());
    }

    @Test
    @DisplayName("through core's facade with the read-ahead connection: the same statements, the named table only")
    void facadeWithReadAhead() throws Exception {
        Path file = Fixtures.create(dir.resolve("facade.sqlite"), MAIN);
        TableRef table = TableRef.of("main", TABLE);
        var full = CoreFacadeTest.facade();
        SchemaInfo all = full.discover("jdbc:sqlite:" + file, CoreFacadeTest.readOnly());
        var only = org.schemadiscovery.core.SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery()).register(new SqliteDdlRenderer())
                .options(restricted(DiscoveryOptions.defaults(), Set.of(table))).build();
        SchemaInfo some = only.discover("jdbc:sqlite:" + file, CoreFacadeTest.readOnly());
        assertThat(some.tables()).containsExactly(all.table(table).orElseThrow());
        assertThat(some.views()).isEmpty();
        assertThat(some.metrics().statementTexts()).isEqualTo(all.metrics().statementTexts());
        assertThat(some.metrics().rowsRead()).isLessThan(all.metrics().rowsRead());
    }
}
