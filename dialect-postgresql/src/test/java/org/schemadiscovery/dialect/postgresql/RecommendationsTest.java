package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("PostgreSQL recommendations: unused and invalid indexes, sequences near exhaustion, NOT VALID")
class RecommendationsTest {

    @Test
    @DisplayName("each rule fires exactly where it should")
    void rules() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec("CREATE TABLE t (id int PRIMARY KEY, a int, b int, u int)",
                    "CREATE INDEX t_a ON t (a)", "CREATE INDEX t_b ON t (b)", "CREATE UNIQUE INDEX t_u ON t (u)",
                    "INSERT INTO t SELECT g, g, g, g FROM generate_series(1, 100) g",
                    "CREATE TABLE d (x int)", "INSERT INTO d VALUES (1), (1)",
                    "CREATE SEQUENCE small AS smallint MAXVALUE 100", "SELECT setval('small', 90)",
                    "CREATE SEQUENCE roomy", "SELECT setval('roomy', 1000)",
                    "CREATE TABLE c (id int REFERENCES t (id), v int)",
                    "ALTER TABLE c ADD CONSTRAINT c_v_check CHECK (v > 0) NOT VALID",
                    "CREATE INDEX c_id ON c (id)", "ALTER TABLE c ADD CONSTRAINT c_v_positive CHECK (v >= 0)");
            assertThatThrownBy(() -> db.exec("CREATE UNIQUE INDEX CONCURRENTLY d_x ON d (x)"))
                    .isInstanceOf(SQLException.class);
            useIndex(db, "SELECT count(*) FROM t WHERE b = 5", "t_b");
            useIndex(db, "SELECT count(*) FROM c WHERE id = 5", "c_id");

            SchemaInfo s = Discovery.discover(db);
            List<Recommendation> pg = s.recommendations().stream().filter(r -> r.ruleId().startsWith("pg-")).toList();
            // core sorts recommendations by rule id, then object
            assertThat(pg).containsExactly(
                    new Recommendation("pg-constraint-not-validated", Severity.WARNING, "public.c.c_v_check",
                            "constraint c_v_check on public.c was added NOT VALID and never validated: existing rows"
                                    + " are unchecked",
                            "ALTER TABLE public.c VALIDATE CONSTRAINT c_v_check"),
                    new Recommendation("pg-invalid-index", Severity.WARNING, "public.d_x",
                            "index public.d_x is invalid (a failed or unfinished build, or a partitioned index"
                                    + " missing a partition's index): it is maintained on writes but never used",
                            "DROP INDEX public.d_x"),
                    new Recommendation("pg-sequence-exhaustion", Severity.WARNING, "public.small",
                            "sequence public.small has used 90% of its range (last value 90 of 100);"
                                    + " nextval fails once it is exhausted",
                            "ALTER SEQUENCE public.small AS bigint"),
                    new Recommendation("pg-unused-index", Severity.INFO, "public.t_a",
                            "index public.t_a on public.t has not been scanned since statistics were last reset"
                                    + " (idx_scan = 0); it costs writes and space for nothing unless a rare query"
                                    + " needs it",
                            "DROP INDEX public.t_a"));

            // a session that did not read the indexes itself (core reopened it) asks the statistics with one query
            try (Connection c = db.connect();
                 DiscoverySession fresh = new PostgresDiscoveryStrategy().open(SessionTest.context(c, db))) {
                assertThat(fresh.recommendations(s)).containsExactlyInAnyOrderElementsOf(pg);
            }
        }
    }

    /** Runs a query that uses the index and waits until the statistics show the scan. */
    private static void useIndex(PgDatabase db, String query, String index) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("SET enable_seqscan = off");
            st.execute(query);
            st.execute("SELECT pg_stat_force_next_flush()");
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = '"
                         + index + "'")) {
                if (rs.next() && rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("statistics never showed a scan of " + index);
    }
}
