package org.schemadiscovery.core.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.core.testing.Sqlite;

class GenericErrorClassifierTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("SQLSTATE classes")
    @CsvSource({
        "08006, CONNECTION", "08001, CONNECTION", "57P01, CONNECTION", "53300, CONNECTION",
        "28P01, PERMISSION", "42501, PERMISSION",
        "42601, SYNTAX", "42P01, SYNTAX", "42883, SYNTAX", "0A000, SYNTAX",
        "57014, TIMEOUT", "HYT00, TIMEOUT",
        "55P03, LOCKED", "40001, LOCKED", "40P01, LOCKED",
        "23505, OTHER", "XX000, OTHER"
    })
    void bySqlState(String state, ErrorClass expected) {
        assertThat(GenericErrorClassifier.classify(new SQLException("x", state))).isEqualTo(expected);
    }

    @Test
    @DisplayName("JDBC subtypes and messages when no SQLSTATE is given")
    void byType() {
        assertThat(GenericErrorClassifier.classify(new SQLTimeoutException("t"))).isEqualTo(ErrorClass.TIMEOUT);
        assertThat(GenericErrorClassifier.classify(new java.sql.SQLNonTransientConnectionException("c")))
                .isEqualTo(ErrorClass.CONNECTION);
        assertThat(GenericErrorClassifier.classify(new SQLException("Connection is closed")))
                .isEqualTo(ErrorClass.CONNECTION);
        assertThat(GenericErrorClassifier.classify(new SQLException("something"))).isEqualTo(ErrorClass.OTHER);
        assertThat(GenericErrorClassifier.classify(null)).isEqualTo(ErrorClass.OTHER);
    }

    @Test
    @DisplayName("real sqlite-jdbc errors: 'no such table' is SYNTAX, a syntax error is SYNTAX, SQLITE_BUSY is LOCKED")
    void sqliteErrors() throws SQLException {
        String url = Sqlite.create(dir, "CREATE TABLE t(a INT)");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertThat(classifyOf(st, "SELECT * FROM missing")).isEqualTo(ErrorClass.SYNTAX);
            assertThat(classifyOf(st, "SELEC 1")).isEqualTo(ErrorClass.SYNTAX);
        }
        try (Connection writer = DriverManager.getConnection(url); Statement w = writer.createStatement();
             Connection other = DriverManager.getConnection(url + "?busy_timeout=0");
             Statement o = other.createStatement()) {
            writer.setAutoCommit(false);
            w.execute("INSERT INTO t VALUES (1)");
            assertThat(classifyOf(o, "INSERT INTO t VALUES (2)")).isEqualTo(ErrorClass.LOCKED);
            writer.rollback();
        }
        SQLException readOnly = new SQLException("[SQLITE_READONLY] attempt to write a readonly database", null, 8);
        assertThat(GenericErrorClassifier.classify(readOnly)).isEqualTo(ErrorClass.PERMISSION);
        SQLException auth = new SQLException("[SQLITE_AUTH] not authorized", null, 23);
        assertThat(GenericErrorClassifier.classify(auth)).isEqualTo(ErrorClass.PERMISSION);
        SQLException interrupted = new SQLException("[SQLITE_INTERRUPT] interrupted", null, 9);
        assertThat(GenericErrorClassifier.classify(interrupted)).isEqualTo(ErrorClass.TIMEOUT);
    }

    private static ErrorClass classifyOf(Statement st, String sql) {
        try {
            st.execute(sql);
        } catch (SQLException e) {
            return GenericErrorClassifier.classify(e);
        }
        throw new AssertionError("expected a failure: " + sql);
    }
}
