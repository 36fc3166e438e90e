package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A user with a MySQL URL gets the MySQL/MariaDB plugin through MariaDB Connector/J, not "No JDBC driver accepts". */
@DisplayName("jdbc:mysql:// URLs on the live MariaDB")
class MysqlSchemeTest {
    static final String ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/?user=root";
    static String database;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = "sd_cli_mysql_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
            s.execute("CREATE TABLE " + database + ".authors (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    @DisplayName("discover jdbc:mysql://…?user=root: exit 0, the mysql dialect, the table")
    void discover() {
        CliRunner.Result r = CliRunner.run("discover", "jdbc:mysql://127.0.0.1:3306/" + database + "?user=root",
                "--schema", database);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\nDialect   mysql\n").contains("TABLE authors");
    }

    @Test
    @DisplayName("with --user and no query string")
    void discoverWithUserOption() {
        CliRunner.Result r = CliRunner.run("discover", "jdbc:mysql://127.0.0.1:3306/" + database, "--user", "root",
                "--schema", database, "--format", "mermaid");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("authors {");
    }
}
