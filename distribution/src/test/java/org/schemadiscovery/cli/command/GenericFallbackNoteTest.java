package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the generic fallback warning names the plugin that would do better")
class GenericFallbackNoteTest {
    @Test
    @DisplayName("by URL scheme or product name")
    void betterDialect() {
        assertThat(GenericFallbackNote.betterDialect("jdbc:postgresql://h/db", "x")).isEqualTo("postgresql");
        assertThat(GenericFallbackNote.betterDialect("jdbc:pgsql://h/db", "PostgreSQL")).isEqualTo("postgresql");
        assertThat(GenericFallbackNote.betterDialect("jdbc:mysql://h/db", "x")).isEqualTo("mysql");
        assertThat(GenericFallbackNote.betterDialect("jdbc:foo:x", "MariaDB")).isEqualTo("mysql");
        assertThat(GenericFallbackNote.betterDialect("jdbc:sqlite:a.db", "SQLite")).isEqualTo("sqlite");
        assertThat(GenericFallbackNote.betterDialect("jdbc:h2:mem:x", "H2")).isNull();
    }

    @Test
    @DisplayName("a loaded plugin that did not recognise the database: suggest --dialect")
    void loadedButNotChosen() {
        assertThat(GenericFallbackNote.text("jdbc:postgresql://h/db", "Redshift", List.of("generic", "postgresql")))
                .endsWith("the postgresql plugin is loaded but did not recognise it; try --dialect postgresql");
        assertThat(GenericFallbackNote.text("jdbc:h2:mem:x", "H2", List.of("generic"))).startsWith(
                "warning: no dialect plugin recognised H2, so the generic JDBC dialect was used");
    }
}
