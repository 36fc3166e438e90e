package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.DiscoverySession;

@DisplayName("strategy: identity, scoring, capabilities, error classes")
class StrategyTest {
    private final PostgresDiscoveryStrategy strategy = new PostgresDiscoveryStrategy();

    @Test
    @DisplayName("every service reports the dialect id postgresql and the current API version")
    void ids() {
        assertThat(strategy.dialect()).isEqualTo("postgresql");
        assertThat(strategy.apiVersion()).isEqualTo(ApiVersion.CURRENT);
        assertThat(new PostgresIndexDiscovery().dialect()).isEqualTo("postgresql");
        assertThat(new PostgresConstraintDiscovery().dialect()).isEqualTo("postgresql");
        assertThat(new PostgresDdlRenderer().dialect()).isEqualTo("postgresql");
    }

    @ParameterizedTest(name = "{0} {1} ({2}.{3}) scores {4}")
    @CsvSource(delimiter = '|', value = {
            "PostgreSQL | 15.20 (Debian 15.20-0+deb12u1) | 15 | 20 | 100",
            "PostgreSQL | 12.22 | 12 | 22 | 100",
            "PostgreSQL | 17.2 | 17 | 2 | 100",
            "PostgreSQL | 18.1 | 18 | 1 | 100",
            "PostgreSQL | 11.22 | 11 | 22 | 0",
            "PostgreSQL | 9.4.26 (Greenplum Database 6.25.3) | 9 | 4 | 50",
            "PostgreSQL | 13.0.0 (CockroachDB CCL v23.1) | 13 | 0 | 50",
            "PostgreSQL | 11.2-YB-2.18.1.0-b0 | 11 | 2 | 50",
            "MySQL | 8.0.36 | 8 | 0 | 0",
            "SQLite | 3.46.0 | 3 | 46 | 0"})
    void score(String product, String version, int major, int minor, int expected) {
        DatabaseIdentity id = new DatabaseIdentity(product, version, major, minor, "driver", "jdbc:x", null);
        assertThat(strategy.score(id)).isEqualTo(expected);
    }

    @Test
    @DisplayName("capabilities follow the version: NULLS NOT DISTINCT and MERGE from 15")
    void capabilities() {
        assertThat(strategy.capabilities(identity(15, 20)).features())
                .contains(Capability.NULLS_NOT_DISTINCT, Capability.MERGE, Capability.PARTITIONING);
        assertThat(strategy.capabilities(identity(14, 15)).features())
                .doesNotContain(Capability.NULLS_NOT_DISTINCT, Capability.MERGE)
                .contains(Capability.COVERING_INDEXES, "multirange-types");
        assertThat(strategy.capabilities(identity(15, 20)).settings())
                .containsEntry("server_version_num", "150020");
    }

    @ParameterizedTest(name = "SQLSTATE {0} is {1}")
    @CsvSource({
            "08000, CONNECTION", "08001, CONNECTION", "08003, CONNECTION", "08006, CONNECTION",
            "57P01, CONNECTION", "57P02, CONNECTION", "57P03, CONNECTION",
            "28000, PERMISSION", "28P01, PERMISSION", "42501, PERMISSION",
            "42703, SYNTAX", "42P01, SYNTAX", "42883, SYNTAX", "42601, SYNTAX", "42804, SYNTAX",
            "57014, TIMEOUT",
            "55P03, LOCKED", "40001, LOCKED", "40P01, LOCKED",
            "22012, OTHER", "XX000, OTHER", "25P02, OTHER", "53200, OTHER"})
    void classify(String state, ErrorClass expected) {
        assertThat(strategy.classify(new SQLException("boom", state))).isEqualTo(expected);
    }

    @Test
    @DisplayName("errors without SQLSTATE: the cause's state, then the exception type, else OTHER")
    void classifyWithoutState() {
        assertThat(strategy.classify(new SQLException("wrapped", null, new SQLException("inner", "42501"))))
                .isEqualTo(ErrorClass.PERMISSION);
        assertThat(strategy.classify(new SQLTimeoutException("slow"))).isEqualTo(ErrorClass.TIMEOUT);
        assertThat(strategy.classify(new java.sql.SQLNonTransientConnectionException("gone")))
                .isEqualTo(ErrorClass.CONNECTION);
        assertThat(strategy.classify(new SQLException("no state"))).isEqualTo(ErrorClass.OTHER);
    }

    @Test
    @DisplayName("index and constraint discovery refuse a session of another dialect with a clear message")
    void foreignSession() {
        DiscoverySession other = new DiscoverySession() {
            @Override
            public org.schemadiscovery.api.spi.DiscoveryContext context() {
                return null;
            }

            @Override
            public org.schemadiscovery.api.model.DatabaseCapabilities probe() {
                return null;
            }

            @Override
            public java.util.List<String> schemas(org.schemadiscovery.api.spi.DiscoveryScope scope) {
                return java.util.List.of();
            }

            @Override
            public org.schemadiscovery.api.spi.Discovered<org.schemadiscovery.api.model.TableInfo> tables(
                    org.schemadiscovery.api.spi.DiscoveryScope scope) {
                return null;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> new PostgresIndexDiscovery().indexes(other,
                org.schemadiscovery.api.spi.DiscoveryScope.all()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the postgresql dialect needs a session opened by its own strategy, not ");
        assertThatThrownBy(() -> new PostgresConstraintDiscovery().constraints(null,
                org.schemadiscovery.api.spi.DiscoveryScope.all()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the postgresql dialect needs a session opened by its own strategy, not null");
    }

    private static DatabaseIdentity identity(int major, int minor) {
        return new DatabaseIdentity("PostgreSQL", major + "." + minor, major, minor, "PostgreSQL JDBC Driver 42.7.14",
                "jdbc:postgresql://127.0.0.1:5432/x", null);
    }
}
