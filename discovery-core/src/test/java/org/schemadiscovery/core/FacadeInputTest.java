package org.schemadiscovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.exception.NoDriverException;
import org.schemadiscovery.api.exception.PluginException;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.core.testing.FakeDialect;
import org.schemadiscovery.core.testing.Sqlite;
import org.schemadiscovery.core.testing.TestDataSource;

@DisplayName("SchemaDiscovery facade: bad input")
class FacadeInputTest {
    @TempDir
    Path dir;

    private final SchemaDiscovery sd = SchemaDiscovery.builder().build();

    @Nested
    @DisplayName("null arguments throw NullPointerException naming the parameter")
    class Nulls {
        @Test
        void discover() {
            assertThatThrownBy(() -> sd.discover((Connection) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("connection");
            assertThatThrownBy(() -> sd.discover((DataSource) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("dataSource");
            assertThatThrownBy(() -> sd.discover((String) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("jdbcUrl");
            assertThatThrownBy(() -> sd.discover(null, new Properties())).isInstanceOf(NullPointerException.class)
                    .hasMessage("jdbcUrl");
            assertThatThrownBy(() -> sd.discover("jdbc:sqlite::memory:", null))
                    .isInstanceOf(NullPointerException.class).hasMessage("info");
            assertThatThrownBy(() -> sd.renderer(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("dialectId");
            assertThatThrownBy(() -> sd.identify(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("connection");
        }

        @Test
        void builder() {
            SchemaDiscovery.Builder b = SchemaDiscovery.builder();
            assertThatThrownBy(() -> b.serviceLayer(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("layer");
            assertThatThrownBy(() -> b.classLoader(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("classLoader");
            assertThatThrownBy(() -> b.register((DiscoveryStrategy) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("strategy");
            assertThatThrownBy(() -> b.register((IndexDiscovery) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("indexDiscovery");
            assertThatThrownBy(() -> b.register((ConstraintDiscovery) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("constraintDiscovery");
            assertThatThrownBy(() -> b.register((DdlRenderer) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("renderer");
            assertThatThrownBy(() -> b.dialect(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("dialectId");
            assertThatThrownBy(() -> b.options(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("options");
            assertThatThrownBy(() -> b.listener((DiscoveryListener) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("listener");
        }
    }

    @Test
    @DisplayName("options: at most 2 connections by default, at least 1 allowed")
    void maxConnections() {
        assertThat(DiscoveryOptions.defaults().maxConnections()).isEqualTo(2);
        assertThat(DiscoveryOptions.builder().maxConnections(1).build().maxConnections()).isEqualTo(1);
        assertThatThrownBy(() -> DiscoveryOptions.builder().maxConnections(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxConnections must be >= 1: 0");
    }

    @Test
    @DisplayName("a closed connection is a DiscoveryConnectionException with a one-line message")
    void closedConnection() throws Exception {
        Connection c = DriverManager.getConnection(Sqlite.create(dir));
        c.close();
        assertThatThrownBy(() -> sd.discover(c)).isInstanceOf(DiscoveryConnectionException.class)
                .hasMessage("the connection is closed");
        assertThatThrownBy(() -> sd.identify(c)).isInstanceOf(DiscoveryConnectionException.class)
                .hasMessage("the connection is closed");
    }

    @Test
    @DisplayName("a URL no driver accepts is a NoDriverException naming the URL without its password")
    void noDriver() {
        assertThatThrownBy(() -> sd.discover("jdbc:nosuch:x")).isInstanceOf(NoDriverException.class)
                .hasMessage("No JDBC driver accepts jdbc:nosuch:x");
        assertThatThrownBy(() -> sd.discover("jdbc:nosuch://bob:secret@host/db?password=hunter2&ssl=true"))
                .isInstanceOf(NoDriverException.class)
                .hasMessage("No JDBC driver accepts jdbc:nosuch://bob@host/db?ssl=true");
    }

    @Test
    @DisplayName("an unreachable server is a DiscoveryConnectionException with a one-line message")
    void unreachable() {
        assertThatThrownBy(() -> sd.discover("jdbc:postgresql://127.0.0.1:1/nowhere?user=u&password=pw"
                + "&connectTimeout=2"))
                .isInstanceOf(DiscoveryConnectionException.class)
                .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:1/nowhere?user=u&connectTimeout=2: ")
                .hasMessageNotContaining("\n").hasMessageNotContaining("pw");
    }

    @Test
    @DisplayName("bad credentials are a DiscoveryConnectionException")
    void badCredentials() {
        assertThatThrownBy(() -> sd.discover("jdbc:postgresql://127.0.0.1:5432/postgres?user=sd_core_no_such_role"))
                .isInstanceOf(DiscoveryConnectionException.class)
                .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:5432/postgres"
                        + "?user=sd_core_no_such_role: ")
                .hasMessageContaining("sd_core_no_such_role\"").hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("a DataSource that cannot connect is a DiscoveryConnectionException")
    void dataSourceFails() {
        TestDataSource ds = new TestDataSource("jdbc:sqlite::memory:");
        ds.failNext(1);
        assertThatThrownBy(() -> sd.discover(ds)).isInstanceOf(DiscoveryConnectionException.class)
                .hasMessage("cannot connect to data source " + TestDataSource.class.getName()
                        + ": Connection refused (test)");
    }

    @Test
    @DisplayName("a forced unknown dialect is a PluginException listing the known ids")
    void forcedUnknown() {
        SchemaDiscovery forced = SchemaDiscovery.builder().dialect("oracle").build();
        assertThat(forced.forcedDialect()).contains("oracle");
        assertThatThrownBy(() -> forced.discover(Sqlite.create(dir))).isInstanceOf(PluginException.class)
                .hasMessage("unknown dialect 'oracle'; known dialects: generic");
    }

    @Test
    @DisplayName("an unknown product is discovered by the generic strategy")
    void unknownProductIsGeneric() throws Exception {
        FakeDialect foo = new FakeDialect("foo").score(i -> "FooDB".equals(i.product()) ? 10 : 0);
        SchemaDiscovery withFoo = foo.registerIn(SchemaDiscovery.builder()).build();
        String url = Sqlite.create(dir, "CREATE TABLE t(a INT)");
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(withFoo.identify(c).dialect()).isEqualTo("generic");
        }
        SchemaInfo s = withFoo.discover(url);
        assertThat(s.identity().dialect()).isEqualTo("generic");
        assertThat(s.tables()).hasSize(1);
        assertThat(foo.calls()).isEmpty();
    }

    @Test
    @DisplayName("forcing a dialect skips scoring")
    void forcedDialect() {
        FakeDialect foo = new FakeDialect("foo").score(i -> 0);
        SchemaInfo s = foo.registerIn(SchemaDiscovery.builder()).dialect("foo").build()
                .discover(Sqlite.create(dir));
        assertThat(s.identity().dialect()).isEqualTo("foo");
        assertThat(foo.calls()).first().isEqualTo("open");
    }

    @Test
    @DisplayName("a database with zero tables gives an empty result")
    void zeroTables() {
        SchemaInfo s = sd.discover(Sqlite.create(dir));
        assertThat(s.tables()).isEmpty();
        assertThat(s.views()).isEmpty();
        assertThat(s.relationships()).isEmpty();
        assertThat(s.recommendations()).isEmpty();
        assertThat(s.warnings()).isEmpty();
        assertThat(s.schemas()).containsExactly("main");
    }

    @Test
    @DisplayName("the identity never carries the password of the URL")
    void identityWithoutPassword() {
        String url = Sqlite.create(dir);
        SchemaInfo s = sd.discover(url);
        assertThat(s.identity().url()).isEqualTo(url);
        assertThat(s.identity().product()).isEqualTo("SQLite");
        assertThat(s.identity().driver()).startsWith("SQLite JDBC ");
    }

    @Test
    @DisplayName("renderer() finds a registered renderer by dialect id")
    void renderer() {
        DdlRenderer r = new DdlRenderer() {
            @Override
            public String dialect() {
                return "x";
            }

            @Override
            public java.util.List<String> script(SchemaInfo schema) {
                return java.util.List.of();
            }
        };
        SchemaDiscovery withRenderer = SchemaDiscovery.builder().register(r).build();
        assertThat(withRenderer.renderer("x")).containsSame(r);
        assertThat(withRenderer.renderer("y")).isEmpty();
        assertThat(withRenderer.options()).isEqualTo(DiscoveryOptions.defaults());
    }
}
