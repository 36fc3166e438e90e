package org.schemadiscovery.core.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.exception.NoMatchingSchemaException;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.testing.Sqlite;

@DisplayName("the facade: schema patterns that match no schema fail, naming the patterns and the schemas there are")
class NoMatchingSchemaTest {
    @TempDir
    static Path dir;
    static String url;

    @BeforeAll
    static void database() {
        url = Sqlite.create(dir, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
    }

    private static SchemaDiscovery with(DiscoveryOptions options) {
        return SchemaDiscovery.builder().options(options).build();
    }

    @Test
    @DisplayName("include nope*: NoMatchingSchemaException with the patterns and 'main'")
    void include() {
        assertThatThrownBy(() -> with(DiscoveryOptions.builder().includeSchema("nope*").build()).discover(url))
                .isInstanceOfSatisfying(NoMatchingSchemaException.class, e -> {
                    assertThat(e.includeSchemas()).containsExactly("nope*");
                    assertThat(e.excludeSchemas()).isEmpty();
                    assertThat(e.existingSchemas()).containsExactly("main");
                })
                .hasMessage("no schema matches include 'nope*'; the database has 'main'");
    }

    @Test
    @DisplayName("exclude *, or include main minus exclude m*: the same")
    void exclude() {
        assertThatThrownBy(() -> with(DiscoveryOptions.builder().excludeSchema("*").build()).discover(url))
                .isInstanceOf(NoMatchingSchemaException.class)
                .hasMessage("no schema matches after exclude '*'; the database has 'main'");
        assertThatThrownBy(() -> with(DiscoveryOptions.builder().includeSchema("main").excludeSchema("m*").build())
                .discover(url))
                .hasMessage("no schema matches include 'main' minus exclude 'm*'; the database has 'main'");
    }

    @Test
    @DisplayName("a pattern that matches still discovers, and no pattern at all never checks")
    void matching() {
        assertThat(with(DiscoveryOptions.builder().includeSchema("ma?n").build()).discover(url).tables()).hasSize(1);
        assertThat(with(DiscoveryOptions.defaults()).discover(url).tables()).hasSize(1);
    }
}
