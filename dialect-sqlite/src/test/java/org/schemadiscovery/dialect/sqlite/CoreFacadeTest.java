package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.registry.DialectPlugin;
import org.schemadiscovery.dialect.sqlite.catalog.CatalogSql;
import org.schemadiscovery.dialect.sqlite.catalog.SchemaRow;

@DisplayName("through core's facade")
class CoreFacadeTest {
    private static final List<SchemaRow> MAIN = List.of(new SchemaRow(0, "main", ""));

    @TempDir
    Path dir;

    /** The read-only recipe core and the CLI apply to {@code jdbc:sqlite:} URLs. */
    static Properties readOnly() {
        Properties p = new Properties();
        p.setProperty("open_mode", "65");
        return p;
    }

    static SchemaDiscovery facade() {
        return SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery()).register(new SqliteDdlRenderer())
                .build();
    }

    private SchemaInfo discoverWorkload(int tables) throws Exception {
        Path file = Fixtures.create(dir.resolve("w" + tables + ".sqlite"), Fixtures.workload(tables));
        return facade().discover("jdbc:sqlite:" + file, readOnly());
    }

    @Test
    @DisplayName("the registered plugin is complete, chosen by score, and renders DDL")
    void registration() throws Exception {
        SchemaDiscovery sd = facade();
        assertThat(sd.registry().problems()).isEmpty();
        DialectPlugin plugin = sd.registry().dialect("sqlite").orElseThrow();
        assertThat(plugin.strategy()).isInstanceOf(SqliteDiscoveryStrategy.class);
        assertThat(plugin.renderer()).containsInstanceOf(SqliteDdlRenderer.class);
        assertThat(sd.renderer("sqlite")).isPresent();
        Path file = Fixtures.create(dir.resolve("one.sqlite"), List.of("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
        try (Connection c = Fixtures.openReadOnly(file)) {
            assertThat(sd.identify(c).dialect()).isEqualTo("sqlite");
        }
    }

    @Test
    @DisplayName("ServiceLoader on the class path finds all four services")
    void serviceLoading() {
        SchemaDiscovery sd = SchemaDiscovery.builder().build();
        DialectPlugin plugin = sd.registry().dialect("sqlite").orElseThrow();
        assertThat(plugin.indexDiscovery()).isInstanceOf(SqliteIndexDiscovery.class);
        assertThat(plugin.constraintDiscovery()).isInstanceOf(SqliteConstraintDiscovery.class);
        assertThat(plugin.renderer()).containsInstanceOf(SqliteDdlRenderer.class);
        assertThat(sd.registry().problems()).noneMatch(p -> p.contains("sqlite"));
    }

    @Test
    @DisplayName("the same ordered SQL texts for 10, 100 and 1000 tables: 8 on the session's connection, 6 reading"
            + " index and foreign keys ahead on a second one")
    void constantStatements() throws Exception {
        SchemaInfo s10 = discoverWorkload(10);
        SchemaInfo s100 = discoverWorkload(100);
        SchemaInfo s1000 = discoverWorkload(1000);
        assertThat(s1000.tables()).hasSize(1000);
        assertThat(s1000.warnings()).isEmpty();
        List<String> texts = s10.metrics().statementTexts();
        assertThat(s100.metrics().statementTexts()).isEqualTo(texts);
        assertThat(s1000.metrics().statementTexts()).isEqualTo(texts);
        assertThat(texts).containsExactly(CatalogSql.QUERY_ONLY_GET, CatalogSql.QUERY_ONLY_ON, CatalogSql.PROBE,
                CatalogSql.DATABASES, CatalogSql.objects(MAIN), CatalogSql.columns(MAIN), CatalogSql.SCHEMA_VERSION,
                CatalogSql.QUERY_ONLY_OFF,
                CatalogSql.QUERY_ONLY_GET, CatalogSql.QUERY_ONLY_ON, CatalogSql.SCHEMA_VERSION,
                CatalogSql.indexes(MAIN), CatalogSql.foreignKeys(MAIN), CatalogSql.QUERY_ONLY_OFF);
        assertThat(texts.get(4)).startsWith("WITH wanted(").contains("FROM \"main\".sqlite_schema");
        assertThat(s1000.metrics().statementsExecuted()).isEqualTo(14);
    }

    @Test
    @DisplayName("reading ahead: the same model as through one connection, where everything is read in turn")
    void readAheadSameModel() throws Exception {
        Path file = Fixtures.featureFixture(dir);
        SchemaInfo ahead = facade().discover("jdbc:sqlite:" + file, readOnly());
        SchemaInfo single;
        try (Connection c = Fixtures.openReadOnly(file)) {
            single = facade().discover(c);
        }
        assertThat(ahead.tables()).isNotEmpty().isEqualTo(single.tables());
        assertThat(ahead.views()).isEqualTo(single.views());
        assertThat(ahead.relationships()).isEqualTo(single.relationships());
        assertThat(ahead.recommendations()).isEqualTo(single.recommendations());
        assertThat(ahead.warnings()).isEqualTo(single.warnings());
        assertThat(ahead.tables()).anySatisfy(t -> assertThat(t.foreignKeys()).isNotEmpty());
        assertThat(ahead.tables()).anySatisfy(t -> assertThat(t.indexes()).isNotEmpty());
        assertThat(ahead.metrics().statementTexts()).contains(CatalogSql.SCHEMA_VERSION);
        assertThat(single.metrics().statementTexts()).doesNotContain(CatalogSql.SCHEMA_VERSION)
                .containsSubsequence(CatalogSql.columns(MAIN), CatalogSql.indexes(MAIN),
                        CatalogSql.foreignKeys(MAIN), CatalogSql.QUERY_ONLY_OFF).endsWith(CatalogSql.QUERY_ONLY_OFF);
    }

    @Test
    @DisplayName("reading ahead: a pooled connection goes back as it came (query_only off, auto-commit on)")
    void pooledConnectionRestored() throws Exception {
        Path file = Fixtures.featureFixture(dir);
        List<Connection> lent = new java.util.concurrent.CopyOnWriteArrayList<>();
        javax.sql.DataSource pool = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Connection real = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                    lent.add(real);
                    // close() hands the connection back to the "pool": it stays open
                    return java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("close")) {
                                    return null;
                                }
                                try {
                                    return m.invoke(real, a);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
        SchemaInfo s = facade().discover(pool);
        assertThat(s.tables()).isNotEmpty();
        assertThat(s.metrics().statementTexts()).filteredOn(CatalogSql.indexes(MAIN)::equals).hasSize(1);
        assertThat(lent).hasSize(2);
        for (Connection c : lent) {
            try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA query_only")) {
                rs.next();
                assertThat(rs.getInt(1)).as("query_only after the run").isZero();
            }
            assertThat(c.getAutoCommit()).isTrue();
            c.close();
        }
    }

    @Test
    @DisplayName("reading ahead: an in-memory database is read on the session's connection alone (no file to compare)")
    void inMemoryNotReadAhead() throws Exception {
        String url = "jdbc:sqlite:file:sd_read_ahead_" + System.nanoTime() + "?mode=memory&cache=shared";
        try (Connection holder = java.sql.DriverManager.getConnection(url)) {
            Fixtures.execute(holder, List.of("CREATE TABLE p (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id))",
                    "CREATE INDEX c_p ON c (p_id)"));
            SchemaInfo s = facade().discover(url);
            assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactly("c", "p");
            assertThat(s.tables().get(0).indexes()).extracting(i -> i.name()).contains("c_p");
            assertThat(s.tables().get(0).foreignKeys()).hasSize(1);
            // the second connection read them too, but the session read them again itself
            assertThat(s.metrics().statementTexts()).filteredOn(CatalogSql.indexes(MAIN)::equals).hasSize(2);
            assertThat(s.metrics().statementTexts()).filteredOn(CatalogSql.foreignKeys(MAIN)::equals).hasSize(2);
        }
    }

    @Test
    @DisplayName("core's facade with the URL recipe: file bytes and mtime unchanged, relationships and rules added")
    void readOnlyThroughFacade() throws Exception {
        Path file = Fixtures.featureFixture(dir);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L));
        String before = Fixtures.fingerprint(file);
        SchemaInfo s = facade().discover("jdbc:sqlite:" + file + "?open_mode=1");
        assertThat(Fixtures.fingerprint(file)).isEqualTo(before);
        assertThat(s.identity().dialect()).isEqualTo("sqlite");
        assertThat(s.tables()).hasSize(15);
        assertThat(s.relationships()).isNotEmpty();
        assertThat(s.recommendations()).extracting(r -> r.ruleId())
                .contains("sqlite-foreign-keys-off", "sqlite-autoincrement", "sqlite-nullable-primary-key");
        SchemaInfo viaProperties = facade().discover("jdbc:sqlite:" + file, readOnly());
        assertThat(RoundTripModels.comparable(viaProperties)).isEqualTo(RoundTripModels.comparable(s));
        assertThat(Fixtures.fingerprint(file)).isEqualTo(before);
    }

    @Test
    @DisplayName("a missing file is a clear connection error and no file is created")
    void missingFile() {
        Path missing = dir.resolve("missing.sqlite");
        assertThatThrownBy(() -> facade().discover("jdbc:sqlite:" + missing, readOnly()))
                .isInstanceOf(DiscoveryConnectionException.class)
                .hasMessageContaining("SQLITE_CANTOPEN");
        assertThatThrownBy(() -> facade().discover("jdbc:sqlite:" + missing + "?open_mode=1"))
                .isInstanceOf(DiscoveryConnectionException.class)
                .hasMessageContaining("SQLITE_CANTOPEN");
        assertThat(missing).doesNotExist();
    }

    @Test
    @DisplayName("round trip through the facade on the feature fixture")
    void roundTrip() throws Exception {
        Path file = Fixtures.featureFixture(dir);
        SchemaDiscovery sd = facade();
        SchemaInfo original = sd.discover("jdbc:sqlite:" + file, readOnly());
        Path copy = dir.resolve("copy.sqlite");
        try (Connection c = Fixtures.openReadWrite(copy)) {
            Fixtures.execute(c, sd.renderer("sqlite").orElseThrow().script(original));
        }
        SchemaInfo again = sd.discover("jdbc:sqlite:" + copy, readOnly());
        assertThat(RoundTripModels.comparable(again)).isEqualTo(RoundTripModels.comparable(original));
        assertThat(again.relationships()).isEqualTo(original.relationships());
    }
}
