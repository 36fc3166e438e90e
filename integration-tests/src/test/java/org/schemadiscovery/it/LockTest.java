package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * Scenario 3: another session holds ACCESS EXCLUSIVE on a table. The catalog statement that deparses it waits out
 * our lock timeout, is retried once with a doubled one, then the locked table is left out with a warning and
 * everything else is complete.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("lock held by another session")
class LockTest {
    /** 5 s per statement gives a 500 ms lock timeout (a tenth), doubled to 1 s on the retry. */
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);
    private static final TableRef LOCKED = TableRef.of("app", "locked_t");
    private static final TableRef LOCKED_VIEW = TableRef.of("app", "locked_v");

    private PgDatabase db;
    private SchemaDiscovery sd;

    @BeforeAll
    void createDatabase() throws SQLException {
        db = PgDatabase.create();
        db.exec(Fixtures.postgresShop());
        // a default, a check, an index and a foreign key: every deparser call (pg_get_expr, pg_get_indexdef,
        // pg_get_constraintdef) has something to wait for on this table
        db.exec("CREATE TABLE app.locked_t (id integer PRIMARY KEY, code text NOT NULL DEFAULT upper('x')"
                        + " CHECK (code <> ''), customer_id integer REFERENCES app.customer (id))",
                "CREATE INDEX locked_t_code ON app.locked_t (lower(code))");
        sd = Plugins.both().options(DiscoveryOptions.builder().statementTimeout(STATEMENT_TIMEOUT).build()).build();
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    @DisplayName("ACCESS EXCLUSIVE on one table: waits 500 ms, retries with 1 s, then that table is a LOCKED"
            + " warning and the rest equals an unlocked run")
    void lockedTable() throws SQLException {
        SchemaInfo unlocked = sd.discover(db.url());
        assertThat(unlocked.warnings()).isEmpty();
        assertThat(unlocked.table(LOCKED)).isPresent();

        SchemaInfo locked;
        long elapsedMillis;
        try (Connection holder = lockInAnotherSession("app.locked_t")) {
            long t0 = System.nanoTime();
            locked = sd.discover(db.url());
            elapsedMillis = (System.nanoTime() - t0) / 1_000_000;
            holder.rollback();
        }
        // one warning per phase that would have read the table; the phases that do not touch it stay silent
        assertThat(locked.warnings())
                .extracting(DiscoveryWarning::object, DiscoveryWarning::phase, DiscoveryWarning::errorClass)
                .containsExactly(tuple("app.locked_t", "tables", ErrorClass.LOCKED),
                        tuple("app.locked_t", "indexes", ErrorClass.LOCKED),
                        tuple("app.locked_t", "constraints", ErrorClass.LOCKED));
        List<String> texts = locked.metrics().statementTexts();
        // once on the session's connection, and once more on the read-ahead connection when it met the lock too
        // (its indexes and constraints are then read again by the session, without the locked table)
        assertThat(texts.stream().filter(t -> t.contains("pg_catalog.pg_locks")).count())
                .as("lookups of the locked relations").isBetween(1L, 2L);
        assertThat(texts.stream().filter(t -> t.contains("set_config('lock_timeout', ?, true) AS lock_timeout")
                && !t.contains("search_path")).count()).as("lock timeout raised").isGreaterThanOrEqualTo(1);
        assertThat(elapsedMillis).as("waited 500 ms, then 1000 ms, then went on").isBetween(1_500L, 10_000L);

        assertThat(locked.table(LOCKED)).isEmpty();
        assertEverythingElse(locked, unlocked, Set.of(LOCKED));
    }

    @Test
    @DisplayName("ACCESS EXCLUSIVE on a table a view reads: the table and the view are LOCKED warnings, every"
            + " other object is complete")
    void lockedTableUnderAView() throws SQLException {
        db.exec("CREATE VIEW app.locked_v AS SELECT id, code FROM app.locked_t");
        try {
            SchemaInfo unlocked = sd.discover(db.url());
            assertThat(unlocked.warnings()).isEmpty();
            SchemaInfo locked;
            try (Connection holder = lockInAnotherSession("app.locked_t")) {
                locked = sd.discover(db.url());
                holder.rollback();
            }
            assertThat(locked.warnings())
                    .extracting(DiscoveryWarning::object, DiscoveryWarning::phase, DiscoveryWarning::errorClass)
                    .containsExactly(tuple("app.locked_t", "tables", ErrorClass.LOCKED),
                            tuple("app.locked_v", "views", ErrorClass.LOCKED),
                            tuple("app.locked_t", "indexes", ErrorClass.LOCKED),
                            tuple("app.locked_t", "constraints", ErrorClass.LOCKED));
            assertThat(locked.table(LOCKED)).isEmpty();
            assertThat(locked.views()).extracting(v -> v.ref()).doesNotContain(LOCKED_VIEW);
            assertEverythingElse(locked, unlocked, Set.of(LOCKED, LOCKED_VIEW));
        } finally {
            db.exec("DROP VIEW app.locked_v");
        }
    }

    private Connection lockInAnotherSession(String table) throws SQLException {
        Connection holder = db.connect();
        holder.setAutoCommit(false);
        try (Statement st = holder.createStatement()) {
            st.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
        }
        return holder;
    }

    /** Every table, view and relationship not involving the locked objects is exactly as in the unlocked run. */
    private static void assertEverythingElse(SchemaInfo locked, SchemaInfo unlocked, Set<TableRef> missing) {
        assertThat(locked.tables()).extracting(t -> t.ref()).isEqualTo(unlocked.tables().stream()
                .map(t -> t.ref()).filter(r -> !missing.contains(r)).toList());
        ModelChecks.assertSame(locked.tables(), unlocked.tables().stream().filter(t -> !missing.contains(t.ref()))
                .toList(), "tables other than the locked one");
        ModelChecks.assertSame(locked.views(), unlocked.views().stream().filter(v -> !missing.contains(v.ref()))
                .toList(), "views");
        ModelChecks.assertSame(locked.sequences(), unlocked.sequences(), "sequences");
        ModelChecks.assertSame(locked.types(), unlocked.types(), "types");
        ModelChecks.assertSame(locked.routines(), unlocked.routines(), "routines");
        ModelChecks.assertSame(locked.relationships(), unlocked.relationships().stream()
                .filter(r -> !missing.contains(r.from()) && !missing.contains(r.to())).toList(), "relationships");
        ModelChecks.assertConsistent(locked);
    }
}
