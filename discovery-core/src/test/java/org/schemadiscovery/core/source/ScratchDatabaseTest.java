package org.schemadiscovery.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("scratch databases: names, URLs, and dropped exactly once")
class ScratchDatabaseTest {
    @Test
    @DisplayName("the dev URL's database is replaced, parameters and credentials kept")
    void urls() {
        assertThat(ScratchDatabase.withDatabase("jdbc:postgresql://h:5432/postgres?user=u&password=p", "s1"))
                .isEqualTo("jdbc:postgresql://h:5432/s1?user=u&password=p");
        assertThat(ScratchDatabase.withDatabase("jdbc:mariadb://h:3306/?user=root", "s1"))
                .isEqualTo("jdbc:mariadb://h:3306/s1?user=root");
        assertThat(ScratchDatabase.withDatabase("jdbc:mariadb://h:3306", "s1")).isEqualTo("jdbc:mariadb://h:3306/s1");
        assertThat(ScratchDatabase.withDatabase("jdbc:mysql://u:p@h/app;x=1", "s1"))
                .isEqualTo("jdbc:mysql://u:p@h/s1;x=1");
        assertThatThrownBy(() -> ScratchDatabase.withDatabase("jdbc:sqlite:x.db", "s1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no server");
    }

    @Test
    @DisplayName("names are unique and carry the process id, so a run can find its own")
    void names() {
        String a = ScratchDatabase.uniqueName();
        assertThat(a).matches("sd_scratch_" + ProcessHandle.current().pid() + "_[0-9a-f]{12}")
                .isNotEqualTo(ScratchDatabase.uniqueName());
    }

    @Test
    @DisplayName("a SQLite scratch file is deleted on close, and a second close does nothing")
    void sqliteFile() throws Exception {
        List<String> notes = new ArrayList<>();
        ScratchDatabase db = ScratchDatabase.sqliteFile(notes::add);
        Path file = Path.of(db.url().substring("jdbc:sqlite:".length()));
        assertThat(file).exists();
        assertThat(db.syntax()).isEqualTo(ClientSyntax.SQLITE3);
        assertThat(db.name()).isNull();
        db.close();
        assertThat(file).doesNotExist();
        Files.writeString(file, "not ours any more");
        try {
            db.close();
            assertThat(file).exists();
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(notes).isEmpty();
    }

    @Test
    @DisplayName("an error line: the statement's first line, or the line of the server's reported position")
    void errorLine() {
        ScriptPiece.Statement st = new ScriptPiece.Statement("CREATE TABLE t (\n  a int,\n  b nope\n)", 10);
        assertThat(ScriptLoader.errorLine(st, new SQLException("ERROR: relation does not exist"))).isEqualTo(10);
        assertThat(ScriptLoader.errorLine(st, new SQLException("ERROR: type \"nope\" does not exist\n  Position: 31")))
                .isEqualTo(12);
    }
}
