package org.schemadiscovery.dialect.postgresql.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("restricted catalog queries: the restriction test without its OR, driven from wanted, unkept branches"
        + " dropped")
class RestrictedSqlTest {
    private final Map<String, String> sql = CatalogSql.load().forVersion(PgFeatures.of(150020));
    private final Map<String, String> restricted = RestrictedSql.derive(sql);

    @Test
    void everyRestrictionTestLosesItsOr() {
        assertThat(restricted.keySet()).isEqualTo(sql.keySet());
        restricted.forEach((name, text) -> {
            assertThat(text).as(name).doesNotContain("NOT p.restricted OR");
            assertThat(text.chars().filter(c -> c == '?').count()).as(name + " parameters")
                    .isEqualTo(sql.get(name).chars().filter(c -> c == '?').count());
        });
        assertThat(restricted.get("relations"))
                .contains("FROM (SELECT DISTINCT w.oid FROM wanted w) w\nJOIN pg_catalog.pg_class c ON c.oid = w.oid\n"
                        + "JOIN scope s ON s.oid = c.relnamespace\n")
                .doesNotContain("IN (SELECT w.oid FROM wanted w)");
        assertThat(restricted.get("privileges"))
                .contains("c.relkind = 'S' AND c.oid IN (SELECT o.oid FROM owned_sequences o)")
                .contains("c.relkind <> 'S' AND c.oid IN (SELECT w.oid FROM wanted w)");
        assertThat(restricted.get("sequences"))
                .contains("FROM (SELECT DISTINCT o.oid FROM owned_sequences o) o\n"
                        + "JOIN pg_catalog.pg_sequence sq ON sq.seqrelid = o.oid\n")
                .doesNotContain("IN (SELECT o.oid FROM owned_sequences o)");
        assertThat(restricted.get("begin")).isEqualTo(sql.get("begin"));
    }

    @Test
    void branchesOfWhatARereadDoesNotKeepAreDropped() {
        for (String name : new String[] {"comments", "privileges"}) {
            assertThat(sql.get(name)).as(name).contains("WHERE NOT p.restricted");
            assertThat(restricted.get(name)).as(name).doesNotContain("NOT p.restricted").contains("WHERE false");
        }
        assertThat(restricted.get("comments").split("WHERE false", -1)).as("schema, routine and extension branches")
                .hasSize(4);
        assertThat(restricted.get("privileges").split("WHERE false", -1)).as("schema and routine branches")
                .hasSize(3);
    }

    @Test
    void annotationBranchesStartFromWantedAndOwnedSequences() {
        assertThat(restricted.get("comments"))
                .contains("FROM (SELECT o.oid FROM owned_sequences o\n"
                        + "      UNION SELECT x.indexrelid FROM wanted w JOIN pg_catalog.pg_index x ON x.indrelid = w.oid) w\n"
                        + "JOIN pg_catalog.pg_class c ON c.oid = w.oid\n")
                .contains("JOIN pg_catalog.pg_constraint con ON con.conrelid = c.oid\n")
                .contains("JOIN pg_catalog.pg_trigger tg ON tg.tgrelid = c.oid\n")
                .contains("JOIN pg_catalog.pg_policy pol ON pol.polrelid = c.oid\n")
                .doesNotContain("c.oid IN (SELECT w.oid FROM wanted w)");
        assertThat(restricted.get("privileges"))
                .contains("FROM (SELECT w.oid FROM wanted w UNION SELECT o.oid FROM owned_sequences o) w\n"
                        + "    JOIN pg_catalog.pg_class c ON c.oid = w.oid\n")
                .contains("FROM (SELECT DISTINCT w.oid FROM wanted w) w\nJOIN pg_catalog.pg_class c ON c.oid = w.oid\n"
                        + "JOIN pg_catalog.pg_attribute at ON at.attrelid = c.oid\n");
        assertThat(restricted.get("triggers")).contains("JOIN pg_catalog.pg_trigger t ON t.tgrelid = c.oid\n")
                .doesNotContain("IN (SELECT w.oid FROM wanted w)");
        assertThat(restricted.get("policies")).contains("JOIN pg_catalog.pg_policy pol ON pol.polrelid = c.oid\n")
                .doesNotContain("IN (SELECT w.oid FROM wanted w)");
    }

    @Test
    void columnsStartFromWanted() {
        assertThat(restricted.get("columns"))
                .contains("FROM (SELECT DISTINCT w.oid FROM wanted w) w\nJOIN pg_catalog.pg_class c ON c.oid = w.oid\n"
                        + "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid")
                .doesNotContain("FROM pg_catalog.pg_attribute a\n")
                .doesNotContain("c.oid IN (SELECT w.oid FROM wanted w)");
    }

    @Test
    void indexQueriesStartFromWanted() {
        for (String name : new String[] {"indexes", "unused-indexes"}) {
            assertThat(restricted.get(name)).as(name)
                .contains("FROM (SELECT DISTINCT w.oid FROM wanted w) w\nJOIN pg_catalog.pg_class tc ON tc.oid = w.oid\n"
                        + "JOIN pg_catalog.pg_index i ON i.indrelid = tc.oid\n"
                        + "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid")
                .doesNotContain("FROM pg_catalog.pg_index i\n")
                .doesNotContain("tc.oid IN (SELECT w.oid FROM wanted w)");
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {120022, 130018, 140015, 150020, 160006, 170002})
    void everyVersionDerives(int version) {
        Map<String, String> forVersion = CatalogSql.load().forVersion(PgFeatures.of(version));
        Map<String, String> derived = CatalogSql.restricted(forVersion);
        for (String name : new String[] {"relations", "columns", "triggers", "policies", "indexes", "unused-indexes",
                "constraints"}) {
            assertThat(derived.get(name)).as(name).doesNotContain("NOT p.restricted OR")
                    .contains("FROM (SELECT DISTINCT w.oid FROM wanted w) w")
                    .doesNotContain("IN (SELECT w.oid FROM wanted w)");
        }
    }

    @Test
    void aDrivenQueryOfAnotherShapeIsRefused() {
        assertThatThrownBy(() -> RestrictedSql.derive("columns", "SELECT 1 FROM pg_catalog.pg_attribute a"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RestrictedSql.derive("unused-indexes", "SELECT 1 FROM pg_catalog.pg_index i"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RestrictedSql.derive("comments", "SELECT 1 FROM pg_catalog.pg_class c"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(RestrictedSql.derive("types", "SELECT 1")).isEqualTo("SELECT 1");
    }
}
