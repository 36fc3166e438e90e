package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.core.SchemaDiscovery;

/** Scenario 6: 16 threads share one SchemaDiscovery; every result equals a lone run's. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("16 threads, one SchemaDiscovery")
class ConcurrencyTest {
    private static final int THREADS = 16;

    private PgDatabase db;
    @TempDir
    Path dir;

    @BeforeAll
    void createDatabase() throws SQLException {
        db = PgDatabase.create();
        db.exec(Fixtures.postgresShop());
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    @DisplayName("16 threads discovering PostgreSQL and SQLite at once get identical results, and each run counts"
            + " exactly its own statements")
    void sixteenThreads() throws Exception {
        Path file = SqliteFiles.create(dir.resolve("shop.sqlite"), Fixtures.sqliteShop());
        String sqliteUrl = SqliteFiles.url(file);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        DiscoveryListener overlap = new DiscoveryListener() {
            @Override
            public void phaseStarted(String phase) {
                if (phase.equals("probe")) {
                    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                }
            }

            @Override
            public void phaseFinished(String phase, int items) {
                if (phase.equals("recommendations")) {
                    running.decrementAndGet();
                }
            }
        };
        SchemaDiscovery sd = Plugins.both().listener(overlap).build();
        SchemaInfo pgAlone = sd.discover(db.url());
        SchemaInfo sqliteAlone = sd.discover(sqliteUrl);
        assertThat(pgAlone.warnings()).isEmpty();
        assertThat(sqliteAlone.warnings()).isEmpty();
        maxRunning.set(0);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SchemaInfo[]>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                boolean pgFirst = i % 2 == 0;
                futures.add(pool.submit(() -> {
                    start.await();
                    SchemaInfo a = sd.discover(pgFirst ? db.url() : sqliteUrl);
                    SchemaInfo b = sd.discover(pgFirst ? sqliteUrl : db.url());
                    return pgFirst ? new SchemaInfo[] {a, b} : new SchemaInfo[] {b, a};
                }));
            }
            start.countDown();
            for (Future<SchemaInfo[]> f : futures) {
                SchemaInfo[] both = f.get(120, TimeUnit.SECONDS);
                ModelChecks.assertSame(ModelChecks.withoutMetrics(both[0]), ModelChecks.withoutMetrics(pgAlone),
                        "a concurrent PostgreSQL result");
                ModelChecks.assertSame(ModelChecks.withoutMetrics(both[1]), ModelChecks.withoutMetrics(sqliteAlone),
                        "a concurrent SQLite result");
                assertThat(ModelChecks.statementTexts(both[0])).isEqualTo(ModelChecks.statementTexts(pgAlone));
                assertThat(both[1].metrics().statementTexts()).isEqualTo(sqliteAlone.metrics().statementTexts());
                assertThat(both[0].metrics().rowsRead()).isEqualTo(pgAlone.metrics().rowsRead());
                assertThat(both[1].metrics().rowsRead()).isEqualTo(sqliteAlone.metrics().rowsRead());
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(maxRunning.get()).as("discoveries running at the same time").isGreaterThan(1);
        assertThat(running.get()).isZero();
    }
}
