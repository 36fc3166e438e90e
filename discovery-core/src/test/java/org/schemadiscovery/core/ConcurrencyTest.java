package org.schemadiscovery.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.testing.Sqlite;

class ConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("one SchemaDiscovery serves 8 concurrent discoveries with identical results and separate metrics")
    void concurrent() throws Exception {
        String url = Sqlite.create(dir, "CREATE TABLE a(id INTEGER PRIMARY KEY)",
                "CREATE TABLE b(id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id))");
        SchemaDiscovery sd = SchemaDiscovery.builder().build();
        SchemaInfo reference = sd.discover(url);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SchemaInfo>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<SchemaInfo> task = () -> sd.discover(url);
                results.add(pool.submit(task));
            }
            for (Future<SchemaInfo> f : results) {
                SchemaInfo s = f.get();
                assertThat(s.withMetrics(null)).isEqualTo(reference.withMetrics(null));
                assertThat(s.metrics().statementTexts()).isEqualTo(reference.metrics().statementTexts());
            }
        } finally {
            pool.shutdown();
        }
    }
}
