package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the ddl script writer")
class SqlScriptTest {
    @Test
    @DisplayName("MySQL: stored programs and statements holding a semicolon in DELIMITER blocks, the rest plain")
    void mysql() {
        String script = SqlScript.of("mysql", List.of("CREATE TABLE t (id int)",
                "CREATE DEFINER=`root`@`%` PROCEDURE p() BEGIN SELECT 1; SELECT 2; END",
                "CREATE TRIGGER g BEFORE INSERT ON t FOR EACH ROW SET NEW.id = 1",
                "CREATE TABLE u (a int) COMMENT 'x;y'",
                "CREATE FUNCTION f() RETURNS int BEGIN RETURN 1;; END"));
        assertThat(script).isEqualTo("""
                CREATE TABLE t (id int);

                DELIMITER ;;
                CREATE DEFINER=`root`@`%` PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;;
                DELIMITER ;

                DELIMITER ;;
                CREATE TRIGGER g BEFORE INSERT ON t FOR EACH ROW SET NEW.id = 1;;
                DELIMITER ;

                DELIMITER ;;
                CREATE TABLE u (a int) COMMENT 'x;y';;
                DELIMITER ;

                DELIMITER $$
                CREATE FUNCTION f() RETURNS int BEGIN RETURN 1;; END$$
                DELIMITER ;
                """);
    }

    @Test
    @DisplayName("other dialects: each statement ends with a semicolon; no statements, no text")
    void others() {
        assertThat(SqlScript.of("postgresql", List.of("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC "
                + "SELECT 1; END", " CREATE TABLE t (id int) "))).isEqualTo("CREATE FUNCTION f() RETURNS int LANGUAGE "
                + "sql BEGIN ATOMIC SELECT 1; END;\n\nCREATE TABLE t (id int);\n");
        assertThat(SqlScript.of("sqlite", List.of())).isEmpty();
    }
}
