package org.schemadiscovery.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.spi.CountedResultSet;
import org.schemadiscovery.core.testing.Sqlite;

@DisplayName("counting connection proxy")
class CountingJdbcTest {
    @TempDir
    Path dir;
    private Connection raw;
    private StatementCounter counter;
    private Connection counted;

    @BeforeEach
    void setUp() throws SQLException {
        raw = DriverManager.getConnection(Sqlite.create(dir, "CREATE TABLE t(a INT)",
                "INSERT INTO t VALUES (1), (2), (3)"));
        counter = new StatementCounter();
        counted = new CountingJdbc(counter, () -> 5).wrap(raw);
    }

    @AfterEach
    void tearDown() throws SQLException {
        raw.close();
    }

    @Test
    @DisplayName("a counted result set offers the driver's behind it for reading columns; rows count on next()")
    void directResultSet() throws SQLException {
        List<Integer> values = new ArrayList<>();
        try (Statement st = counted.createStatement(); ResultSet rs = st.executeQuery("SELECT a FROM t ORDER BY a")) {
            assertThat(rs).isInstanceOf(CountedResultSet.class);
            ResultSet direct = ((CountedResultSet) rs).direct();
            assertThat(java.lang.reflect.Proxy.isProxyClass(direct.getClass())).as("the driver's own").isFalse();
            assertThat(direct.getClass().getName()).startsWith("org.sqlite.");
            while (rs.next()) {
                values.add(direct.getInt("a"));
            }
        }
        assertThat(values).containsExactly(1, 2, 3);
        assertThat(counter.rows()).isEqualTo(3);
        assertThat(counter.statements()).isEqualTo(1);
    }

    @Test
    @DisplayName("counts executed statements with their SQL in order, and rows read")
    void statementsAndRows() throws SQLException {
        try (Statement st = counted.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT a FROM t ORDER BY a")) {
                while (rs.next()) {
                    assertThat(rs.getInt(1)).isPositive();
                }
            }
            st.execute("SELECT 1");
            try (ResultSet rs = st.getResultSet()) {
                assertThat(rs.next()).isTrue();
            }
            assertThat(st.getQueryTimeout()).isEqualTo(5);
        }
        try (PreparedStatement ps = counted.prepareStatement("SELECT a FROM t WHERE a > ?")) {
            ps.setInt(1, 1);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getStatement()).isSameAs(ps);
            }
            ps.setInt(1, 2);
            ps.execute();
        }
        assertThat(counter.texts()).containsExactly("SELECT a FROM t ORDER BY a", "SELECT 1",
                "SELECT a FROM t WHERE a > ?", "SELECT a FROM t WHERE a > ?");
        assertThat(counter.statements()).isEqualTo(4);
        assertThat(counter.rows()).isEqualTo(3 + 1 + 1);
    }

    @Test
    @DisplayName("metadata calls returning result sets count as metadata:<method>; others do not")
    void metadata() throws SQLException {
        DatabaseMetaData md = counted.getMetaData();
        assertThat(md.getDatabaseProductName()).isEqualTo("SQLite");
        try (ResultSet rs = md.getTables(null, null, "t", null)) {
            assertThat(rs.next()).isTrue();
        }
        try (ResultSet rs = md.getColumns(null, null, "t", "%")) {
            assertThat(rs.next()).isTrue();
        }
        assertThat(md.getConnection()).isSameAs(counted);
        assertThat(counter.texts()).containsExactly("metadata:getTables", "metadata:getColumns");
        assertThat(counter.rows()).isEqualTo(2);
    }

    @Test
    @DisplayName("batches count once with their texts; getConnection and unwrap stay on the proxy")
    void batchesAndWrappers() throws SQLException {
        try (Statement st = counted.createStatement()) {
            st.addBatch("INSERT INTO t VALUES (4)");
            st.addBatch("INSERT INTO t VALUES (5)");
            st.executeBatch();
            assertThat(st.getConnection()).isSameAs(counted);
        }
        assertThat(counter.texts()).containsExactly("INSERT INTO t VALUES (4); INSERT INTO t VALUES (5)");
        assertThat(counted.unwrap(Connection.class)).isSameAs(counted);
        assertThat(counted.isWrapperFor(org.sqlite.SQLiteConnection.class)).isTrue();
        assertThat(counted.unwrap(org.sqlite.SQLiteConnection.class)).isSameAs(raw);
        assertThat(new CountingJdbc(counter).wrap(counted)).isNotSameAs(counted);
        CountingJdbc same = new CountingJdbc(counter);
        Connection once = same.wrap(raw);
        assertThat(same.wrap(once)).isSameAs(once);
    }

    @Test
    @DisplayName("counters are thread-safe")
    void threadSafe() throws Exception {
        StatementCounter shared = new StatementCounter();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        shared.statement("s" + thread);
                        shared.row();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(shared.statements()).isEqualTo(8000);
        assertThat(shared.rows()).isEqualTo(8000);
        assertThat(shared.texts()).hasSize(8000);
    }

    @Test
    @DisplayName("statement texts: each connection's in order, the connections in the order they were wrapped")
    void textsPerConnection() throws Exception {
        StatementCounter c = new StatementCounter();
        CountingJdbc counting = new CountingJdbc(c);
        try (Connection first = counting.wrap(raw);
             Connection second = counting.wrap(DriverManager.getConnection(raw.getMetaData().getURL()))) {
            Thread other = new Thread(() -> {
                try (Statement st = second.createStatement()) {
                    st.executeQuery("SELECT 'second 1'").close();
                    st.executeQuery("SELECT 'second 2'").close();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (Statement st = first.createStatement()) {
                st.executeQuery("SELECT 'first 1'").close();
                other.start();
                other.join();
                st.executeQuery("SELECT 'first 2'").close();
            }
        }
        assertThat(c.texts()).containsExactly("SELECT 'first 1'", "SELECT 'first 2'", "SELECT 'second 1'",
                "SELECT 'second 2'");
        assertThat(c.statements()).isEqualTo(4);
    }

    @Test
    @DisplayName("cancelAll cancels each open statement once per call and forgets closed ones")
    void cancelAll() throws SQLException {
        List<String> cancelled = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountingJdbc counting = new CountingJdbc(counter);
        Connection c = counting.wrap(recordingCancels(raw, cancelled));
        Statement plain = c.createStatement();
        PreparedStatement prepared = c.prepareStatement("SELECT a FROM t");
        counting.cancelAll();
        assertThat(cancelled).containsExactlyInAnyOrder("createStatement", "prepareStatement");
        plain.close();
        cancelled.clear();
        counting.cancelAll();
        assertThat(cancelled).as("only the statement still open").containsExactly("prepareStatement");
        prepared.close();
        cancelled.clear();
        counting.cancelAll();
        assertThat(cancelled).isEmpty();
    }

    /** The real connection, with statements that record {@code cancel()} by the method that created them. */
    private static Connection recordingCancels(Connection real, List<String> cancelled) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(CountingJdbcTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (!(result instanceof Statement statement)) {
                        return result;
                    }
                    String origin = method.getName();
                    return java.lang.reflect.Proxy.newProxyInstance(CountingJdbcTest.class.getClassLoader(),
                            new Class<?>[] {method.getReturnType()}, (p, m, a) -> {
                                if (m.getName().equals("cancel")) {
                                    cancelled.add(origin);
                                }
                                return m.invoke(statement, a);
                            });
                });
    }
}
