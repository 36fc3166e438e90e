package bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;

/**
 * The snapshot cache in a warm JVM, on one database, in one run: a full discovery (no cache), a discovery through an
 * in-memory cache while nothing changed (hit), and one while exactly one table was altered since the last (a
 * column added, then dropped again, on a plain table no view uses: partial). Each after warm-ups; medians with
 * min-max, the statements of the last run and the outcomes seen. The database ends as it started.
 * Usage: {@code CacheBench URL [WARMUPS] [RUNS]}.
 */
public final class CacheBench {
    private static final String COLUMN = "sd_cache_bench_col";

    private CacheBench() {
    }

    public static void main(String[] args) throws Exception {
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
        TableInfo victim = first.tables().stream().filter(t -> t.kind() == TableKind.TABLE && t.partition() == null)
                .filter(t -> first.views().stream().noneMatch(v -> v.definition() != null
                        && v.definition().contains(t.ref().name())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no plain table without views"));
        String table = quoted(url, victim);

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
        boolean[] added = {false};
        Timing partial;
        try (Connection admin = DriverManager.getConnection(url)) {
            Runnable alter = () -> {
                try (Statement st = admin.createStatement()) {
                    st.execute("ALTER TABLE " + table + (added[0] ? " DROP COLUMN " + COLUMN
                            : " ADD COLUMN " + COLUMN + " integer"));
                    added[0] = !added[0];
                } catch (SQLException e) {
                    throw new IllegalStateException("altering " + table + ": " + e.getMessage(), e);
                }
            };
            partial = time(warmups, runs, alter, () -> {
                CachedDiscovery d = cached.discoverCached(url, new java.util.Properties());
                return new Run(d.schema().metrics().statementsExecuted(), d.outcome());
            });
        } finally {
            if (added[0]) {
                try (Connection admin = DriverManager.getConnection(url); Statement st = admin.createStatement()) {
                    st.execute("ALTER TABLE " + table + " DROP COLUMN " + COLUMN);
                }
            }
        }
        System.out.println(new Sample().put("status", "ok").put("tables", first.tables().size())
                .put("altered", victim.ref().displayName())
                .putAll(full.sample("full")).putAll(hit.sample("hit")).putAll(partial.sample("partial"))
                .put("hit_ratio", ratio(hit.median, full.median))
                .put("partial_ratio", ratio(partial.median, full.median)));
    }

    private static String quoted(String url, TableInfo t) {
        String name = "\"" + t.ref().name().replace("\"", "\"\"") + "\"";
        if (t.ref().schema() == null || url.startsWith("jdbc:sqlite:")) {
            return name;
        }
        return "\"" + t.ref().schema().replace("\"", "\"\"") + "\"." + name;
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
