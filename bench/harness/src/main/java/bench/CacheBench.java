package bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;

/**
 * The snapshot cache in a warm JVM, on one database, in one run: a full discovery (no cache), a discovery through an
 * in-memory cache while nothing changed (hit), one after a row was inserted (a hit that takes the whole fingerprint,
 * the token having moved), and one while exactly one table was altered since the last (a
 * column added, then dropped again, on a scratch table of its own that nothing else uses). Each after warm-ups;
 * medians with min-max, the statements of the last run and the outcomes seen (hit, partial, miss). The scratch
 * table is created at the start (a leftover of a killed run is dropped first) and dropped at the end.
 * Usage: {@code CacheBench URL [WARMUPS] [RUNS]}.
 */
public final class CacheBench {
    private static final String SCRATCH = "sd_cache_bench_scratch";
    private static final String COLUMN = "sd_cache_bench_col";

    private CacheBench() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 1) {
            System.err.println("usage: CacheBench JDBC_URL [WARMUPS] [RUNS]");
            System.exit(1);
        }
        String url = args[0];
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        SchemaDiscovery plain = SchemaDiscovery.builder().build();
        SchemaDiscovery cached = SchemaDiscovery.builder().cache(new MemorySnapshotCache(16)).build();

        SchemaInfo first = plain.discover(url);
        String schema = first.tables().isEmpty() || url.startsWith("jdbc:sqlite:") ? null
                : first.tables().get(0).ref().schema();
        String table = (schema == null ? "" : quote(schema) + ".") + quote(SCRATCH);
        try (Connection admin = DriverManager.getConnection(url)) {
            execute(admin, "DROP TABLE IF EXISTS " + table);
            execute(admin, "CREATE TABLE " + table + " (id integer PRIMARY KEY, v integer)");
            run(url, warmups, runs, plain, cached, admin, table, first.tables().size() + 1);
        } finally {
            try (Connection admin = DriverManager.getConnection(url)) {
                execute(admin, "DROP TABLE IF EXISTS " + table);
            }
        }
    }

    private static void run(String url, int warmups, int runs, SchemaDiscovery plain, SchemaDiscovery cached,
                            Connection admin, String table, int tables) {
        Runnable nothing = () -> { };
        Timing full = time(warmups, runs, nothing, () -> {
            SchemaInfo s = plain.discover(url);
            return new Run(s.metrics().statementsExecuted(), null);
        });
        cached.discoverCached(url, new java.util.Properties());
        Timing hit = time(warmups, runs, nothing, () -> {
            CachedDiscovery d = cached.discoverCached(url, new java.util.Properties());
            return new Run(d.schema().metrics().statementsExecuted(), d.outcome());
        });
        // a data write between runs moves a fingerprint token (PostgreSQL: any transaction id; SQLite: the file),
        // so each of these hits takes the whole fingerprint: what a hit costs on a busy server
        int[] rows = {0};
        Runnable write = () -> execute(admin, "INSERT INTO " + table + " (id, v) VALUES (" + (++rows[0]) + ", 0)");
        Timing written = time(warmups, runs, write, () -> {
            CachedDiscovery d = cached.discoverCached(url, new java.util.Properties());
            return new Run(d.schema().metrics().statementsExecuted(), d.outcome());
        });
        boolean[] added = {false};
        Runnable alter = () -> {
            execute(admin, "ALTER TABLE " + table + (added[0] ? " DROP COLUMN " + COLUMN
                    : " ADD COLUMN " + COLUMN + " integer"));
            added[0] = !added[0];
        };
        Timing altered = time(warmups, runs, alter, () -> {
            CachedDiscovery d = cached.discoverCached(url, new java.util.Properties());
            return new Run(d.schema().metrics().statementsExecuted(), d.outcome());
        });
        System.out.println(new Sample().put("status", "ok").put("tables", tables).put("scratch", table)
                .putAll(full.sample("full")).putAll(hit.sample("hit")).putAll(written.sample("written"))
                .putAll(altered.sample("altered"))
                .put("hit_ratio", ratio(hit.median, full.median))
                .put("written_ratio", ratio(written.median, full.median))
                .put("altered_ratio", ratio(altered.median, full.median)));
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void execute(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String ratio(double part, double whole) {
        return String.format(java.util.Locale.ROOT, "%.3f", part / whole);
    }

    private record Run(long statements, CacheOutcome outcome) {
    }

    private interface Body {
        Run run();
    }

    private static final class Timing {
        double median;
        long min;
        long max;
        long statements;
        final Map<CacheOutcome, Integer> outcomes = new EnumMap<>(CacheOutcome.class);

        Sample sample(String prefix) {
            Sample s = new Sample().put(prefix + "_ms", Warm.ms(median)).put(prefix + "_min_ms", Warm.ms(min))
                    .put(prefix + "_max_ms", Warm.ms(max)).put(prefix + "_statements", statements);
            if (!outcomes.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                outcomes.forEach((o, n) -> sb.append(sb.length() == 0 ? "" : ",").append(o.name().toLowerCase())
                        .append(':').append(n));
                s.put(prefix + "_outcomes", sb);
            }
            return s;
        }
    }

    /** Times {@code body} only; {@code before} runs untimed ahead of every warm-up and run. */
    private static Timing time(int warmups, int runs, Runnable before, Body body) {
        for (int i = 0; i < warmups; i++) {
            before.run();
            body.run();
        }
        long[] nanos = new long[runs];
        Timing t = new Timing();
        for (int i = 0; i < runs; i++) {
            before.run();
            long s = System.nanoTime();
            Run r = body.run();
            nanos[i] = System.nanoTime() - s;
            t.statements = r.statements();
            if (r.outcome() != null) {
                t.outcomes.merge(r.outcome(), 1, Integer::sum);
            }
        }
        Arrays.sort(nanos);
        t.median = runs % 2 == 1 ? nanos[runs / 2] : (nanos[runs / 2 - 1] + nanos[runs / 2]) / 2.0;
        t.min = nanos[0];
        t.max = nanos[runs - 1];
        return t;
    }
}
