package org.schemadiscovery.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatementTerminatorTest {
    @Test
    @DisplayName("psql and sqlite3 statements end with one semicolon, even holding semicolons or a body")
    void otherClients() {
        assertThat(StatementTerminator.terminate("postgresql", "  CREATE TABLE t (a int)\n"))
                .isEqualTo("CREATE TABLE t (a int);");
        assertThat(StatementTerminator.terminate("sqlite", "CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; END"))
                .isEqualTo("CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; END;");
    }

    @Test
    @DisplayName("a plain MySQL statement ends with a semicolon, without DELIMITER")
    void plainMysql() {
        assertThat(StatementTerminator.needsDelimiter("ALTER TABLE t ADD COLUMN b int")).isFalse();
        assertThat(StatementTerminator.terminate("mysql", " ALTER TABLE t ADD COLUMN b int "))
                .isEqualTo("ALTER TABLE t ADD COLUMN b int;");
    }

    @Test
    @DisplayName("a MySQL stored program, or any statement holding a semicolon, is wrapped in DELIMITER ;;")
    void storedPrograms() {
        String body = "CREATE DEFINER=`root`@`%` PROCEDURE p() SELECT 1";
        assertThat(StatementTerminator.needsDelimiter(body)).isTrue();
        assertThat(StatementTerminator.terminate("mysql", body))
                .isEqualTo("DELIMITER ;;\n" + body + ";;\nDELIMITER ;");
        assertThat(StatementTerminator.terminate("mysql", "COMMENT 'a;b'"))
                .isEqualTo("DELIMITER ;;\nCOMMENT 'a;b';;\nDELIMITER ;");
    }

    @Test
    @DisplayName("the delimiter is one the statement does not hold: ;; then $$ then //, else it is refused")
    void delimiterChoice() {
        assertThat(StatementTerminator.terminate("mysql", "SELECT ';;'"))
                .isEqualTo("DELIMITER $$\nSELECT ';;'$$\nDELIMITER ;");
        assertThat(StatementTerminator.terminate("mysql", "SELECT ';;', '$$'"))
                .isEqualTo("DELIMITER //\nSELECT ';;', '$$'//\nDELIMITER ;");
        assertThatThrownBy(() -> StatementTerminator.terminate("mysql", "SELECT ';;', '$$', '//'\nFROM t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot choose a DELIMITER for a statement holding ;;, $$ and //: SELECT ';;', '$$', '//'");
    }
}
