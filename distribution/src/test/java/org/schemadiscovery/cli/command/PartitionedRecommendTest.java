package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.core.json.JsonCodec;

/** recommend on partitioned PostgreSQL tables: one finding on the parent, and the suggested DDL runs in psql. */
@DisplayName("recommend on a partitioned PostgreSQL table")
class PartitionedRecommendTest {
    private static final String FIXTURE = """
            CREATE TABLE customer (id int PRIMARY KEY);
            CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, customer_id int REFERENCES customer (id),
                PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
            CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            CREATE TABLE event_rest PARTITION OF event DEFAULT PARTITION BY HASH (id);
            CREATE TABLE event_rest_0 PARTITION OF event_rest FOR VALUES WITH (modulus 2, remainder 0);
            CREATE TABLE event_rest_1 PARTITION OF event_rest FOR VALUES WITH (modulus 2, remainder 1);
            CREATE INDEX event_at ON event (at);
            CREATE INDEX event_at_id ON event (at, id);
            """;

    @TempDir
    Path tmp;

    @Test
    @DisplayName("one fk-without-index and one redundant-index, on the parent; the DDL applies as one psql script")
    void oneFindingOnTheParent() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(ScratchDatabase.Kind.POSTGRESQL, tmp)) {
            assertThat(db.apply(FIXTURE).exitCode()).isZero();
            CliRunner.Result json = CliRunner.run("recommend", db.url(), "--format", "json");
            assertThat(json.exitCode()).as(json.err()).isZero();
            List<?> found = new JsonCodec().read(json.out(), List.class);
            List<String> generic = found.stream().map(Map.class::cast)
                    .filter(r -> List.of("fk-without-index", "redundant-index").contains(r.get("ruleId")))
                    .map(r -> r.get("ruleId") + " " + r.get("object")).toList();
            assertThat(generic).containsExactly("fk-without-index public.event", "redundant-index public.event");

            CliRunner.Result text = CliRunner.run("recommend", db.url());
            String script = String.join("\n", text.out().lines().filter(l -> l.startsWith("  ")).toList()) + "\n";
            assertThat(script).contains("CREATE INDEX \"event_customer_id_idx\" ON \"public\".\"event\"");
            ScratchDatabase.ClientResult applied = db.apply(script);
            assertThat(applied.exitCode()).as("psql said:%n%s", applied.output()).isZero();
            assertThat(applied.output()).isEmpty();

            CliRunner.Result after = CliRunner.run("recommend", db.url());
            assertThat(after.out()).doesNotContain("fk-without-index", "redundant-index");
        }
    }
}
