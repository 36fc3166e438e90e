package org.schemadiscovery.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.support.SqlResources;

@DisplayName("SqlResources: one .sql convention for every dialect (includes, comments, ${} placeholders)")
class SqlResourcesTest {
    private static SqlResources load(String... names) {
        return SqlResources.load(name -> SqlResourcesTest.class.getResourceAsStream(name), List.of(names));
    }

    @Test
    @DisplayName("includes are resolved, whole-line comments dropped, the text stripped")
    void includesAndComments() {
        assertThat(load("sql-with-include").text("sql-with-include"))
                .isEqualTo("SELECT a\nFROM t\nWHERE ${condition} AND b = ${b}");
    }

    @Test
    @DisplayName("fill replaces the placeholders given, in one pass, and leaves the others for later")
    void fill() {
        SqlResources sql = load("sql-with-include");
        assertThat(sql.fill(Map.of("condition", "x > 1"))).containsExactly(
                Map.entry("sql-with-include", "SELECT a\nFROM t\nWHERE x > 1 AND b = ${b}"));
        assertThat(SqlResources.fill("${a} ${b}", Map.of("a", "${b}", "b", "'$1'"))).isEqualTo("${b} '$1'");
        assertThat(SqlResources.placeholders(sql.text("sql-with-include"))).containsExactly("condition", "b");
    }

    @Test
    @DisplayName("fillAll names the statement and the placeholder left without a value")
    void fillAllIsStrict() {
        assertThatThrownBy(() -> load("sql-with-include", "sql-unknown").fillAll(Map.of("condition", "1", "b", "2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("catalog statement sql-unknown uses unknown placeholders [unknown]");
    }

    @Test
    @DisplayName("a missing resource or name is an error that names it")
    void missing() {
        assertThatThrownBy(() -> load("no-such-query")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-query.sql");
        assertThatThrownBy(() -> load("sql-unknown").text("other")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other");
    }
}
