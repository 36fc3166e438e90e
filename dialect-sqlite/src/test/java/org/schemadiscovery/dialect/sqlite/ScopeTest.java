package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.ObjectKind;

@DisplayName("scope: schema patterns and object kinds")
class ScopeTest {
    @TempDir
    Path dir;

    private SchemaInfo discover(DiscoveryOptions options) throws Exception {
        Path file = Fixtures.featureFixture(dir);
        try (Connection c = Fixtures.openReadOnly(file)) {
            Fixtures.attachAux(c, dir);
            return LocalDiscovery.discover(c, options);
        }
    }

    @Test
    @DisplayName("an excluded schema is neither reported nor read")
    void excludeSchema() throws Exception {
        SchemaInfo s = discover(DiscoveryOptions.builder().excludeSchema("aux").build());
        assertThat(s.schemas()).containsExactly("main");
        assertThat(s.tables()).noneMatch(t -> "aux".equals(t.ref().schema()));
        assertThat(s.views()).extracting(v -> v.ref().name()).containsExactly("customer_orders", "named_cols");
        assertThat(s.metrics().statementTexts()).noneMatch(text -> text.contains("\"aux\""));
    }

    @Test
    @DisplayName("an include pattern selects the attached schema alone")
    void includeSchema() throws Exception {
        SchemaInfo s = discover(DiscoveryOptions.builder().includeSchema("a?x").build());
        assertThat(s.schemas()).containsExactly("aux");
        assertThat(s.tables()).extracting(t -> t.ref().displayName()).containsExactly("aux.aux_t");
        assertThat(s.views()).extracting(v -> v.ref().displayName()).containsExactly("aux.aux_v");
        assertThat(s.metrics().statementTexts()).noneMatch(text -> text.contains("\"main\".sqlite_schema"));
    }

    @Test
    @DisplayName("without TRIGGERS and VIEWS in the kinds, tables carry no triggers and no views are read")
    void kinds() throws Exception {
        SchemaInfo s = discover(DiscoveryOptions.builder()
                .kinds(EnumSet.of(ObjectKind.TABLES, ObjectKind.INDEXES, ObjectKind.CONSTRAINTS)).build());
        assertThat(s.tables()).hasSize(16).allMatch(t -> t.triggers().isEmpty());
        assertThat(s.views()).isEmpty();
        TableInfo customer = s.table("customer").orElseThrow();
        assertThat(customer.indexes()).hasSize(3);
        assertThat(customer.constraints()).hasSize(4);
    }
}
