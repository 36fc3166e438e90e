package bench;

import java.util.Arrays;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * Our discovery in a warm JVM: warm-ups, then measured runs of {@code discover(url)} (connection opening included).
 * Prints one record: median/min/max wall time, statements and rows of the last run, the largest peak heap of one
 * measured run (each starts after a GC), and object counts. Usage: {@code Warm URL [WARMUPS] [RUNS]}.
 */
public final class Warm {
    private Warm() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: Warm JDBC_URL [WARMUPS] [RUNS]");
            System.exit(1);
        }
        String url = args[0];
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try {
            SchemaDiscovery sd = SchemaDiscovery.builder().build();
            long t0 = System.nanoTime();
            SchemaInfo first = sd.discover(url);
            long firstMs = (System.nanoTime() - t0) / 1_000_000;
            for (int i = 1; i < warmups; i++) {
                sd.discover(url);
            }
            long[] nanos = new long[runs];
            long heap = 0;
            SchemaInfo last = first;
            for (int i = 0; i < runs; i++) {
                // Untimed: each run starts from a collected heap, so its peak is that run's own, like a peer's
                // single run in a fresh JVM (otherwise garbage of earlier runs inflates it).
                last = null;
                System.gc();
                Heap.resetPeaks();
                long s = System.nanoTime();
                last = sd.discover(url);
                nanos[i] = System.nanoTime() - s;
                heap = Math.max(heap, Heap.peakMb());
            }
            Arrays.sort(nanos);
            double median = runs % 2 == 1 ? nanos[runs / 2] : (nanos[runs / 2 - 1] + nanos[runs / 2]) / 2.0;
            DiscoveryMetrics m = last.metrics();
            for (DiscoveryWarning w : last.warnings().subList(0, Math.min(5, last.warnings().size()))) {
                System.err.println("warning: " + w);
            }
            Sample r = new Sample().put("status", "ok")
                    .put("wall_ms", ms(median)).put("min_ms", ms(nanos[0])).put("max_ms", ms(nanos[runs - 1]))
                    .put("first_ms", firstMs).put("warmups", warmups).put("runs", runs)
                    .put("statements", m.statementsExecuted()).put("rows", m.rowsRead()).put("heap_mb", heap)
                    .put("dialect_id", last.identity().dialect())
                    .putAll(Counts.of(last));
            System.out.println(r);
        } catch (RuntimeException e) {
            System.out.println(new Sample().put("status", "failed").put("note", oneLine(e)));
            e.printStackTrace();
            System.exit(3);
        }
    }

    static String ms(double nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    static String oneLine(Throwable e) {
        return (e.getClass().getSimpleName() + ": " + e.getMessage()).replace('\n', ' ');
    }
}
