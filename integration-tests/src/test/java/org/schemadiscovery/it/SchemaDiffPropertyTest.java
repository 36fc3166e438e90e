package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.AttributeChange;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.it.RandomMutations.Expected;
import org.schemadiscovery.it.RandomMutations.Mutated;
import org.schemadiscovery.it.RandomSchemas.Dialect;

/**
 * Property: for a random schema A and random edits giving B (seeded; a failure names the seed), both loaded into
 * real databases and discovered, the comparison of A with B lists exactly the edits, and B with itself nothing.
 * Tries per dialect: {@code -Dit.tries} (default 20); first seed: {@code -Dit.seed}.
 */
@DisplayName("property: comparing a random schema with a randomly edited copy lists exactly the edits")
class SchemaDiffPropertyTest {
    private static final int TRIES = Integer.getInteger("it.tries", 20);
    private static final long FIRST_SEED = Long.getLong("it.seed", 20_251_203L);

    static Stream<Long> seeds() {
        return LongStream.range(0, TRIES).mapToObj(i -> FIRST_SEED + i * 7_919L);
    }

    @FunctionalInterface
    interface Load {
        SchemaInfo discover(RandomSchemas.Schema schema, String side) throws Exception;
    }

    static void check(long seed, Dialect dialect, SchemaDiscovery sd, Load load) throws Exception {
        RandomSchemas.Schema a = RandomSchemas.generate(seed);
        Mutated m = RandomMutations.mutate(a, seed * 31 + 1);
        assertThat(m.expected()).as("seed %d edits something", seed).isNotEmpty();
        try {
            SchemaInfo from = load.discover(a, "a");
            SchemaInfo to = load.discover(m.schema(), "b");
            assertThat(from.warnings()).isEmpty();
            assertThat(to.warnings()).isEmpty();
            List<SchemaChange> changes = sd.compare(from, to, DiffOptions.defaults());
            assertThat(changes.stream().map(SchemaDiffPropertyTest::expected).toList()).as("changes %s", changes)
                    .containsExactlyInAnyOrderElementsOf(m.expected());
            assertThat(sd.compare(to, to, DiffOptions.defaults())).isEmpty();
        } catch (AssertionError | Exception e) {
            throw new AssertionError("seed " + seed + " (replay with -Dit.seed=" + seed + " -Dit.tries=1), edits "
                    + m.expected() + ", " + dialect + " DDL of B:\n  "
                    + String.join(";\n  ", RandomSchemas.ddl(m.schema(), dialect, null)) + "\n" + e.getMessage(), e);
        }
    }

    private static Expected expected(SchemaChange c) {
        String how = c instanceof Added<?> ? "+" : c instanceof Removed<?> ? "-" : "~";
        Set<String> attributes = c.attributes().stream().map(AttributeChange::name).collect(Collectors.toSet());
        return new Expected(how, c.type(), c.name().parent(), c.name().name(), attributes);
    }

    @Nested
    @DisplayName("SQLite")
    class Sqlite {
        @TempDir
        Path dir;

        private final SchemaDiscovery sd = Plugins.both().build();

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("org.schemadiscovery.it.SchemaDiffPropertyTest#seeds")
        @DisplayName("edits of tables, columns, indexes, unique constraints and foreign keys")
        void edits(long seed) throws Exception {
            check(seed, Dialect.SQLITE, sd, (schema, side) -> {
                Path file = dir.resolve(seed + side + ".sqlite");
                Files.deleteIfExists(file);
                SqliteFiles.create(file, RandomSchemas.ddl(schema, Dialect.SQLITE, null));
                return sd.discover(SqliteFiles.url(file));
            });
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("PostgreSQL")
    class Postgres {
        private static final String SCHEMA = "gen";
        private PgDatabase a;
        private PgDatabase b;
        private final SchemaDiscovery sd = Plugins.both()
                .options(DiscoveryOptions.builder().includeSchema(SCHEMA).build()).build();

        @BeforeAll
        void create() throws SQLException {
            a = PgDatabase.create();
            b = PgDatabase.create();
        }

        @AfterAll
        void drop() throws SQLException {
            try {
                a.close();
            } finally {
                b.close();
            }
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("org.schemadiscovery.it.SchemaDiffPropertyTest#seeds")
        @DisplayName("edits of tables, columns, indexes, unique constraints and foreign keys")
        void edits(long seed) throws Exception {
            check(seed, Dialect.POSTGRESQL, sd, (schema, side) -> {
                PgDatabase db = side.equals("a") ? a : b;
                db.exec("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
                db.exec(RandomSchemas.ddl(schema, Dialect.POSTGRESQL, SCHEMA));
                return sd.discover(db.url());
            });
        }
    }
}
