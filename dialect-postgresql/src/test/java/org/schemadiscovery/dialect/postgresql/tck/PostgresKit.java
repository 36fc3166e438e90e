package org.schemadiscovery.dialect.postgresql.tck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.dialect.postgresql.PostgresConstraintDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresDdlRenderer;
import org.schemadiscovery.dialect.postgresql.PostgresDiscoveryStrategy;
import org.schemadiscovery.dialect.postgresql.PostgresIndexDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresMigrationPlanner;
import org.schemadiscovery.dialect.postgresql.PostgresSchemaNormalizer;
import org.schemadiscovery.tck.ConnectionKiller;
import org.schemadiscovery.tck.DialectCompatibilityKit;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.ScriptClient;
import org.schemadiscovery.tck.StagedObject;
import org.schemadiscovery.tck.TestDatabase;
import org.schemadiscovery.tck.TestDatabaseServer;

/**
 * The kit on PostgreSQL: server, fixtures and staging. {@link PostgresCompatibilityTest} runs it with the plugin,
 * {@link BrokenPostgresPlugins} with deliberately broken variants of it.
 */
abstract class PostgresKit extends DialectCompatibilityKit {
    private static final Pattern SNAPSHOT_ID = Pattern.compile("^SET TRANSACTION SNAPSHOT '[0-9A-F-]+'$");

    PostgresKit(Supplier<DialectServices> services) {
        super(services);
    }

    /** The PostgreSQL plugin's services. */
    static DialectServices plugin() {
        return DialectServices.of(new PostgresDiscoveryStrategy(), new PostgresIndexDiscovery(),
                new PostgresConstraintDiscovery(), new PostgresDdlRenderer())
                .withNormalizer(new PostgresSchemaNormalizer());
    }

    @Override
    protected TestDatabaseServer server() {
        return new PostgresTestServer();
    }

    @Override
    protected Optional<MigrationPlanner> planner() {
        return Optional.of(new PostgresMigrationPlanner());
    }

    @Override
    protected Optional<ScriptClient> scriptClient() {
        return Optional.of(new PsqlClient());
    }

    @Override
    protected DialectFixtures fixtures() {
        return new PostgresFixtures();
    }

    /** The read-ahead connection imports the session's snapshot by its id, which PostgreSQL takes only literally. */
    @Override
    protected String comparableStatement(String text) {
        return SNAPSHOT_ID.matcher(text).replaceAll("SET TRANSACTION SNAPSHOT '<id>'");
    }

    /**
     * Another session holds an ACCESS EXCLUSIVE lock on a new table with a CHECK constraint and a default, so the
     * catalog functions that read its expressions wait until the dialect's lock timeout.
     */
    @Override
    protected StagedObject stageUnreadableObject(TestDatabase db) throws Exception {
        db.execute(List.of("CREATE TABLE tck_locked (id integer PRIMARY KEY, v integer DEFAULT 1 CHECK (v > 0))",
                "CREATE INDEX tck_locked_v ON tck_locked (v)"));
        Connection locker = db.connect();
        locker.setAutoCommit(false);
        try (Statement st = locker.createStatement()) {
            st.execute("LOCK TABLE tck_locked IN ACCESS EXCLUSIVE MODE");
        }
        return new StagedObject("tck_locked", () -> {
            try (locker) {
                locker.rollback();
            }
        });
    }

    /** Terminates the victim's backend from another session and waits until it is gone. */
    @Override
    protected ConnectionKiller connectionKiller(TestDatabase db, Connection victim) throws Exception {
        int pid;
        try (Statement st = victim.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        return () -> {
            try (Connection admin = db.connect()) {
                try (PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                    ps.setInt(1, pid);
                    ps.execute();
                }
                Instant until = Instant.now().plus(Duration.ofSeconds(10));
                try (PreparedStatement ps = admin.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
                    ps.setInt(1, pid);
                    while (Instant.now().isBefore(until)) {
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getInt(1) == 0) {
                                return;
                            }
                        }
                        Thread.sleep(20);
                    }
                }
                throw new IllegalStateException("backend " + pid + " still alive 10 s after pg_terminate_backend");
            }
        };
    }
}
