package org.schemadiscovery.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTextsTest {
    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO t VALUES (1)", "  update t set a = 1", "-- c\nDELETE FROM t",
        "/* x */ CREATE TABLE t (a int)", "drop table t", "ALTER TABLE t ADD b int", "TRUNCATE t",
        "COMMENT ON TABLE t IS 'x'", "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x", "ANALYZE t",
        "VACUUM", "GRANT SELECT ON t TO u", "REFRESH MATERIALIZED VIEW m"})
    @DisplayName("statements that change data, schema or statistics are writes")
    void writes(String sql) {
        assertThat(SqlTexts.isWrite(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM pg_class", "with x as (select 1) select * from x",
        "SET LOCAL lock_timeout = 1",
        "SAVEPOINT s", "ROLLBACK TO SAVEPOINT s", "BEGIN", "PRAGMA query_only = 1", "metadata:getColumns",
        "SHOW server_version", "SELECT 'INSERT INTO t' AS text"})
    @DisplayName("queries, session settings and metadata calls are not writes")
    void notWrites(String sql) {
        assertThat(SqlTexts.isWrite(sql)).isFalse();
    }

    @Test
    @DisplayName("the first difference between two statement lists is named with its position")
    void firstDifference() {
        assertThat(SqlTexts.firstDifference(List.of("a", "b"), List.of("a", "c")))
                .isEqualTo("statement #2 differs:\n  expected: b\n  actual:   c");
        assertThat(SqlTexts.firstDifference(List.of("a"), List.of("a", "x")))
                .isEqualTo("expected 1 statements, got 2; the first extra one: x");
    }
}
