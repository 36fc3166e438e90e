package org.schemadiscovery.dialect.sqlite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * Warm in-process benchmark (not a test): median of 10 discoveries after 5 warm-ups through core's facade.
 * Usage: {@code DiscoveryBench file.sqlite [more.sqlite ...]} (files from shared/bench/gen_sqlite_schema.py).
 */
final class DiscoveryBench {
    private DiscoveryBench() {
    }

    public static void main(String[] args) {
        SchemaDiscovery sd = CoreFacadeTest.facade();
        for (String file : args) {
            String url = "jdbc:sqlite:" + file;
            SchemaInfo last = null;
            for (int i = 0; i < 5; i++) {
                last = sd.discover(url, CoreFacadeTest.readOnly());
            }
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long t0 = System.nanoTime();
                last = sd.discover(url, CoreFacadeTest.readOnly());
                nanos.add(System.nanoTime() - t0);
            }
            Collections.sort(nanos);
            System.out.printf("%s tables=%d views=%d statements=%d rows=%d warm-median=%.3f s%n",
                    file, last.tables().size(), last.views().size(), last.metrics().statementsExecuted(),
                    last.metrics().rowsRead(), (nanos.get(4) + nanos.get(5)) / 2e9);
        }
    }
}
