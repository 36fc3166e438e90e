package org.schemadiscovery.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.spi.ConnectionSource;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.support.SecondConnection;
import org.schemadiscovery.core.testing.Sqlite;

@DisplayName("SecondConnection: work on a second connection while the session goes on")
class SecondConnectionTest {
    @TempDir
    Path dir;

    /** Hands out new SQLite connections to one file and remembers them. */
    private final class Source implements ConnectionSource {
        final String url;
        final boolean canOpen;
        final List<Connection> opened = new CopyOnWriteArrayList<>();

        Source(boolean canOpen) throws SQLException {
            this.url = Sqlite.create(dir, "CREATE TABLE t(a INT)", "INSERT INTO t VALUES (1), (2)");
            this.canOpen = canOpen;
        }

        @Override
        public Connection connection() {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public boolean canOpen() {
            return canOpen;
        }

        @Override
        public Connection openAnother() throws SQLException {
            Connection c = DriverManager.getConnection(url);
            opened.add(c);
            return c;
        }
    }

    private static DiscoveryContext context(ConnectionSource source, int maxConnections) {
        return context(source, maxConnections, null);
    }

    private static DiscoveryContext context(ConnectionSource source, int maxConnections, Executor executor) {
        DiscoveryOptions options = DiscoveryOptions.builder().maxConnections(maxConnections).build();
        return new DiscoveryContext(source, new DatabaseIdentity("SQLite", "3", 3, 0, "test", "jdbc:sqlite:", "sqlite"),
                options, Instant.now().plusSeconds(30), Duration.ofSeconds(10), DiscoveryListener.NONE, executor);
    }

    private static int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    @DisplayName("not started when the options allow one connection or core cannot open another")
    void notAllowed() throws SQLException {
        assertThat(SecondConnection.start(context(new Source(true), 1), "t", c -> { })).isEmpty();
        assertThat(SecondConnection.start(context(new Source(false), 2), "t", c -> { })).isEmpty();
        assertThat(SecondConnection.allowed(context(new Source(true), 2))).isTrue();
    }

    @Test
    @DisplayName("a result the work completes is handed out; the connection is closed after the work")
    void result() throws Exception {
        Source source = new Source(true);
        CompletableFuture<Integer> rows = new CompletableFuture<>();
        try (SecondConnection second = SecondConnection.start(context(source, 2), "sd-test",
                c -> rows.complete(count(c))).orElseThrow()) {
            assertThat(second.await(rows)).contains(2);
            second.close();
            assertThat(second.failure()).isEmpty();
        }
        assertThat(source.opened).singleElement().satisfies(c -> assertThat(c.isClosed()).isTrue());
    }

    @Test
    @DisplayName("work that fails or ends without a result: await answers empty, failure() says why")
    void failureAndMissingResult() throws Exception {
        Source source = new Source(true);
        CompletableFuture<Integer> never = new CompletableFuture<>();
        try (SecondConnection second = SecondConnection.start(context(source, 2), "sd-test", c -> {
            try (Statement st = c.createStatement()) {
                st.executeQuery("SELECT * FROM no_such_table");
            }
        }).orElseThrow()) {
            assertThat(second.await(never)).isEmpty();
            assertThat(second.failure()).get().isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains("no_such_table"));
        }
        CompletableFuture<Integer> skipped = new CompletableFuture<>();
        try (SecondConnection second = SecondConnection.start(context(source, 2), "sd-test", c -> { })
                .orElseThrow()) {
            assertThat(second.await(skipped)).isEmpty();
            assertThat(second.failure()).isEmpty();
        }
        assertThat(source.opened).hasSize(2).allSatisfy(c -> assertThat(c.isClosed()).isTrue());
    }

    @Test
    @DisplayName("await with a reason: says what is missing and why, only when it is missing")
    void awaitWithReason() throws Exception {
        Source source = new Source(true);
        List<String> said = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> rows = new CompletableFuture<>();
        CompletableFuture<Integer> never = new CompletableFuture<>();
        try (SecondConnection second = SecondConnection.start(context(source, 2), "sd-test", c -> {
            rows.complete(count(c));
            try (Statement st = c.createStatement()) {
                st.executeQuery("SELECT * FROM no_such_table");
            }
        }).orElseThrow()) {
            assertThat(second.await(rows, "rows", said::add)).contains(2);
            assertThat(said).isEmpty();
            assertThat(second.await(never, "indexes", said::add)).isEmpty();
        }
        assertThat(said).singleElement().asString()
                .startsWith("nothing read ahead; the session reads it itself what=indexes error=")
                .contains("no_such_table");
    }

    @Test
    @DisplayName("a connection that cannot be had (a full pool) is given up after OPEN_WAIT; close() stops the wait")
    void connectionNeverComes() throws Exception {
        CompletableFuture<Void> interrupted = new CompletableFuture<>();
        ConnectionSource stuck = new ConnectionSource() {
            @Override
            public Connection connection() {
                throw new UnsupportedOperationException("not used here");
            }

            @Override
            public boolean canOpen() {
                return true;
            }

            @Override
            public Connection openAnother() throws SQLException {
                try {
                    Thread.sleep(60_000);
                    throw new SQLException("the pool never answered");
                } catch (InterruptedException e) {
                    interrupted.complete(null);
                    throw new SQLException("interrupted while waiting for a pooled connection", e);
                }
            }
        };
        CompletableFuture<Integer> result = new CompletableFuture<>();
        long t0 = System.nanoTime();
        try (SecondConnection second = SecondConnection.start(context(stuck, 2), "sd-test", c -> result.complete(1))
                .orElseThrow()) {
            assertThat(second.await(result)).isEmpty();
            Duration waited = Duration.ofNanos(System.nanoTime() - t0);
            assertThat(waited).isBetween(SecondConnection.OPEN_WAIT.minusMillis(100),
                    SecondConnection.OPEN_WAIT.plusSeconds(3));
            long t1 = System.nanoTime();
            assertThat(second.await(result)).as("asking again does not wait again").isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - t1)).isLessThan(Duration.ofSeconds(1));
        }
        interrupted.get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("a transaction the work leaves open is rolled back before the connection is closed")
    void openTransactionRolledBack() throws Exception {
        Source source = new Source(true);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        try (SecondConnection second = SecondConnection.start(context(source, 2), "sd-test", c -> {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO t VALUES (3)");
            }
            done.complete(count(c));
        }).orElseThrow()) {
            assertThat(second.await(done)).contains(3);
        }
        try (Connection check = DriverManager.getConnection(source.url)) {
            assertThat(count(check)).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("caller's executor: the work runs on one of its threads and hands its result out")
    void callersExecutor() throws Exception {
        Source source = new Source(true);
        ExecutorService pool = Executors.newFixedThreadPool(1, r -> new Thread(r, "caller-pool"));
        try {
            CompletableFuture<String> thread = new CompletableFuture<>();
            try (SecondConnection second = SecondConnection.start(context(source, 2, pool), "unused",
                    c -> thread.complete(Thread.currentThread().getName() + " " + count(c))).orElseThrow()) {
                assertThat(second.await(thread)).contains("caller-pool 2");
            }
            assertThat(source.opened).singleElement().satisfies(c -> assertThat(c.isClosed()).isTrue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a direct executor (Runnable::run) or one that rejects: no second connection, nothing runs")
    void directOrRejectingExecutor() throws Exception {
        Source source = new Source(true);
        AtomicBoolean ran = new AtomicBoolean();
        assertThat(SecondConnection.start(context(source, 2, Runnable::run), "t", c -> ran.set(true))).isEmpty();
        Executor rejecting = r -> {
            throw new RejectedExecutionException("full");
        };
        assertThat(SecondConnection.start(context(source, 2, rejecting), "t", c -> ran.set(true))).isEmpty();
        assertThat(ran).isFalse();
        assertThat(source.opened).isEmpty();
    }

    @Test
    @DisplayName("a saturated pool: await gives the queued work up after OPEN_WAIT, and it never opens a connection")
    void saturatedPool() throws Exception {
        Source source = new Source(true);
        ExecutorService pool = Executors.newFixedThreadPool(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            AtomicBoolean ran = new AtomicBoolean();
            CompletableFuture<Integer> result = new CompletableFuture<>();
            long t0 = System.nanoTime();
            try (SecondConnection second = SecondConnection.start(context(source, 2, pool), "t", c -> {
                ran.set(true);
                result.complete(count(c));
            }).orElseThrow()) {
                assertThat(second.await(result)).isEmpty();
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(
                        SecondConnection.OPEN_WAIT.minusMillis(100), SecondConnection.OPEN_WAIT.plusSeconds(3));
            }
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).as("the queued work, run later, saw it was given up").isFalse();
            assertThat(source.opened).isEmpty();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
