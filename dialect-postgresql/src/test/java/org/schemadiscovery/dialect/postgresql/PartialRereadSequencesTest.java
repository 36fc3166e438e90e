package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("partial reread: sequences a reread table gains, changes or loses are those of a full discovery")
class PartialRereadSequencesTest {
    private static final String FIXTURE = "CREATE TABLE c1 (id int PRIMARY KEY); CREATE TABLE c2 (id int);"
            + " CREATE TABLE c3 (id int); CREATE TABLE c4 (id int); CREATE TABLE c5 (id int);"
            + " CREATE TABLE c6 (id int); CREATE TABLE c7 (id int); CREATE TABLE c8 (id int);"
            + " CREATE SEQUENCE free_standing;";

    private static SchemaInfo bare(SchemaInfo schema) {
        return schema.withMetrics(DiscoveryMetrics.empty());
    }

    @Test
    @DisplayName("serial added, owned sequence altered, identity added, owning table dropped: each partial, equal to"
            + " a full discovery")
    void ownedSequences() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql(FIXTURE);
            SchemaDiscovery cached = SchemaDiscovery.builder().loadServices(false)
                    .register(new PostgresDiscoveryStrategy()).register(new PostgresIndexDiscovery())
                    .register(new PostgresConstraintDiscovery()).cache(new MemorySnapshotCache(4)).build();
            SchemaDiscovery plain = Discovery.facade(DiscoveryOptions.defaults());
            assertThat(cached.discoverCached(db.url(), new Properties()).outcome()).isEqualTo(CacheOutcome.MISS);
            for (String ddl : new String[] {"CREATE TABLE t (id serial, v text)",
                    "ALTER SEQUENCE t_id_seq INCREMENT BY 5",
                    "ALTER TABLE c1 ADD COLUMN g bigint GENERATED ALWAYS AS IDENTITY",
                    "DROP TABLE t"}) {
                db.exec(ddl);
                CachedDiscovery after = cached.discoverCached(db.url(), new Properties());
                SchemaInfo full = plain.discover(db.url(), new Properties());
                assertThat(after.outcome()).as(ddl).isEqualTo(CacheOutcome.PARTIAL);
                assertThat(after.schema().sequences()).as(ddl).isEqualTo(full.sequences());
                assertThat(bare(after.schema())).as(ddl).isEqualTo(bare(full));
            }
            assertThat(plain.discover(db.url(), new Properties()).sequences()).extracting(SequenceInfo::ref)
                    .extracting(r -> r.name()).containsExactlyInAnyOrder("c1_g_seq", "free_standing");
        }
    }
}
