package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("locks: a relation another session holds in ACCESS EXCLUSIVE mode becomes a warning, the rest completes")
class LockTest {

    @Test
    @DisplayName("a locked table and the view reading it are left out with LOCKED warnings; unlocked, they are back")
    void lockedRelations() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec("CREATE TABLE a (id int PRIMARY KEY, v text DEFAULT 'x')", "CREATE INDEX a_v ON a (lower(v))",
                    "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id), w text DEFAULT 'y')",
                    "CREATE VIEW vb AS SELECT id FROM b", "CREATE VIEW va AS SELECT id FROM a");
            // statement timeout 2 s: lock timeout 200 ms, then 400 ms, then the locked relations are skipped
            DiscoveryOptions options = DiscoveryOptions.builder().statementTimeout(Duration.ofSeconds(2)).build();
            try (Connection locker = db.connect()) {
                locker.setAutoCommit(false);
                try (Statement st = locker.createStatement()) {
                    st.execute("LOCK TABLE a IN ACCESS EXCLUSIVE MODE");
                }
                long t0 = System.nanoTime();
                SchemaInfo s = Discovery.discover(db, options);
                long millis = (System.nanoTime() - t0) / 1_000_000;

                assertThat(s.tables()).as(s.warnings().toString()).extracting(t -> t.ref().name())
                        .containsExactly("b");
                assertThat(s.tables().get(0).columns()).hasSize(3);
                // the foreign key to the missing table is left out too: no reference to a missing table
                assertThat(s.tables().get(0).constraints()).extracting(c -> c.name()).containsExactly("b_pkey");
                assertThat(s.views()).extracting(v -> v.ref().name()).containsExactly("vb");
                assertThat(s.warnings()).allSatisfy(w -> assertThat(w.errorClass()).isEqualTo(ErrorClass.LOCKED));
                assertThat(s.warnings()).extracting(w -> w.phase() + ":" + w.object()).containsExactlyInAnyOrder(
                        "tables:public.a", "views:public.va", "indexes:public.a", "constraints:public.a");
                assertThat(s.warnings()).extracting(w -> w.message()).contains(
                        "tables of public.a not read: another session holds an ACCESS EXCLUSIVE lock on it",
                        "views of public.va not read: it reads a relation another session holds an ACCESS"
                                + " EXCLUSIVE lock on");
                assertThat(millis).isLessThan(10_000);
                locker.rollback();
            }
            SchemaInfo after = Discovery.discover(db, options);
            assertThat(after.warnings()).isEmpty();
            assertThat(after.tables()).extracting(t -> t.ref().name()).containsExactly("a", "b");
            assertThat(after.views()).extracting(v -> v.ref().name()).containsExactly("va", "vb");
        }
    }
}
