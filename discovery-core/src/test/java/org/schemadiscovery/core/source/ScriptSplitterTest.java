package org.schemadiscovery.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.core.source.ScriptPiece.ClientCommand;
import org.schemadiscovery.core.source.ScriptPiece.Statement;

@DisplayName("DDL files split into statements the way each database's client splits them")
class ScriptSplitterTest {
    private static List<String> sql(String text, ClientSyntax syntax) {
        return ScriptSplitter.split(text, syntax).stream().filter(Statement.class::isInstance)
                .map(p -> ((Statement) p).sql()).toList();
    }

    @Nested
    @DisplayName("psql")
    class Psql {
        @Test
        @DisplayName("semicolons inside strings, quoted identifiers, comments and dollar quotes do not end a statement")
        void quoted() {
            String text = """
                    CREATE TABLE "a;b" (c text DEFAULT 'x;''y');
                    -- a comment; with a semicolon
                    /* block /* nested; */ still comment; */
                    CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$
                    BEGIN
                      RETURN 1; -- $notatag
                    END;
                    $body$;
                    CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $$ SELECT 'a;b' $$;
                    SELECT E'it\\'s; fine', $1x;
                    """;
            assertThat(sql(text, ClientSyntax.PSQL)).containsExactly(
                    "CREATE TABLE \"a;b\" (c text DEFAULT 'x;''y')",
                    "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$\nBEGIN\n  RETURN 1; -- $notatag\n"
                            + "END;\n$body$",
                    "CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $$ SELECT 'a;b' $$",
                    "SELECT E'it\\'s; fine', $1x");
        }

        @Test
        @DisplayName("BEGIN ATOMIC ... END bodies (with CASE ... END inside) stay one statement, as psqlscan.l tracks them")
        void beginAtomic() {
            String text = """
                    CREATE OR REPLACE FUNCTION h(x int) RETURNS int LANGUAGE sql
                    BEGIN ATOMIC
                      SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;
                      SELECT 2;
                    END;
                    CREATE TABLE t (begin_at int);
                    BEGIN;
                    COMMIT;
                    """;
            assertThat(sql(text, ClientSyntax.PSQL)).containsExactly(
                    "CREATE OR REPLACE FUNCTION h(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                            + "  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND",
                    "CREATE TABLE t (begin_at int)", "BEGIN", "COMMIT");
        }

        @Test
        @DisplayName("backslash lines (pg_dump's \\restrict, \\connect) are client commands with their line")
        void metaCommands() {
            String text = "\\restrict abc123\nSET x = 1;\n\n\\connect other\nCREATE TABLE t (a int);\n\\unrestrict abc123\n";
            List<ScriptPiece> pieces = ScriptSplitter.split(text, ClientSyntax.PSQL);
            assertThat(pieces).containsExactly(new ClientCommand("\\restrict abc123", 1),
                    new Statement("SET x = 1", 2), new ClientCommand("\\connect other", 4),
                    new Statement("CREATE TABLE t (a int)", 5), new ClientCommand("\\unrestrict abc123", 6));
        }

        @Test
        @DisplayName("each statement knows the line it starts on, after comments and blank lines")
        void lines() {
            List<ScriptPiece> pieces = ScriptSplitter.split("-- head\n\nCREATE TABLE a (\n x int\n);\n/* c\n */ "
                    + "CREATE TABLE b (y int); CREATE TABLE c (z int)", ClientSyntax.PSQL);
            assertThat(pieces).extracting(ScriptPiece::line).containsExactly(3, 7, 7);
            assertThat(pieces.get(2)).isEqualTo(new Statement("CREATE TABLE c (z int)", 7));
        }

        @Test
        @DisplayName("an unterminated dollar quote names the line it opens on")
        void unterminated() {
            assertThatThrownBy(() -> ScriptSplitter.split("SELECT 1;\n\nSELECT $q$ never closed;\n",
                    ClientSyntax.PSQL)).isInstanceOf(ScriptSyntaxException.class)
                    .hasMessageContaining("$q$").extracting(e -> ((ScriptSyntaxException) e).line()).isEqualTo(3);
        }
    }

    @Nested
    @DisplayName("mysql / mariadb")
    class Mysql {
        @Test
        @DisplayName("DELIMITER changes the terminator for stored programs, as mysqldump writes them")
        void delimiter() {
            String text = """
                    CREATE TABLE t (a int);
                    DELIMITER ;;
                    CREATE PROCEDURE p()
                    BEGIN
                      SELECT 1;
                      SELECT 'a;;b';
                    END;;
                    DELIMITER ;
                    delimiter //
                    CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END//
                    delimiter ;
                    CREATE VIEW v AS SELECT a FROM t;
                    """;
            List<ScriptPiece> pieces = ScriptSplitter.split(text, ClientSyntax.MYSQL);
            assertThat(pieces).containsExactly(new Statement("CREATE TABLE t (a int)", 1),
                    new Statement("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 'a;;b';\nEND", 3),
                    new Statement("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END", 10),
                    new Statement("CREATE VIEW v AS SELECT a FROM t", 12));
        }

        @Test
        @DisplayName("backslash escapes, # and '-- ' comments, backticks; /*!...*/ is a statement; USE is a client command")
        void quoting() {
            String text = "# comment;\nCREATE TABLE `a;b` (c varchar(9) DEFAULT 'it\\'s;');\n"
                    + "/*!40101 SET NAMES utf8mb4 */;\nUSE `other`;\nSELECT 1--1;\n-- done;\n";
            List<ScriptPiece> pieces = ScriptSplitter.split(text, ClientSyntax.MYSQL);
            assertThat(pieces).containsExactly(
                    new Statement("CREATE TABLE `a;b` (c varchar(9) DEFAULT 'it\\'s;')", 2),
                    new Statement("/*!40101 SET NAMES utf8mb4 */", 3), new ClientCommand("USE `other`", 4),
                    new Statement("SELECT 1--1", 5));
        }
    }

    @Nested
    @DisplayName("sqlite3")
    class Sqlite {
        @Test
        @DisplayName("a CREATE TRIGGER body ends at END; (sqlite3_complete), CASE ... END inside does not end it")
        void triggers() {
            String text = """
                    CREATE TABLE t (a, b);
                    CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN
                      UPDATE t SET b = CASE WHEN a > 0 THEN 1 ELSE 0 END;
                      SELECT [x;y] FROM t;
                    END;
                    .mode list
                    CREATE VIEW v AS SELECT "end;" FROM t;
                    """;
            List<ScriptPiece> pieces = ScriptSplitter.split(text, ClientSyntax.SQLITE3);
            assertThat(pieces).containsExactly(new Statement("CREATE TABLE t (a, b)", 1),
                    new Statement("CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN\n"
                            + "  UPDATE t SET b = CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT [x;y] FROM t;\nEND", 2),
                    new ClientCommand(".mode list", 6),
                    new Statement("CREATE VIEW v AS SELECT \"end;\" FROM t", 7));
        }
    }
}
