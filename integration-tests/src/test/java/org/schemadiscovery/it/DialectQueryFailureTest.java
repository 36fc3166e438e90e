package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.tck.selfcheck.ForwardingStrategy;
import org.schemadiscovery.dialect.postgresql.PostgresConstraintDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresDdlRenderer;
import org.schemadiscovery.dialect.postgresql.PostgresDiscoveryStrategy;
import org.schemadiscovery.dialect.postgresql.PostgresIndexDiscovery;
import org.schemadiscovery.dialect.sqlite.SqliteConstraintDiscovery;
import org.schemadiscovery.dialect.sqlite.SqliteDiscoveryStrategy;

/**
 * Scenario 7: a dialect catalog query that does not fit the server (a missing catalog column, SQLSTATE 42703, or
 * SQLite's "no such column") makes that part fall back to core's generic JDBC strategy, with a SYNTAX warning;
 * the other parts still come from the dialect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("dialect query failure falls back to the generic strategy")
class DialectQueryFailureTest {
    private static final String BAD_PG_QUERY = "SELECT no_such_column FROM pg_catalog.pg_class";
    private static final String BAD_SQLITE_QUERY = "SELECT no_such_column FROM sqlite_schema";

    private PgDatabase db;
    private SchemaInfo pgReference;

    @TempDir
    Path dir;

    @BeforeAll
    void createDatabase() throws SQLException {
        db = PgDatabase.create();
        db.exec(Fixtures.postgresShop());
        pgReference = Plugins.both().build().discover(db.url());
        assertThat(pgReference.warnings()).isEmpty();
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    @DisplayName("PostgreSQL index query fails with 42703: indexes come from JDBC metadata with one SYNTAX"
            + " warning, everything else from the dialect")
    void postgresIndexes() {
        BrokenIndexDiscovery broken = new BrokenIndexDiscovery("postgresql", BAD_PG_QUERY);
        SchemaDiscovery sd = SchemaDiscovery.builder().loadServices(false)
                .register(new PostgresDiscoveryStrategy())
                .register(broken)
                .register(new PostgresConstraintDiscovery())
                .register(new PostgresDdlRenderer())
                .build();

        SchemaInfo s = sd.discover(db.url());

        assertThat(broken.raised()).extracting(SQLException::getSQLState).containsExactly("42703");
        assertIndexFallback(s, pgReference);
        // the bad query, then JDBC's getIndexInfo once per table and materialized view
        assertThat(s.metrics().statementTexts()).contains(BAD_PG_QUERY)
                .filteredOn(t -> t.equals("metadata:getIndexInfo")).hasSize(pgReference.tables().size() + 1);
    }

    @Test
    @DisplayName("PostgreSQL tables query fails with 42703: tables and columns come from JDBC metadata with one"
            + " SYNTAX warning; indexes and constraints still from the dialect")
    void postgresTables() {
        SchemaDiscovery sd = SchemaDiscovery.builder().loadServices(false)
                .register(brokenTables(new PostgresDiscoveryStrategy(), BAD_PG_QUERY))
                .register(new UnwrappingIndexDiscovery(new PostgresIndexDiscovery()))
                .register(new UnwrappingConstraintDiscovery(new PostgresConstraintDiscovery()))
                .build();

        SchemaInfo s = sd.discover(db.url());

        assertThat(s.warnings()).extracting(DiscoveryWarning::phase, DiscoveryWarning::errorClass)
                .containsExactly(tuple("tables", ErrorClass.SYNTAX));
        assertThat(s.warnings().get(0).message()).contains("no_such_column", "used generic JDBC metadata");
        assertThat(s.tables()).extracting(TableInfo::ref)
                .isEqualTo(pgReference.tables().stream().map(TableInfo::ref).toList());
        for (TableInfo t : s.tables()) {
            TableInfo ref = pgReference.table(t.ref()).orElseThrow();
            assertThat(t.columns()).extracting(c -> c.name(), c -> c.nullable())
                    .as("columns of %s read through JDBC metadata", t.ref())
                    .isEqualTo(ref.columns().stream().map(c -> tuple(c.name(), c.nullable())).toList());
            ModelChecks.assertSame(t.indexes(), ref.indexes(), "indexes of " + t.ref() + " (from the dialect)");
            ModelChecks.assertSame(t.constraints(), ref.constraints(),
                    "constraints of " + t.ref() + " (from the dialect)");
        }
        ModelChecks.assertSame(s.views(), pgReference.views(), "views (from the dialect)");
        ModelChecks.assertSame(s.sequences(), pgReference.sequences(), "sequences (from the dialect)");
        ModelChecks.assertSame(s.relationships(), pgReference.relationships(), "relationships");
    }

    @Test
    @DisplayName("SQLite index query fails with \"no such column\": indexes come from JDBC metadata with one"
            + " SYNTAX warning")
    void sqliteIndexes() throws SQLException {
        Path file = SqliteFiles.create(dir.resolve("shop.sqlite"), Fixtures.sqliteShop());
        SchemaInfo reference = Plugins.both().build().discover(SqliteFiles.url(file));
        assertThat(reference.warnings()).isEmpty();
        BrokenIndexDiscovery broken = new BrokenIndexDiscovery("sqlite", BAD_SQLITE_QUERY);
        SchemaDiscovery sd = SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy())
                .register(broken)
                .register(new SqliteConstraintDiscovery())
                .build();

        SchemaInfo s = sd.discover(SqliteFiles.url(file));

        assertThat(broken.raised()).hasSize(1).first().satisfies(e -> {
            assertThat(e.getErrorCode()).as("SQLITE_ERROR").isEqualTo(1);
            assertThat(e.getMessage()).contains("no such column: no_such_column");
        });
        assertIndexFallback(s, reference);
    }

    /** One SYNTAX warning for indexes; the same index names and column keys; the rest as the dialect reads it. */
    private static void assertIndexFallback(SchemaInfo s, SchemaInfo reference) {
        assertThat(s.warnings()).extracting(DiscoveryWarning::object, DiscoveryWarning::phase,
                DiscoveryWarning::errorClass).containsExactly(tuple("indexes", "indexes", ErrorClass.SYNTAX));
        assertThat(s.warnings().get(0).message()).contains("no_such_column", "used generic JDBC metadata");
        assertThat(indexKeys(s)).as("index names and column keys per table").isEqualTo(indexKeys(reference));
        for (TableInfo t : s.tables()) {
            TableInfo ref = reference.table(t.ref()).orElseThrow();
            ModelChecks.assertSame(t.withIndexes(List.of()), ref.withIndexes(List.of()),
                    "table " + t.ref() + " apart from its indexes");
        }
        ModelChecks.assertSame(s.views().stream().map(v -> v.withIndexes(List.of())).toList(),
                reference.views().stream().map(v -> v.withIndexes(List.of())).toList(), "views");
        ModelChecks.assertSame(s.relationships(), reference.relationships(), "relationships");
    }

    /** Per table: index name to its column keys (null for expression keys), sorted by name. */
    private static Map<String, Map<String, List<String>>> indexKeys(SchemaInfo s) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (TableInfo t : s.tables()) {
            Map<String, List<String>> byName = new TreeMap<>();
            for (IndexInfo i : t.indexes()) {
                byName.put(i.name(), i.elements().stream().map(e -> e.column() == null ? "<expr>" : e.column())
                        .toList());
            }
            out.put(t.ref().displayName(), byName);
        }
        for (ViewInfo v : s.views()) {
            Map<String, List<String>> byName = new TreeMap<>();
            v.indexes().forEach(i -> byName.put(i.name(), i.keyColumns().stream()
                    .map(c -> c == null ? "<expr>" : c).toList()));
            if (!byName.isEmpty()) {
                out.put(v.ref().displayName(), byName);
            }
        }
        return out;
    }

    /**
     * Runs an SQL text whose catalog column does not exist, as a plugin written for another server version would,
     * and keeps the error it raised.
     */
    static void runBadQuery(DiscoverySession session, String sql, List<SQLException> raised) throws SQLException {
        try (Statement st = session.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
        } catch (SQLException e) {
            raised.add(e);
            throw e;
        }
        throw new AssertionError("the broken query succeeded: " + sql);
    }

    /** An index discovery whose catalog query names a column the server does not have. */
    record BrokenIndexDiscovery(String dialect, String sql, List<SQLException> raised) implements IndexDiscovery {
        BrokenIndexDiscovery(String dialect, String sql) {
            this(dialect, sql, new CopyOnWriteArrayList<>());
        }

        @Override
        public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
            runBadQuery(session, sql, raised);
            return Discovered.empty();
        }
    }

    /** A strategy whose sessions fail reading tables with a bad catalog query and delegate everything else. */
    static DiscoveryStrategy brokenTables(DiscoveryStrategy real, String sql) {
        return new ForwardingStrategy(real, session -> new ForwardingStrategy.ForwardingSession(session) {
            @Override
            public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                runBadQuery(delegate, sql, new CopyOnWriteArrayList<>());
                return Discovered.empty();
            }
        });
    }

    /** Hands the dialect's own session to its index discovery. */
    record UnwrappingIndexDiscovery(IndexDiscovery delegate) implements IndexDiscovery {
        @Override
        public String dialect() {
            return delegate.dialect();
        }

        @Override
        public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
            return delegate.indexes(ForwardingStrategy.unwrap(session), scope);
        }
    }

    /** Hands the dialect's own session to its constraint discovery. */
    record UnwrappingConstraintDiscovery(ConstraintDiscovery delegate) implements ConstraintDiscovery {
        @Override
        public String dialect() {
            return delegate.dialect();
        }

        @Override
        public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
                throws SQLException {
            return delegate.constraints(ForwardingStrategy.unwrap(session), scope);
        }
    }
}
