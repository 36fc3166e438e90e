package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.dialect.mysql.MysqlConstraintDiscovery;
import org.schemadiscovery.dialect.mysql.MysqlDiscoveryStrategy;
import org.schemadiscovery.dialect.mysql.MysqlIndexDiscovery;

/**
 * MariaDB misbehaving under a discovery, as the PostgreSQL fault tests do it: the discovering connection killed with
 * {@code KILL} from another session, tables held under metadata locks, and a user that may read only part of the
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("MariaDB faults")
class MariaFaultTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private MariaDatabase db;

    @BeforeAll
    void createDatabase() throws SQLException {
        db = MariaDatabase.create(List.of(
                "CREATE TABLE parent (id int PRIMARY KEY, name varchar(20) NOT NULL, KEY parent_name (name))",
                "CREATE TABLE child (id int PRIMARY KEY, parent_id int NOT NULL,"
                        + " CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id))",
                "CREATE VIEW parent_names AS SELECT name FROM parent"));
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    private static SchemaDiscovery discovery(DiscoveryListener listener) {
        return SchemaDiscovery.builder().loadServices(false).register(new MysqlDiscoveryStrategy())
                .register(new MysqlIndexDiscovery()).register(new MysqlConstraintDiscovery())
                .options(DiscoveryOptions.builder().timeout(DEADLINE).initialBackoff(Duration.ofMillis(100))
                        .maxReconnects(3).maxConnections(1).build())
                .listener(listener).build();
    }

    @Test
    @DisplayName("URL: the discovering connection KILLed after the tables phase, core reconnects and the result equals"
            + " an undisturbed run (metrics aside)")
    void urlReconnectsAfterKill() {
        SchemaInfo undisturbed = discovery(DiscoveryListener.NONE).discover(db.url());
        assertThat(undisturbed.warnings()).isEmpty();
        Killer killer = new Killer("tables");
        long t0 = System.nanoTime();
        SchemaInfo s = discovery(killer).discover(db.url());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(killer.failure).isNull();
        assertThat(killer.killed).as("killed connections").isNotEmpty();
        assertThat(killer.retries).as("retries: the next phase's statement noticed the kill").hasSize(1);
        assertThat(s.metrics().retries()).isEqualTo(1);
        assertThat(s.warnings()).isEmpty();
        ModelChecks.assertSame(ModelChecks.withoutMetrics(s), ModelChecks.withoutMetrics(undisturbed),
                "result after a reconnect");
        assertThat(elapsed).isLessThan(DEADLINE);
    }

    @Test
    @DisplayName("bare Connection: KILLed after the first phase, discovery fails fast with DiscoveryConnectionException"
            + " and never reconnects")
    void bareConnectionFailsFast() throws SQLException {
        Killer killer = new Killer("probe");
        try (Connection c = db.connect()) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> discovery(killer).discover(c))
                    .isInstanceOf(DiscoveryConnectionException.class)
                    .hasMessageContaining("cannot be reopened");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(killer.failure).isNull();
        assertThat(killer.killed).isNotEmpty();
        assertThat(killer.retries).isEmpty();
    }

    @Test
    @DisplayName("metadata locks: LOCK TABLES child WRITE held, and an ALTER TABLE parent queued behind an open"
            + " transaction (which stalls every new read of parent): discovery reads only the catalog and returns the"
            + " undisturbed result within 5 s, without warnings")
    void metadataLocks() throws Exception {
        SchemaInfo undisturbed = discovery(DiscoveryListener.NONE).discover(db.url());
        try (Connection holder = db.connect(); Connection reader = db.connect(); Connection alterer = db.connect();
             Statement hold = holder.createStatement(); Statement read = reader.createStatement();
             Statement alter = alterer.createStatement()) {
            hold.execute("LOCK TABLES child WRITE");
            reader.setAutoCommit(false);
            read.executeQuery("SELECT * FROM parent").close();
            alter.execute("SET SESSION lock_wait_timeout = 60");
            CompletableFuture<Void> queued = CompletableFuture.runAsync(() -> {
                try {
                    alter.execute("ALTER TABLE parent ADD COLUMN never_added int");
                } catch (SQLException e) {
                    // cancelled below: the ALTER must not run once the reader's transaction ends
                }
            });
            try {
                awaitMetadataLockWait();
                try (Connection probe = db.connect(); Statement st = probe.createStatement()) {
                    st.execute("SET SESSION lock_wait_timeout = 1");
                    assertThatThrownBy(() -> st.executeQuery("SELECT * FROM parent"))
                            .as("a new read of parent waits behind the queued ALTER")
                            .isInstanceOf(SQLException.class).hasMessageContaining("Lock wait timeout");
                }

                long t0 = System.nanoTime();
                SchemaInfo s = discovery(DiscoveryListener.NONE).discover(db.url());
                Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);

                assertThat(s.warnings()).isEmpty();
                ModelChecks.assertSame(ModelChecks.withoutMetrics(s), ModelChecks.withoutMetrics(undisturbed),
                        "result under metadata locks");
                assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
            } finally {
                alter.cancel();
                queued.get();
                reader.rollback();
                hold.execute("UNLOCK TABLES");
            }
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '"
                     + db.name() + "' AND COLUMN_NAME = 'never_added'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the cancelled ALTER left parent as it was").isZero();
        }
    }

    /** Waits until a session of the test database is in "Waiting for table metadata lock". */
    private void awaitMetadataLockWait() throws SQLException, InterruptedException {
        try (Connection admin = db.connectServer(); PreparedStatement ps = admin.prepareStatement(
                "SELECT count(*) FROM information_schema.PROCESSLIST WHERE DB = ?"
                        + " AND STATE = 'Waiting for table metadata lock'")) {
            ps.setString(1, db.name());
            for (int i = 0; i < 100; i++) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("the ALTER TABLE is not waiting for a metadata lock after 5 s");
    }

    @Test
    @DisplayName("a user granted SELECT on one table only: discovery completes with that table exactly as root sees"
            + " it, and nothing it may not see")
    void partialPrivileges() throws SQLException {
        String user = PgDatabase.uniqueName("sd_it_reader_");
        try (Connection admin = db.connectServer(); Statement st = admin.createStatement()) {
            st.execute("CREATE USER '" + user + "'@'%'");
            st.execute("GRANT SELECT ON " + db.name() + ".parent TO '" + user + "'@'%'");
        }
        try {
            SchemaInfo asRoot = discovery(DiscoveryListener.NONE).discover(db.url());
            String url = db.url().replace("user=root", "user=" + user);
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeQuery("SELECT * FROM child"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            }

            SchemaInfo s = discovery(DiscoveryListener.NONE).discover(url);

            assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactly("parent");
            assertThat(s.views()).isEmpty();
            TableInfo parent = asRoot.table(s.tables().get(0).ref()).orElseThrow();
            ModelChecks.assertSame(s.tables().get(0), parent, "parent as the reader sees it");
            ModelChecks.assertConsistent(s);
        } finally {
            try (Connection admin = db.connectServer(); Statement st = admin.createStatement()) {
                st.execute("DROP USER IF EXISTS '" + user + "'@'%'");
            }
        }
    }

    /** Once, right after a phase, KILLs every connection to the test database but its own. */
    private final class Killer implements DiscoveryListener {
        private final String afterPhase;
        private final AtomicBoolean done = new AtomicBoolean();
        final List<Long> killed = new CopyOnWriteArrayList<>();
        final List<String> retries = new CopyOnWriteArrayList<>();
        volatile Exception failure;

        Killer(String afterPhase) {
            this.afterPhase = afterPhase;
        }

        @Override
        public void phaseFinished(String phase, int items) {
            if (phase.equals(afterPhase) && done.compareAndSet(false, true)) {
                try {
                    kill();
                } catch (SQLException | RuntimeException | InterruptedException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void retrying(String phase, int attempt, Exception cause) {
            retries.add(phase + " #" + attempt);
        }

        private void kill() throws SQLException, InterruptedException {
            try (Connection admin = db.connectServer()) {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement ps = admin.prepareStatement("SELECT ID FROM information_schema.PROCESSLIST"
                        + " WHERE DB = ? AND ID <> CONNECTION_ID()")) {
                    ps.setString(1, db.name());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                if (ids.size() != 1) {
                    throw new IllegalStateException("expected one connection to " + db.name() + ", found " + ids);
                }
                try (Statement st = admin.createStatement()) {
                    st.execute("KILL CONNECTION " + ids.get(0));
                }
                killed.addAll(ids);
                try (PreparedStatement ps = admin.prepareStatement(
                        "SELECT count(*) FROM information_schema.PROCESSLIST WHERE ID = ?")) {
                    ps.setLong(1, ids.get(0));
                    for (int i = 0; i < 100; i++) {
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getInt(1) == 0) {
                                return;
                            }
                        }
                        Thread.sleep(50);
                    }
                }
                throw new IllegalStateException("connection " + ids + " still there 5 s after KILL");
            }
        }
    }
}
