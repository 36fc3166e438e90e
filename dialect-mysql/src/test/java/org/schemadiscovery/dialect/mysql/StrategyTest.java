package org.schemadiscovery.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.dialect.mysql.catalog.ServerVersion;

@DisplayName("strategy: MariaDB and MySQL told apart from the version string, errors classified by vendor code")
class StrategyTest {
    private final MysqlDiscoveryStrategy strategy = new MysqlDiscoveryStrategy();

    private static DatabaseIdentity identity(String product, String version, int major, int minor) {
        return new DatabaseIdentity(product, version, major, minor, "driver", "jdbc:mariadb://h/db", null);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}, score {3}")
    @CsvSource({
            "MariaDB, 10.11.19-MariaDB-0+deb12u1, MARIADB, 100",
            "MySQL, 5.5.5-10.6.12-MariaDB-log, MARIADB, 100",
            "MariaDB, 10.1.48-MariaDB, MARIADB, 60",
            "MySQL, 8.0.36, MYSQL, 100",
            "MySQL, 8.4.3-commercial, MYSQL, 100",
            "MySQL, 5.6.51-log, MYSQL, 60",
            "MySQL, 8.0.11-TiDB-v7.5.0, COMPATIBLE, 40",
            "PostgreSQL, 15.19, OTHER, 0",
            "TCK Imaginary Database, 9.9.9, OTHER, 0"})
    void flavorAndScore(String product, String version, ServerVersion.Flavor flavor, int score) {
        DatabaseIdentity id = identity(product, version, 0, 0);
        assertThat(ServerVersion.of(id).flavor()).isEqualTo(flavor);
        assertThat(strategy.score(id)).isEqualTo(score);
    }

    @Test
    @DisplayName("MariaDB through MySQL's protocol: the 5.5.5- prefix is not the version")
    void mariaDbPrefix() {
        ServerVersion v = ServerVersion.of(identity("MySQL", "5.5.5-10.6.12-MariaDB-log", 5, 5));
        assertThat(v).isEqualTo(new ServerVersion(ServerVersion.Flavor.MARIADB, 10, 6, 12));
    }

    @Test
    @DisplayName("MariaDB 10.11: sequences, enforced CHECK, ignored and descending indexes, no functional indexes")
    void mariaDbCapabilities() {
        DatabaseCapabilities c = strategy.capabilities(identity("MariaDB", "10.11.19-MariaDB-0+deb12u1", 10, 11));
        assertThat(c.features()).containsExactlyInAnyOrder(Capability.SCHEMAS, Capability.VIEWS,
                Capability.TRIGGERS, Capability.ROUTINES, Capability.FOREIGN_KEYS, Capability.COMMENTS,
                Capability.SERVER_PROCESS, Capability.IDENTITY_COLUMNS, Capability.PARTITIONING,
                Capability.GENERATED_COLUMNS, Capability.JSON, Capability.CHECK_CONSTRAINTS, Capability.SEQUENCES,
                Capability.RETURNING, ServerVersion.INVISIBLE_COLUMNS, ServerVersion.INVISIBLE_INDEXES,
                ServerVersion.DESCENDING_INDEXES, ServerVersion.SYSTEM_VERSIONING, ServerVersion.FULLTEXT_INDEXES,
                ServerVersion.SPATIAL_INDEXES);
        assertThat(c.settings()).containsEntry("flavor", "mariadb").containsEntry("server_version", "10.11.19");
    }

    @Test
    @DisplayName("MySQL 8.0.36: functional, invisible and descending indexes, CHECK; no sequences")
    void mysqlCapabilities() {
        DatabaseCapabilities c = strategy.capabilities(identity("MySQL", "8.0.36", 8, 0));
        assertThat(c.features()).contains(Capability.EXPRESSION_INDEXES, Capability.CHECK_CONSTRAINTS,
                ServerVersion.INVISIBLE_INDEXES, ServerVersion.DESCENDING_INDEXES, ServerVersion.INVISIBLE_COLUMNS)
                .doesNotContain(Capability.SEQUENCES, Capability.RETURNING, ServerVersion.SYSTEM_VERSIONING);
    }

    @ParameterizedTest(name = "{0}: MySQL {1} -> check {2}, functional indexes {3}")
    @CsvSource({"5.7.44, 5.7, false, false", "8.0.12, 8.0, false, false", "8.0.13, 8.0, false, true",
            "8.0.16, 8.0, true, true"})
    void mysqlVersionGates(String version, String ignored, boolean check, boolean functional) {
        DatabaseCapabilities c = strategy.capabilities(identity("MySQL", version, 0, 0));
        assertThat(c.supports(Capability.CHECK_CONSTRAINTS)).isEqualTo(check);
        assertThat(c.supports(Capability.EXPRESSION_INDEXES)).isEqualTo(functional);
    }

    @Test
    @DisplayName("MariaDB 10.2: CHECK yes, sequences only from 10.3, never functional indexes")
    void mariaDbVersionGates() {
        DatabaseCapabilities c = strategy.capabilities(identity("MariaDB", "10.2.44-MariaDB", 10, 2));
        assertThat(c.supports(Capability.CHECK_CONSTRAINTS)).isTrue();
        assertThat(c.supports(Capability.SEQUENCES)).isFalse();
        assertThat(c.supports(Capability.EXPRESSION_INDEXES)).isFalse();
        assertThat(strategy.capabilities(identity("MariaDB", "11.4.2-MariaDB", 11, 4))
                .supports(Capability.EXPRESSION_INDEXES)).isFalse();
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            "1045, 28000, CONNECTION", "1049, 42000, CONNECTION", "1927, 70100, CONNECTION", "2013, HY000, CONNECTION",
            "0, 08000, CONNECTION",
            "1044, 42000, PERMISSION", "1142, 42000, PERMISSION", "1143, 42000, PERMISSION", "1227, 42000, PERMISSION",
            "1054, 42S22, SYNTAX", "1064, 42000, SYNTAX", "1146, 42S02, SYNTAX",
            "1205, HY000, LOCKED", "1213, 40001, LOCKED",
            "3024, HY000, TIMEOUT", "1969, 70100, TIMEOUT", "1317, 70100, TIMEOUT",
            "1062, 23000, OTHER"})
    void classify(int code, String state, ErrorClass expected) {
        assertThat(strategy.classify(new SQLException("x", state, code))).isEqualTo(expected);
    }

    @Test
    @DisplayName("the JDBC exception types Connector/J throws count where no vendor code says more")
    void exceptionTypes() {
        assertThat(strategy.classify(new SQLNonTransientConnectionException("socket closed", "HY000", 0)))
                .isEqualTo(ErrorClass.CONNECTION);
        assertThat(strategy.classify(new SQLTimeoutException("timeout", "HY000", 0))).isEqualTo(ErrorClass.TIMEOUT);
        assertThat(strategy.classify(new SQLSyntaxErrorException("denied", "42000", 1142)))
                .isEqualTo(ErrorClass.PERMISSION);
    }

    @Test
    @DisplayName("the four services share the dialect id mysql")
    void oneId() {
        assertThat(strategy.dialect()).isEqualTo("mysql");
        assertThat(new MysqlIndexDiscovery().dialect()).isEqualTo("mysql");
        assertThat(new MysqlConstraintDiscovery().dialect()).isEqualTo("mysql");
        assertThat(new MysqlDdlRenderer().dialect()).isEqualTo("mysql");
    }
}
