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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.exception.DiscoveryTimeoutException;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.dialect.mysql.MysqlConstraintDiscovery;
import org.schemadiscovery.dialect.mysql.MysqlDiscoveryStrategy;
import org.schemadiscovery.dialect.mysql.MysqlIndexDiscovery;

/**
 * The deadline on a caller's own connection, with a real statement running on the server past it: core cancels it
 * (the server shows it gone within a second of the caller getting control back), the connection stays open and
 * answers. The driver here ignores query timeouts, so nothing but core's cancel can end the statement early.
 */
@DisplayName("deadline: a real server-side statement on the caller's connection")
class ServerSideCancelTest {
    private static final Duration DEADLINE = Duration.ofSeconds(3);
    /** The guard's 2 s grace plus scheduling slack on a busy machine. */
    private static final Duration MARGIN = Duration.ofSeconds(4);
    private static final Duration GONE_WITHIN = Duration.ofSeconds(1);

    private static DiscoveryOptions options() {
        return DiscoveryOptions.builder().timeout(DEADLINE).statementTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    @DisplayName("PostgreSQL: pg_sleep(60) in the columns phase is cancelled at the deadline; pg_stat_activity no"
            + " longer shows it, and the connection answers")
    void postgresql() throws Exception {
        SchemaDiscovery sd = Plugins.both().options(options()).build();
        try (PgDatabase db = PgDatabase.create()) {
            db.exec(Fixtures.postgresShop());
            try (Connection c = DriverManager.getConnection(db.url()); Connection admin = db.connect()) {
                int pid = single(c, "SELECT pg_backend_pid()");
                Connection slow = SlowOnServer.wrap(c, sql -> sql.contains("pg_catalog.pg_attrdef"),
                        "SELECT 1 FROM pg_catalog.pg_sleep(60) WHERE true", "?::text IS NOT NULL");
                expectTimeout(sd, slow);
                assertGone(admin, "SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE pid = ? AND state = 'active'"
                        + " AND query LIKE '%pg_sleep(60)%'", pid);
                assertThat(c.isClosed()).isFalse();
                assertThat(c.getAutoCommit()).isTrue();
                assertThat(single(c, "SELECT 41 + 1")).isEqualTo(42);
            }
        }
    }

    @Test
    @DisplayName("MariaDB: SLEEP(60) in the columns phase is killed at the deadline; PROCESSLIST no longer shows"
            + " it, and the connection answers")
    void mariadb() throws Exception {
        SchemaDiscovery sd = SchemaDiscovery.builder().loadServices(false).register(new MysqlDiscoveryStrategy())
                .register(new MysqlIndexDiscovery()).register(new MysqlConstraintDiscovery()).options(options())
                .build();
        try (MariaDatabase db = MariaDatabase.create(List.of(
                "CREATE TABLE parent (id int PRIMARY KEY, name varchar(20) NOT NULL)",
                "CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id))"))) {
            try (Connection c = db.connect(); Connection admin = db.connect()) {
                int id = single(c, "SELECT CONNECTION_ID()");
                Connection slow = SlowOnServer.wrap(c, sql -> sql.contains("information_schema.COLUMNS"),
                        "SELECT SLEEP(60) AS slept FROM DUAL WHERE 1 = 1", "(? IS NULL OR 1 = 1)");
                expectTimeout(sd, slow);
                assertGone(admin, "SELECT count(*) FROM information_schema.PROCESSLIST WHERE ID = ?"
                        + " AND INFO LIKE '%SLEEP(60)%'", id);
                assertThat(c.isClosed()).isFalse();
                assertThat(single(c, "SELECT 41 + 1")).isEqualTo(42);
            }
        }
    }

    private static void expectTimeout(SchemaDiscovery sd, Connection connection) {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> sd.discover(connection)).isInstanceOf(DiscoveryTimeoutException.class)
                .hasMessageContaining("deadline");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(DEADLINE)
                .isLessThan(DEADLINE.plus(MARGIN));
    }

    /** Polls the server until no statement matches, failing when one still runs after {@link #GONE_WITHIN}. */
    private static void assertGone(Connection admin, String count, int session) throws Exception {
        long until = System.nanoTime() + GONE_WITHIN.toNanos();
        int running;
        do {
            try (PreparedStatement ps = admin.prepareStatement(count)) {
                ps.setInt(1, session);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    running = rs.getInt(1);
                }
            }
            if (running == 0) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        assertThat(running).as("the long statement of session %d still runs on the server %s after the caller"
                + " got DiscoveryTimeoutException", session, GONE_WITHIN).isZero();
    }

    private static int single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }
}
