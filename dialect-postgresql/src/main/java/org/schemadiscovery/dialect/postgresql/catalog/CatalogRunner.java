package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.CountedResultSet;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the catalog queries of one session inside one read-only REPEATABLE READ transaction, so every query sees the
 * same snapshot.
 *
 * <p>The transaction is opened with SQL ({@code BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY}) on a connection in
 * auto-commit mode, so the connection's JDBC isolation and read-only settings are never touched; a connection the
 * caller left in manual-commit mode is switched to auto-commit (which, as JDBC specifies, commits its open work) and
 * switched back on close. A savepoint taken before the first query that may be retried lets a failed query be undone
 * without losing the snapshot; a session that only runs one query without retries ({@link #queryOnce}, e.g. a
 * fingerprint) never takes it. The transaction sets {@code lock_timeout}: when a deparser call ({@code pg_get_expr},
 * {@code pg_get_viewdef}, ...) meets another session's ACCESS EXCLUSIVE lock, the query is retried once with twice
 * the timeout, then without the locked relations, which become warnings — for this and every later query of the
 * session.
 *
 * <p>The deparser functions also read the live catalog, not the snapshot: a relation another session dropped after
 * the snapshot was taken makes them fail with SQLSTATE {@code XX000} ("could not open relation with OID ...", "cache
 * lookup failed for relation ...") or return NULL. On {@code XX000} the query is rerun without the relations the
 * live catalog no longer has ({@code has_table_privilege} answers NULL for an unknown oid) and the views reading them;
 * a reader that gets a NULL definition leaves the relation out through {@link #dropped}. Either way the relation is
 * skipped by every later query of the session too, so no index, constraint or foreign key of the result points at a
 * relation the result lacks. Not thread-safe: one session belongs to one discovery run.
 */
public final class CatalogRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogRunner.class);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** {@code internal_error}: what the deparser functions raise for a relation dropped after the snapshot. */
    private static final String INTERNAL_ERROR = "XX000";
    private static final int MAX_LOCK_ATTEMPTS = 4;
    /** Reruns of one query after relations were dropped under it; each must find newly dropped ones. */
    private static final int MAX_DROPPED_RERUNS = 8;

    /** What {@code pg_export_snapshot()} returns: hexadecimal fields separated by dashes. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f]+(-[0-9A-Fa-f]+)+");

    private final DiscoveryContext context;
    private final Map<String, String> sql;
    /** The same queries as run under a table restriction ({@link RestrictedSql}). */
    private final Map<String, String> restrictedSql;
    private final Duration lockTimeout;
    /** The connection of a runner that imports a snapshot, or null to use the context's current connection. */
    private final Connection own;
    /** The snapshot such a runner imports, or null. */
    private final String snapshot;
    private final Map<Long, Skipped> skipped = new LinkedHashMap<>();
    private Connection current;
    private Object currentIdentity;
    private boolean restoreManualCommit;
    /** Whether the savepoint of the current transaction has been taken (before its first retried query). */
    private boolean savepointTaken;
    private int transactions;
    private boolean exportOnBegin;
    private String exported;

    /**
     * @param context     the session's context (connections, deadline, statement timeout)
     * @param sql         the catalog queries for this server version, by name
     * @param lockTimeout the first lock timeout of deparser calls
     */
    public CatalogRunner(DiscoveryContext context, Map<String, String> sql, Duration lockTimeout) {
        this(context, sql, lockTimeout, null, null);
    }

    private CatalogRunner(DiscoveryContext context, Map<String, String> sql, Duration lockTimeout, Connection own,
                          String snapshot) {
        this.context = context;
        this.sql = Map.copyOf(sql);
        this.restrictedSql = RestrictedSql.derive(this.sql);
        this.lockTimeout = lockTimeout;
        this.own = own;
        this.snapshot = snapshot;
    }

    /**
     * A runner on its own connection whose transaction imports another runner's exported snapshot, so both read the
     * same catalog state. It never reconnects: when its connection breaks, its queries fail.
     *
     * @param connection the connection to run on (the caller closes it after {@link #close()})
     * @param snapshotId what {@link #beginExporting()} returned
     */
    public static CatalogRunner importing(DiscoveryContext context, Map<String, String> sql, Duration lockTimeout,
                                          Connection connection, String snapshotId) {
        if (snapshotId == null || !SNAPSHOT_ID.matcher(snapshotId).matches()) {
            throw new IllegalArgumentException("not a snapshot id: " + snapshotId);
        }
        return new CatalogRunner(context, sql, lockTimeout, Objects.requireNonNull(connection, "connection"),
                snapshotId);
    }

    /**
     * Opens the snapshot transaction, like {@link #begin()}, and exports its snapshot for {@link #importing} runners
     * (before the savepoint: a subtransaction cannot export). When the server refuses, the transaction is begun
     * again without exporting and the result is empty.
     */
    public Optional<String> beginExporting() throws SQLException {
        if (current != null) {
            throw new IllegalStateException("the snapshot transaction is already open");
        }
        exportOnBegin = true;
        try {
            connection();
        } finally {
            exportOnBegin = false;
        }
        return Optional.ofNullable(exported);
    }

    /** Exports the snapshot of the transaction just begun on c, or begins it again when the server refuses. */
    private String export(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(text("export-snapshot"))) {
            ps.setQueryTimeout(context.queryTimeoutSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                String id = rs.next() ? rs.getString(1) : null;
                if (id != null && SNAPSHOT_ID.matcher(id).matches()) {
                    return id;
                }
                LOG.debug("the server exported an unexpected snapshot id; reading on one connection id={}", id);
                return null;
            }
        } catch (SQLException e) {
            LOG.debug("the server did not export the snapshot; reading on one connection error={}", e.getMessage());
            exec(c, "end");
            exec(c, "begin");
            applySettings(c);
            return null;
        }
    }

    /**
     * How many snapshot transactions this runner has opened: a reconnect opens another one, so results read before
     * and after it (or by a runner that imported the earlier snapshot) come from different snapshots.
     */
    public int transactions() {
        return transactions;
    }

    /** The lock timeout a session uses for a statement timeout: a tenth of it, between 100 ms and 2 s. */
    public static Duration lockTimeoutFor(Duration statementTimeout) {
        long ms = statementTimeout.toMillis() / 10;
        return Duration.ofMillis(Math.max(100, Math.min(2000, ms)));
    }

    /** Opens the snapshot transaction on the current connection. */
    public void begin() throws SQLException {
        connection();
    }

    /** Why a relation is left out of the session's queries, with the class and wording of its warnings. */
    private enum Cause {
        LOCKED(ErrorClass.LOCKED, "another session holds an ACCESS EXCLUSIVE lock on it"),
        READS_LOCKED(ErrorClass.LOCKED, "it reads a relation another session holds an ACCESS EXCLUSIVE lock on"),
        DROPPED(ErrorClass.OTHER, "another session dropped or changed it after the snapshot was taken"),
        READS_DROPPED(ErrorClass.OTHER, "it reads a relation another session dropped after the snapshot was taken");

        final ErrorClass errorClass;
        final String reason;

        Cause(ErrorClass errorClass, String reason) {
            this.errorClass = errorClass;
            this.reason = reason;
        }
    }

    /**
     * A relation skipped by every query of the session from some point on: display name, {@code relkind}, why, and
     * whether it is in the scope (only those become warnings).
     */
    private record Skipped(String display, String kind, Cause cause, boolean inScope) {
    }

    /** Display names of relations skipped so far (locked, or dropped by another session). */
    public List<String> skippedRelations() {
        return skipped.values().stream().map(Skipped::display).toList();
    }

    /** Oids of relations skipped so far (locked, or dropped by another session). */
    public Set<Long> skippedOids() {
        return Set.copyOf(skipped.keySet());
    }

    /**
     * Leaves a relation in scope out of the rest of the phase and of every later query of the session: a deparser
     * function returned NULL for it or one of its parts, which means another session dropped or changed it after the
     * snapshot was taken. Readers call it from their row mappers and drop what they read of the relation.
     *
     * @param oid   the relation's oid
     * @param table its schema and name
     * @param kind  its {@code relkind}
     */
    void dropped(long oid, TableRef table, String kind) {
        if (!skipped.containsKey(oid)) {
            LOG.warn("a catalog function returned no definition; skipping the relation relation={}.{}",
                    table.schema(), table.name());
            skipped.put(oid, new Skipped(table.schema() + "." + table.name(), kind, Cause.DROPPED, true));
        }
    }

    /**
     * Runs an unscoped query (no parameters) and maps every row.
     */
    public <T> List<T> query(String name, RowMapper<T> mapper) throws SQLException {
        return run(name, null, mapper, true);
    }

    /**
     * Runs a scoped query: binds the scope's schema patterns, the skipped relations and the table restriction (two
     * parallel arrays of schema and relation names, empty without one: see {@code scope.sql}), maps every row, and
     * on a lock timeout or a relation dropped under it ({@code XX000}) retries as described in the class comment.
     */
    public <T> List<T> query(String name, DiscoveryScope scope, RowMapper<T> mapper) throws SQLException {
        return run(name, scope, mapper, true);
    }

    /**
     * Runs a scoped query once, without the retries of {@link #query(String, DiscoveryScope, RowMapper)}, for a
     * query that calls no deparser function (so it meets neither locks nor relations dropped under it). No savepoint
     * is taken for it: a session that runs only this query (a fingerprint) costs one statement less. When it fails
     * and no savepoint was taken yet, the snapshot transaction is ended, and a later query opens a new one (counted
     * by {@link #transactions()}).
     */
    public <T> List<T> queryOnce(String name, DiscoveryScope scope, RowMapper<T> mapper) throws SQLException {
        return run(name, scope, mapper, false);
    }

    /**
     * One warning per relation in scope skipped so far (locked, or dropped by another session), limited to the given
     * {@code relkind}s (e.g. {@code "rpf"} for tables), or all when null.
     */
    public List<DiscoveryWarning> skippedWarnings(String phase, String kinds) {
        List<DiscoveryWarning> out = new ArrayList<>();
        skipped.values().stream().filter(l -> l.inScope() && (kinds == null || kinds.contains(l.kind())))
                .forEach(l -> out.add(new DiscoveryWarning(l.display(), phase, l.cause().errorClass,
                        phase + " of " + l.display() + " not read: " + l.cause().reason)));
        return out;
    }

    private <T> List<T> run(String name, DiscoveryScope scope, RowMapper<T> mapper, boolean retried)
            throws SQLException {
        String text = text(name, scope);
        int lockAttempts = 0;
        int droppedReruns = 0;
        while (true) {
            context.checkDeadline();
            Connection c = connection();
            if (retried && !savepointTaken) {
                exec(c, "savepoint");
                savepointTaken = true;
            }
            try {
                long start = System.nanoTime();
                List<T> out = execute(c, text, scope, mapper);
                LOG.debug("catalog query finished query={} items={} millis={}", name, out.size(),
                        (System.nanoTime() - start) / 1_000_000);
                return out;
            } catch (SQLException e) {
                if (!savepointTaken) {
                    abandon(c, e);
                    throw e;
                }
                undo(c, e);
                if (scope == null || !retried) {
                    throw e;
                }
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState()) && ++lockAttempts < MAX_LOCK_ATTEMPTS) {
                    if (lockAttempts == 1) {
                        LOG.debug("catalog query waited on a lock; retrying with a larger lock timeout query={}",
                                name);
                        setLockTimeout(c, lockTimeout.multipliedBy(2));
                        continue;
                    }
                    Map<Long, Skipped> locked = affectedRelations(c, "locks", scope, Cause.LOCKED,
                            Cause.READS_LOCKED);
                    if (locked.isEmpty()) {
                        throw e;
                    }
                    LOG.warn("catalog query waited on locked relations; skipping them query={} relations={}",
                            name, locked.values().stream().map(Skipped::display).toList());
                    skipped.putAll(locked);
                    setLockTimeout(c, lockTimeout.multipliedBy(2));
                    continue;
                }
                if (INTERNAL_ERROR.equals(e.getSQLState()) && ++droppedReruns <= MAX_DROPPED_RERUNS) {
                    Map<Long, Skipped> dropped = affectedRelations(c, "dropped", scope, Cause.DROPPED,
                            Cause.READS_DROPPED);
                    if (dropped.isEmpty()) {
                        // not a relation dropped under us (e.g. a type or function): nothing to leave out
                        throw e;
                    }
                    LOG.warn("a catalog function met relations dropped after the snapshot; skipping them query={}"
                            + " relations={} error={}", name, dropped.values().stream().map(Skipped::display)
                            .toList(), e.getMessage());
                    skipped.putAll(dropped);
                    continue;
                }
                throw e;
            }
        }
    }

    private <T> List<T> execute(Connection c, String text, DiscoveryScope scope, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(text)) {
            ps.setQueryTimeout(context.queryTimeoutSeconds());
            if (scope != null) {
                ps.setObject(1, PgArrays.textLiteral(like(scope.includeSchemas())), Types.OTHER);
                ps.setObject(2, PgArrays.textLiteral(like(scope.excludeSchemas())), Types.OTHER);
                ps.setObject(3, PgArrays.numberLiteral(skipped.keySet()), Types.OTHER);
                List<TableRef> only = scope.tables().stream().sorted().toList();
                ps.setObject(4, PgArrays.textLiteral(only.stream().map(t -> String.valueOf(t.schema())).toList()),
                        Types.OTHER);
                ps.setObject(5, PgArrays.textLiteral(only.stream().map(TableRef::name).toList()), Types.OTHER);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                // rows are advanced through the result set as handed out (core counts them there); the columns are
                // read from the driver's own result set behind it, which core offers for that: a wrapper's
                // reflective call per getter costs more than the decoding itself on tens of thousands of rows
                Row row = new Row(rs instanceof CountedResultSet counted ? counted.direct() : rs);
                while (rs.next()) {
                    T item = mapper.map(row);
                    if (item != null) {
                        out.add(item);
                    }
                }
            }
            return out;
        }
    }

    private static List<String> like(List<String> globs) {
        return globs.stream().map(DiscoveryScope::globToLike).toList();
    }

    /**
     * The relations a query must leave out, not yet skipped: those the {@code locks} or {@code dropped} query finds
     * (column {@code direct}: true for the relation itself, false for a view reading it).
     */
    private Map<Long, Skipped> affectedRelations(Connection c, String query, DiscoveryScope scope, Cause direct,
                                                 Cause reads) throws SQLException {
        Map<Long, Skipped> out = new LinkedHashMap<>();
        for (Map.Entry<Long, Skipped> e : execute(c, text(query, scope), scope, row -> Map.entry(row.lng("oid"),
                new Skipped(row.str("schema_name") + "." + row.str("name"), row.str("kind"),
                        row.bool("direct") ? direct : reads, row.bool("in_scope"))))) {
            out.put(e.getKey(), e.getValue());
        }
        out.keySet().removeAll(skipped.keySet());
        return out;
    }

    private void setLockTimeout(Connection c, Duration timeout) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(text("lock-timeout"))) {
            ps.setString(1, timeout.toMillis() + "ms");
            ps.executeQuery().close();
        }
    }

    /**
     * Ends the snapshot transaction after a query failed before any savepoint was taken (the transaction is aborted
     * and cannot be undone in part); a later query opens a new one. Failures to do so are added to e.
     */
    private void abandon(Connection c, SQLException e) {
        current = null;
        currentIdentity = null;
        try {
            exec(c, "end");
        } catch (SQLException second) {
            e.addSuppressed(second);
        }
        if (restoreManualCommit) {
            try {
                c.setAutoCommit(false);
            } catch (SQLException second) {
                e.addSuppressed(second);
            }
        }
    }

    /** Undoes a failed query back to the savepoint, keeping the snapshot; a failure to do so is added to e. */
    private void undo(Connection c, SQLException e) {
        try {
            exec(c, "rollback-to-savepoint");
        } catch (SQLException second) {
            e.addSuppressed(second);
        }
    }

    /**
     * The current connection, with the snapshot transaction open on it. Core may hand out a new connection after a
     * reconnect; the transaction is then opened again there.
     */
    private Connection connection() throws SQLException {
        Connection c = own != null ? own : context.connections().connection();
        Object identity = identityOf(c);
        if (current != null && identity == currentIdentity) {
            return current;
        }
        boolean manual = !c.getAutoCommit();
        if (manual) {
            c.setAutoCommit(true);
        }
        try {
            exec(c, "begin");
            if (snapshot != null) {
                try (Statement st = c.createStatement()) {
                    st.setQueryTimeout(context.queryTimeoutSeconds());
                    st.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
                }
            }
            applySettings(c);
            exported = exportOnBegin ? export(c) : null;
        } catch (SQLException e) {
            try {
                exec(c, "end");
            } catch (SQLException second) {
                e.addSuppressed(second);
            }
            if (manual) {
                try {
                    c.setAutoCommit(false);
                } catch (SQLException second) {
                    e.addSuppressed(second);
                }
            }
            throw e;
        }
        current = c;
        currentIdentity = identity;
        savepointTaken = false;
        restoreManualCommit = manual;
        transactions++;
        return c;
    }

    private void applySettings(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(text("session-settings"))) {
            ps.setQueryTimeout(context.queryTimeoutSeconds());
            ps.setString(1, lockTimeout.toMillis() + "ms");
            ps.executeQuery().close();
        }
    }

    /** Ends the transaction and restores the connection's commit mode; safe to call more than once. */
    public void close() throws SQLException {
        Connection c = current;
        if (c == null) {
            return;
        }
        current = null;
        currentIdentity = null;
        SQLException failure = null;
        try {
            if (!c.isClosed()) {
                exec(c, "end");
            }
        } catch (SQLException e) {
            failure = e;
        }
        if (restoreManualCommit) {
            try {
                if (!c.isClosed()) {
                    c.setAutoCommit(false);
                }
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void exec(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(context.queryTimeoutSeconds());
            st.execute(text(name));
        }
    }

    private String text(String name) {
        String s = sql.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no catalog query " + name);
        }
        return s;
    }

    /** A query's text for this scope: its restricted variant when the scope names tables. */
    private String text(String name, DiscoveryScope scope) {
        if (scope == null || scope.tables().isEmpty()) {
            return text(name);
        }
        String s = restrictedSql.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no catalog query " + name);
        }
        return s;
    }

    /** The driver's own connection behind core's wrappers, so a wrapper handed out again is not a reconnect. */
    private static Object identityOf(Connection c) {
        try {
            if (c.isWrapperFor(PGConnection.class)) {
                return c.unwrap(PGConnection.class);
            }
        } catch (SQLException | RuntimeException ignored) {
            // a wrapper that cannot unwrap is identified by itself
        }
        return c;
    }

    /** Maps one row; returning null skips it. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }
}
