package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.ConnectionSource;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("session: one read-only REPEATABLE READ snapshot, connection state restored")
class SessionTest {
    private static PgDatabase db;

    @BeforeAll
    static void create() throws Exception {
        db = PgDatabase.create();
        db.exec("CREATE TABLE t (id int PRIMARY KEY, v text DEFAULT 'x')", "CREATE INDEX t_v ON t (v)");
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    private static TransactionState serverState(Connection c) throws SQLException {
        return c.unwrap(BaseConnection.class).getTransactionState();
    }

    @Test
    @DisplayName("auto-commit connection: stays auto-commit, isolation and read-only untouched, no open transaction")
    void autoCommit() throws Exception {
        try (Connection c = db.connect()) {
            SchemaInfo s = Discovery.discover(c);
            assertThat(s.tables()).hasSize(1);
            assertThat(s.capabilities().settings()).containsEntry("transaction_isolation", "repeatable read")
                    .containsEntry("transaction_read_only", "on");
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(c.isReadOnly()).isFalse();
            assertThat(serverState(c)).isEqualTo(TransactionState.IDLE);
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @Test
    @DisplayName("manual-commit SERIALIZABLE connection: commit mode and isolation restored, no open transaction")
    void manualCommit() throws Exception {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            SchemaInfo s = Discovery.discover(c);
            assertThat(s.tables()).hasSize(1);
            assertThat(s.capabilities().settings()).containsEntry("transaction_isolation", "repeatable read");
            assertThat(c.getAutoCommit()).isFalse();
            assertThat(serverState(c)).isEqualTo(TransactionState.IDLE);
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
            c.rollback();
        }
    }

    @Test
    @DisplayName("a catalog query failing on the server: the snapshot survives, close() restores manual commit")
    void failure() throws Exception {
        try (Connection raw = db.connect()) {
            raw.setAutoCommit(false);
            Connection failing = failOn(raw, "pg_attrdef");
            DiscoverySession session = new PostgresDiscoveryStrategy().open(context(failing));
            assertThatThrownBy(() -> session.tables(DiscoveryScope.all()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("division by zero");
            assertThat(session.schemas(DiscoveryScope.all())).containsExactly("public");
            assertThat(serverState(raw)).isEqualTo(TransactionState.OPEN);
            session.close();
            session.close();
            assertThat(raw.getAutoCommit()).isFalse();
            assertThat(serverState(raw)).isEqualTo(TransactionState.IDLE);
        }
    }

    @Test
    @DisplayName("objects created by another session during discovery are not seen: one snapshot")
    void snapshot() throws Exception {
        DiscoveryListener ddlAfterTables = new DiscoveryListener() {
            @Override
            public void phaseFinished(String phase, int items) {
                if (phase.equals("tables")) {
                    try {
                        db.exec("CREATE INDEX t_late ON t (v, id)",
                                "CREATE TABLE late (id int REFERENCES t (id))");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        try (Connection c = db.connect()) {
            SchemaInfo s = Discovery.facade(DiscoveryOptions.defaults(), ddlAfterTables).discover(c);
            assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactly("t");
            assertThat(s.tables().get(0).indexes()).extracting(IndexInfo::name).containsExactly("t_pkey", "t_v");
            assertThat(s.tables().get(0).constraints()).hasSize(1);
        } finally {
            db.exec("DROP TABLE late", "DROP INDEX t_late");
        }
    }

    @Test
    @DisplayName("a fingerprint failing before any savepoint: the transaction ends, a later query opens a new one")
    void fingerprintFailure() throws Exception {
        try (Connection raw = db.connect()) {
            raw.setAutoCommit(false);
            Connection failing = failOn(raw, "hashed(rel, m)");
            DiscoverySession session = new PostgresDiscoveryStrategy().open(context(failing));
            assertThatThrownBy(() -> session.fingerprint(DiscoveryScope.all()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("division by zero");
            // nothing to roll back to: the aborted transaction was ended, the caller's commit mode restored
            assertThat(serverState(raw)).isEqualTo(TransactionState.IDLE);
            assertThat(raw.getAutoCommit()).isFalse();
            assertThat(session.schemas(DiscoveryScope.all())).containsExactly("public");
            assertThat(serverState(raw)).isEqualTo(TransactionState.OPEN);
            session.close();
            assertThat(raw.getAutoCommit()).isFalse();
            assertThat(serverState(raw)).isEqualTo(TransactionState.IDLE);
        }
    }

    static DiscoveryContext context(Connection c) throws SQLException {
        return context(c, db);
    }

    /** A context over a caller's connection to {@code database}, no reconnects, 10 s per statement. */
    static DiscoveryContext context(Connection c, PgDatabase database) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        DatabaseIdentity identity = new DatabaseIdentity(md.getDatabaseProductName(), md.getDatabaseProductVersion(),
                md.getDatabaseMajorVersion(), md.getDatabaseMinorVersion(), md.getDriverName(), database.url(),
                "postgresql");
        ConnectionSource source = new ConnectionSource() {
            @Override
            public Connection connection() {
                return c;
            }

            @Override
            public boolean canOpen() {
                return false;
            }

            @Override
            public Connection openAnother() {
                throw new UnsupportedOperationException();
            }
        };
        return new DiscoveryContext(source, identity, DiscoveryOptions.defaults(), Instant.now().plusSeconds(60),
                Duration.ofSeconds(10), DiscoveryListener.NONE, null);
    }

    /**
     * A connection that swaps a scoped catalog query whose SQL contains {@code marker} for one that fails on the
     * server (division by zero), which aborts the transaction as a real failure would.
     */
    static Connection failOn(Connection target, String marker) {
        return (Connection) Proxy.newProxyInstance(SessionTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args[0] instanceof String sql
                            && sql.contains(marker)) {
                        args[0] = "SELECT 1 / 0 AS boom, ?::text, ?::text, ?::text, ?::text, ?::text";
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
