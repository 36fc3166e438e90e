package org.schemadiscovery.dialect.postgresql.bench;

import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.dialect.postgresql.support.Discovery;

/**
 * Benchmark, not a test: discovers a database {@code warmups + runs} times in-process and prints the median of the
 * measured runs, the statement count and the object counts.
 * {@code java -cp ... org.schemadiscovery.dialect.postgresql.bench.PgBench URL [runs] [warmups]}
 */
public final class PgBench {
    private PgBench() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        SchemaDiscovery sd = Discovery.facade(DiscoveryOptions.defaults());
        List<Long> millis = new ArrayList<>();
        SchemaInfo last = null;
        for (int i = 0; i < warmups + runs; i++) {
            long t0 = System.nanoTime();
            last = sd.discover(url);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (i >= warmups) {
                millis.add(ms);
            }
        }
        millis.sort(null);
        int indexes = last.tables().stream().mapToInt(t -> t.indexes().size()).sum();
        int columns = last.tables().stream().mapToInt(t -> t.columns().size()).sum();
        System.out.printf("warm median %d ms (min %d, max %d) over %d runs; statements %d; tables %d, columns %d,"
                        + " indexes %d, views %d, warnings %d; phases %s%n", millis.get(millis.size() / 2),
                millis.get(0), millis.get(millis.size() - 1), runs, last.metrics().statementsExecuted(),
                last.tables().size(), columns, indexes, last.views().size(), last.warnings().size(),
                last.metrics().phases().stream().map(p -> p.phase() + "=" + p.nanos() / 1_000_000).toList());
    }
}
