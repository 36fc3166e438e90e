package org.schemadiscovery.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.spi.DiscoveryListener;

/**
 * A listener that, once, right after a given phase finished, terminates the discovering backend (found by its
 * application name) with {@code pg_terminate_backend} from a second connection, waits until the backend is gone,
 * and optionally switches a data source to another mode. It records what the run reported.
 */
final class BackendKiller implements DiscoveryListener {
    private final PgDatabase db;
    private final String applicationName;
    private final String afterPhase;
    private final Runnable afterKill;
    private final AtomicBoolean killed = new AtomicBoolean();
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Integer> killedPids = new CopyOnWriteArrayList<>();
    final List<Exception> retryCauses = new CopyOnWriteArrayList<>();
    volatile Throwable killFailure;

    BackendKiller(PgDatabase db, String applicationName, String afterPhase, Runnable afterKill) {
        this.db = db;
        this.applicationName = applicationName;
        this.afterPhase = afterPhase;
        this.afterKill = afterKill;
    }

    boolean killed() {
        return killed.get();
    }

    @Override
    public void phaseStarted(String phase) {
        events.add("start " + phase);
    }

    @Override
    public void phaseFinished(String phase, int items) {
        events.add("finish " + phase);
        if (phase.equals(afterPhase) && killed.compareAndSet(false, true)) {
            try {
                kill();
                afterKill.run();
            } catch (SQLException | RuntimeException | InterruptedException e) {
                killFailure = e;
            }
        }
    }

    @Override
    public void retrying(String phase, int attempt, Exception cause) {
        events.add("retry " + phase + " #" + attempt);
        retryCauses.add(cause);
    }

    @Override
    public void warning(DiscoveryWarning warning) {
        events.add("warning " + warning.phase());
    }

    private void kill() throws SQLException, InterruptedException {
        try (Connection c = db.connect()) {
            List<Integer> pids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT pid, pg_terminate_backend(pid)"
                    + " FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()")) {
                ps.setString(1, applicationName);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pids.add(rs.getInt(1));
                    }
                }
            }
            // the discovery's session connection, and its read-ahead connection while that one is still reading
            if (pids.isEmpty() || pids.size() > 2) {
                throw new IllegalStateException("expected one or two backends named " + applicationName + ", found "
                        + pids);
            }
            killedPids.addAll(pids);
            // pg_terminate_backend only signals: wait until the backends have really exited
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("int4", pids.toArray()));
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
            throw new IllegalStateException("backend " + pids + " still there 5 s after pg_terminate_backend");
        }
    }
}
