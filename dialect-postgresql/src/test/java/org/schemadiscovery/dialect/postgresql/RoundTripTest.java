package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.json.JsonCodec;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.RoundTripModels;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;
import org.schemadiscovery.dialect.postgresql.support.Workload;

@DisplayName("DDL round trip: discover, script, apply to a fresh database, discover again, equal model")
class RoundTripTest {

    @Test
    @DisplayName("the feature fixture round-trips")
    void featureFixture() throws Exception {
        try (PgDatabase source = PgDatabase.create(); PgDatabase target = PgDatabase.create()) {
            source.script("fixtures/features.sql");
            SchemaInfo s = roundTrip(source, target);
            JsonCodec codec = new JsonCodec();
            assertThat(codec.read(codec.write(s))).as("JSON round trip").isEqualTo(s);
        }
    }

    @Test
    @DisplayName("hostile identifiers round-trip: quotes, backslashes, unicode, reserved words, \"A\" vs a")
    void hostileIdentifiers() throws Exception {
        try (PgDatabase source = PgDatabase.create(); PgDatabase target = PgDatabase.create()) {
            source.script("fixtures/hostile.sql");
            SchemaInfo s = roundTrip(source, target);
            assertThat(s.tables()).extracting(t -> t.ref().displayName()).containsExactly(
                    "Weird \"Schema\" ✓.Order", "Weird \"Schema\" ✓.order",
                    "Weird \"Schema\" ✓.ÅÄÖ_" + "ü".repeat(28),
                    "select.table", "select." + "x".repeat(63));
            assertThat(s.tables().get(0).columns()).extracting(c -> c.name()).containsExactly(
                    "A", "a", "select", "with space", "quo\"te", "back\\slash", "naïve ✓", "🙂", "Mood", "Pair", "Dom");
            assertThat(s.types().stream().filter(t -> t.ref().name().equals("Mood Type")).findFirst().orElseThrow()
                    .enumLabels()).containsExactly("it's", "back\\slash", "ÜNICODE 🙂", "Sad", "sad");
            JsonCodec codec = new JsonCodec();
            assertThat(codec.read(codec.write(s))).as("JSON round trip").isEqualTo(s);
        }
    }

    @Test
    @DisplayName("the shared workload (gen_pg_schema.py 50 2) round-trips")
    void sharedWorkload() throws Exception {
        try (PgDatabase source = PgDatabase.create(); PgDatabase target = PgDatabase.create()) {
            source.sql(Workload.generate(50, 2));
            SchemaInfo s = roundTrip(source, target);
            assertThat(s.tables()).hasSize(50 + 3);
            assertThat(s.views()).hasSize(5 + 1);
        }
    }

    static SchemaInfo roundTrip(PgDatabase source, PgDatabase target) throws Exception {
        SchemaInfo first = Discovery.discover(source);
        assertThat(first.warnings()).isEmpty();
        List<String> script = Discovery.script(first);
        target.exec(script);
        SchemaInfo second = Discovery.discover(target);
        RoundTripModels.assertSameSchema(second, first);
        assertThat(Discovery.script(second)).isEqualTo(script);
        return first;
    }
}
