package org.schemadiscovery.dialect.postgresql.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("restricted catalog queries: the restriction test without its OR, columns driven from wanted")
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
        assertThat(restricted.get("relations")).contains("AND c.oid IN (SELECT w.oid FROM wanted w)")
                .isNotEqualTo(sql.get("relations"));
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
        for (String name : new String[] {"columns", "indexes", "unused-indexes", "constraints"}) {
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
        assertThat(RestrictedSql.derive("relations", "SELECT 1")).isEqualTo("SELECT 1");
    }
}
