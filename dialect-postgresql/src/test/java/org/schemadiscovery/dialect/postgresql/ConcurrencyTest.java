package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.RoundTripModels;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("concurrency: one set of plugin instances serves parallel discoveries")
class ConcurrencyTest {

    @Test
    @DisplayName("4 threads, 2 discoveries each, on one facade: equal models")
    void parallelDiscoveries() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.script("fixtures/features.sql");
            SchemaDiscovery sd = Discovery.facade(DiscoveryOptions.defaults());
            SchemaInfo reference = sd.discover(db.url());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<SchemaInfo>> runs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    runs.add(pool.submit(() -> sd.discover(db.url())));
                }
                for (Future<SchemaInfo> run : runs) {
                    SchemaInfo s = run.get();
                    RoundTripModels.assertSameSchema(s, reference);
                    assertThat(Discovery.statementTexts(s)).isEqualTo(Discovery.statementTexts(reference));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
