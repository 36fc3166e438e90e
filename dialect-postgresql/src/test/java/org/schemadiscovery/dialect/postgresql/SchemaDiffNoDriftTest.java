package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.diff.SchemaDiff;
import org.schemadiscovery.core.json.JsonCodec;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;
import org.schemadiscovery.dialect.postgresql.support.Workload;

@DisplayName("schema comparison: a database against itself, its JSON snapshot and its DDL copy shows no change")
class SchemaDiffNoDriftTest {
    private final SchemaDiscovery sd = Discovery.facade(DiscoveryOptions.defaults());

    @Test
    @DisplayName("the feature fixture: partitions, serials, identities, domains, exclusion constraints, policies")
    void featureFixture() throws Exception {
        try (PgDatabase source = PgDatabase.create(); PgDatabase copy = PgDatabase.create()) {
            source.script("fixtures/features.sql");
            assertNoDrift(source, copy);
        }
    }

    @Test
    @DisplayName("hostile identifiers")
    void hostile() throws Exception {
        try (PgDatabase source = PgDatabase.create(); PgDatabase copy = PgDatabase.create()) {
            source.script("fixtures/hostile.sql");
            assertNoDrift(source, copy);
        }
    }

    @Test
    @Timeout(900)
    @DisplayName("the shared workload bench1000 (gen_pg_schema.py 1000 4)")
    void bench1000() throws Exception {
        try (PgDatabase source = PgDatabase.create(); PgDatabase copy = PgDatabase.create()) {
            source.sql(Workload.generate(1000, 4));
            SchemaInfo first = assertNoDrift(source, copy);
            assertThat(first.tables()).hasSizeGreaterThan(1000);
        }
    }

    @Test
    @DisplayName("a real change on the workload is seen: a dropped index and a changed default")
    void seesChanges() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql(Workload.generate(20, 2));
            SchemaInfo before = sd.discover(db.url());
            String index = before.tables().stream().flatMap(t -> t.indexes().stream())
                    .filter(i -> !i.constraintBacked()).findFirst().orElseThrow().name();
            String schema = before.tables().stream().filter(t -> t.indexes().stream()
                    .anyMatch(i -> i.name().equals(index))).findFirst().orElseThrow().ref().schema();
            db.exec(List.of("DROP INDEX \"" + schema + "\".\"" + index + "\""));
            List<SchemaChange> changes = sd.compare(before, sd.discover(db.url()), DiffOptions.defaults());
            assertThat(changes).extracting(Object::toString).singleElement().asString()
                    .startsWith("- index " + schema + ".").endsWith("." + index);
        }
    }

    @Test
    @DisplayName("equivalences: a serial's default in a schema under another name, a partition index's generated name")
    void equivalences() throws Exception {
        try (PgDatabase a = PgDatabase.create(); PgDatabase b = PgDatabase.create()) {
            a.exec(ddl("s1", false));
            b.exec(ddl("s2", true));
            SchemaInfo from = sd.discover(a.url());
            SchemaInfo to = sd.discover(b.url());
            DiffOptions mapped = DiffOptions.builder().mapSchema("s1", "s2").build();
            assertThat(sd.compare(from, to, mapped)).isEmpty();
            assertThat(SchemaDiff.compare(from, to, mapped)).as("the same without the dialect's normaliser")
                    .extracting(Object::toString).containsExactly(
                            "~ column s1.t.id  default nextval('s1.t_id_seq'::regclass)"
                                    + " → nextval('s2.t_id_seq'::regclass)",
                            "- index s1.p1.p1_k_idx", "+ index s1.p1.p1_own_name");
        }
    }

    /** A serial key and a partitioned table; {@code ownIndexFirst}: the partition's index exists before the parent's. */
    private static List<String> ddl(String schema, boolean ownIndexFirst) {
        List<String> ddl = new java.util.ArrayList<>(List.of("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".t (id serial PRIMARY KEY, v text)",
                "CREATE TABLE " + schema + ".p (id int NOT NULL, k int) PARTITION BY RANGE (k)",
                "CREATE TABLE " + schema + ".p1 PARTITION OF " + schema + ".p FOR VALUES FROM (0) TO (10)"));
        if (ownIndexFirst) {
            ddl.add("CREATE INDEX p1_own_name ON " + schema + ".p1 (k)");
        }
        ddl.add("CREATE INDEX p_k ON " + schema + ".p (k)");
        return ddl;
    }

    private SchemaInfo assertNoDrift(PgDatabase source, PgDatabase copy) throws Exception {
        SchemaInfo first = sd.discover(source.url());
        assertThat(first.warnings()).isEmpty();
        assertThat(sd.compare(first, sd.discover(source.url()), DiffOptions.defaults())).as("with itself")
                .isEmpty();
        JsonCodec codec = new JsonCodec();
        SchemaInfo snapshot = codec.read(codec.write(first));
        assertThat(sd.compare(first, snapshot, DiffOptions.defaults())).as("with its JSON snapshot").isEmpty();
        assertThat(sd.compare(snapshot, first, DiffOptions.defaults())).as("its JSON snapshot with it").isEmpty();
        copy.exec(Discovery.script(first));
        assertThat(sd.compare(first, sd.discover(copy.url()), DiffOptions.defaults())).as("with its DDL copy")
                .isEmpty();
        return first;
    }
}
