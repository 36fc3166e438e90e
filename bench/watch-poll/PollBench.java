// One idle `watch` poll on a PostgreSQL database: the FingerprintProbe's take (what every poll costs once the
// dialect takes fingerprints) and the full discovery a poll adds while it does not (the fallback).
// Run from the worktree after a build, with the class path of core, the dialects and their drivers:
//   javac -d /tmp/pb -cp "$CP" bench/watch-poll/PollBench.java
//   java -cp "/tmp/pb:$CP" PollBench "jdbc:postgresql://127.0.0.1:5432/<db>?user=postgres" 20
// An optional third argument limits the scope to the schemas a glob names, e.g. for the MariaDB workload of
// gen_mariadb_schema.py: PollBench "jdbc:mariadb://127.0.0.1:3306/?user=root" 5 'sd_bench_my_*'
import java.time.Duration;
import java.util.Properties;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.health.FingerprintProbe;
import org.schemadiscovery.api.model.SchemaInfo;

/** One idle watch poll on a database: the probe's take, and the full discovery the fallback adds. */
public class PollBench {
    public static void main(String[] a) throws Exception {
        String url = a[0];
        int rounds = Integer.parseInt(a[1]);
        DiscoveryOptions options = a.length > 2 ? DiscoveryOptions.builder().includeSchema(a[2]).build()
                : DiscoveryOptions.defaults();
        SchemaDiscovery sd = SchemaDiscovery.builder().options(options).build();
        try (FingerprintProbe probe = sd.fingerprintProbe(url, new Properties())) {
            FingerprintProbe.Reading first = probe.take(Duration.ofSeconds(60));
            System.out.println("fingerprint supported: " + first.fingerprint().isPresent());
            long best = Long.MAX_VALUE, sum = 0, statements = 0;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                FingerprintProbe.Reading r = probe.take(Duration.ofSeconds(60));
                long ns = System.nanoTime() - t0;
                best = Math.min(best, ns); sum += ns; statements = r.statements();
            }
            System.out.printf("probe take: %d statements, best %.1f ms, mean %.1f ms over %d%n", statements,
                    best / 1e6, sum / 1e6 / rounds, rounds);
        }
        long best = Long.MAX_VALUE, sum = 0; SchemaInfo s = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            s = sd.discover(url);
            long ns = System.nanoTime() - t0;
            best = Math.min(best, ns); sum += ns;
        }
        System.out.printf("fallback discovery: %d statements, %d tables, best %.0f ms, mean %.0f ms over 3%n",
                s.metrics().statementsExecuted(), s.tables().size(), best / 1e6, sum / 1e6 / 3);
    }
}
