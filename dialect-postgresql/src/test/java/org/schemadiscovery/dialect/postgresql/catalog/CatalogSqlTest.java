package org.schemadiscovery.dialect.postgresql.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("catalog queries: one .sql resource each, scope prefix included, version fragments filled in")
class CatalogSqlTest {
    private static final Set<String> UNSCOPED = Set.of("begin", "session-settings", "export-snapshot", "savepoint", "probe",
            "lock-timeout", "rollback-to-savepoint", "end", "fingerprint-token");

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {120022, 130018, 140015, 150020, 160006, 170002})
    void everyQueryResolves(int version) {
        Map<String, String> sql = CatalogSql.load().forVersion(PgFeatures.of(version));
        assertThat(sql.keySet()).containsExactlyInAnyOrderElementsOf(CatalogSql.QUERIES);
        sql.forEach((name, text) -> {
            assertThat(text).as(name).doesNotContain("${").doesNotContain("--").doesNotContain("@include")
                    .doesNotEndWith(";");
            long params = text.chars().filter(c -> c == '?').count();
            if (UNSCOPED.contains(name)) {
                assertThat(params).as(name + " parameters").isEqualTo(
                        name.equals("session-settings") || name.equals("lock-timeout") ? 1 : 0);
            } else {
                assertThat(params).as(name + " parameters").isEqualTo(5);
                assertThat(text).as(name).startsWith("WITH params AS (");
            }
        });
        assertThat(sql.get("triggers")).contains(version >= 130000 ? "AND t.tgparentid = 0" : "AND true");
        assertThat(sql.get("indexes")).contains(version >= 150000 ? "i.indnullsnotdistinct AS nulls_not_distinct"
                : "false AS nulls_not_distinct");
        assertThat(sql.get("begin")).isEqualTo("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
}
