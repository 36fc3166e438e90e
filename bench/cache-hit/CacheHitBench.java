// An unchanged, warm, in-process snapshot-cache hit on one database (issue 21: SQLite 5000 tables <= 20 ms), beside
// a full warm discovery and a fingerprint alone, all in one JVM and one run. Prints best and median of each.
// Make the workload, build, and run from the worktree (the class path: api, core, the SQLite dialect, its driver):
//   python3 ../shared/bench/gen_sqlite_schema.py 5000 /tmp/t5000.db
//   mvn -B -q -pl dialect-sqlite -am package -DskipTests -Dtck.require=false
//   mvn -B -q -pl dialect-sqlite dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   CP="discovery-api/target/classes:discovery-core/target/classes:dialect-sqlite/target/classes:$(cat /tmp/cp.txt)"
//   java -cp "$CP" bench/cache-hit/CacheHitBench.java jdbc:sqlite:/tmp/t5000.db 20
// Arguments: URL [ROUNDS (20)] [WARMUPS (5)] [DISCOVERIES (5)]. Any JDBC URL whose dialect takes fingerprints works;
// for jdbc:sqlite: it first times, on plain JDBC, where a fresh connection's time goes: the open, the PRAGMAs a hit
// runs, the first SELECT (SQLite parses the whole schema before any SELECT) and the fingerprint's sqlite_schema read.
// The same source runs on an older build (to measure before and after): it uses only the public API.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;
import org.schemadiscovery.core.health.FingerprintProbe;

/** Hit, fingerprint, probe take and full discovery timings on one database. */
public class CacheHitBench {
    public static void main(String[] a) throws SQLException {
        String url = a[0];
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 20;
        int warmups = a.length > 2 ? Integer.parseInt(a[2]) : 5;
        int discoveries = a.length > 3 ? Integer.parseInt(a[3]) : 5;
        if (url.startsWith("jdbc:sqlite:")) {
            sqliteBreakdown(url, rounds);
        }
        SchemaDiscovery plain = SchemaDiscovery.builder().build();
        SchemaDiscovery cached = SchemaDiscovery.builder().cache(new MemorySnapshotCache(10)).build();

        CachedDiscovery first = cached.discoverCached(url, new Properties());
        System.out.printf("first cached run: %s, %d tables%n", first.outcome(), first.schema().tables().size());
        CachedDiscovery[] last = new CachedDiscovery[1];
        List<Long> hits = time(warmups, rounds, () -> last[0] = cached.discoverCached(url, new Properties()));
        if (!"HIT".equals(last[0].outcome().name()) || last[0].schema().tables().size()
                != first.schema().tables().size()) {
            throw new IllegalStateException("expected a hit with every table, got " + last[0].outcome());
        }
        report("cache hit", hits, last[0].schema().metrics().statementsExecuted() + " statements "
                + last[0].schema().metrics().statementTexts().stream().map(CacheHitBench::firstLine).toList());

        report("fingerprint alone", time(warmups, rounds, () -> plain.fingerprint(url, new Properties())), "");

        try (FingerprintProbe probe = plain.fingerprintProbe(url, new Properties())) {
            FingerprintProbe.Reading[] r = new FingerprintProbe.Reading[1];
            List<Long> takes = time(warmups, rounds, () -> r[0] = probe.take(Duration.ofSeconds(60)));
            report("probe take (kept connection)", takes, r[0].statements() + " statements");
        }

        SchemaInfo[] s = new SchemaInfo[1];
        List<Long> full = time(1, discoveries, () -> s[0] = plain.discover(url));
        report("full warm discovery", full, s[0].metrics().statementsExecuted() + " statements, "
                + s[0].tables().size() + " tables");
        System.out.printf("hit / full discovery (medians): %.2f %%%n", 100.0 * median(hits) / median(full));
    }

    /** Plain JDBC on a new read-only connection per round: each step's median. */
    private static void sqliteBreakdown(String url, int rounds) throws SQLException {
        String[] steps = {"open", "PRAGMA query_only", "PRAGMA database_list", "PRAGMA main.schema_version",
                "SELECT 1 (schema parse)", "SELECT type, name, tbl_name, sql FROM main.sqlite_schema"};
        List<List<Long>> nanos = new ArrayList<>();
        for (String ignored : steps) {
            nanos.add(new ArrayList<>());
        }
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("open_mode", "65");
        for (int r = -2; r < rounds; r++) {
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, readOnly); Statement st = c.createStatement()) {
                long[] took = new long[steps.length];
                took[0] = System.nanoTime() - t0;
                for (int i = 1; i < steps.length; i++) {
                    long t = System.nanoTime();
                    try (ResultSet rs = st.executeQuery(steps[i].replace(" (schema parse)", ""))) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                    took[i] = System.nanoTime() - t;
                }
                for (int i = 0; r >= 0 && i < steps.length; i++) {
                    nanos.get(i).add(took[i]);
                }
            }
        }
        System.out.println("plain JDBC, new read-only connection, in this order (median of " + rounds + "):");
        for (int i = 0; i < steps.length; i++) {
            System.out.printf("  %-58s %8.2f ms%n", steps[i], median(nanos.get(i)) / 1e6);
        }
    }

    private static List<Long> time(int warmups, int rounds, Supplier<?> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - t0);
        }
        return nanos;
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void report(String what, List<Long> nanos, String detail) {
        System.out.printf("%-30s best %8.1f ms  median %8.1f ms  over %d  %s%n", what,
                Collections.min(nanos) / 1e6, median(nanos) / 1e6, nanos.size(), detail);
    }

    private static String firstLine(String sql) {
        String line = sql.strip().lines().filter(l -> !l.startsWith("--")).findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
