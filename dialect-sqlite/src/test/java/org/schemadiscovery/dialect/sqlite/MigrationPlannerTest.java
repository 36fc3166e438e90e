package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.migration.MigrationScript;

/** The SQLite planner: ALTER TABLE where SQLite has it, otherwise a rebuild that keeps rows and dependants. */
class MigrationPlannerTest {
    private static final String PARENT = "CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)";
    private static final List<String> DEPENDANTS = List.of(
            "CREATE TABLE log (what TEXT)",
            "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id)"
                    + " ON DELETE CASCADE)",
            "CREATE INDEX parent_name ON parent (name)",
            "CREATE TRIGGER parent_audit AFTER DELETE ON parent FOR EACH ROW"
                    + " BEGIN INSERT INTO log (what) VALUES ('deleted ' || old.id); END",
            "CREATE VIEW parent_names AS SELECT id, name FROM parent",
            "CREATE VIEW parent_count AS SELECT count(*) AS n FROM parent_names");

    @TempDir
    Path dir;

    private final SchemaDiscovery discovery = SchemaDiscovery.builder().loadServices(false)
            .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
            .register(new SqliteConstraintDiscovery()).register(new SqliteDdlRenderer()).build();

    @Test
    @DisplayName("a rebuild keeps rows, rowids, the AUTOINCREMENT counter, indexes, triggers, views and children")
    void rebuildKeepsEverything() throws Exception {
        List<String> before = new ArrayList<>(List.of(PARENT));
        before.addAll(DEPENDANTS);
        List<String> after = new ArrayList<>(List.of("CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " name TEXT NOT NULL DEFAULT '', CHECK (length(name) < 40))"));
        after.addAll(DEPENDANTS);
        Path a = Fixtures.create(dir.resolve("a.db"), concat(before, List.of(
                "INSERT INTO parent (name) VALUES ('a'), ('b'), ('c')", "DELETE FROM parent WHERE name = 'c'",
                "INSERT INTO child (parent_id) VALUES (1), (1), (2)")));
        Path b = Fixtures.create(dir.resolve("b.db"), after);

        MigrationPlan plan = plan(a, b, true);
        assertThat(plan.complete()).isTrue();
        List<TransactionGroup> groups = plan.groups();
        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).transactional()).isFalse();
        assertThat(groups.get(0).steps().get(0).sql()).isEqualTo("PRAGMA foreign_keys = OFF");
        assertThat(groups.get(2).transactional()).isFalse();
        assertThat(groups.get(2).steps().get(0).sql()).isEqualTo("PRAGMA foreign_keys = ON");
        List<MigrationStep> main = groups.get(1).steps();
        assertThat(main.get(main.size() - 1).sql()).isEqualTo("PRAGMA foreign_key_check");
        assertThat(main.get(main.size() - 1).hazards().get(0).detail()).contains("ROLLBACK");
        assertThat(main).anySatisfy(s -> assertThat(s.has(HazardKind.TABLE_REBUILD)).isTrue());
        assertThat(main).extracting(MigrationStep::sql).contains("DROP VIEW \"parent_names\"",
                "DROP VIEW \"parent_count\"");

        Sqlite3Client.Result applied = Sqlite3Client.run(a, MigrationScript.sql(plan));
        assertThat(applied.exitCode()).as(applied.output()).isZero();
        assertThat(discovery.compare(discover(a), discover(b), DiffOptions.defaults())).isEmpty();
        try (Connection c = Fixtures.openReadWrite(a); Statement st = c.createStatement()) {
            assertThat(longOf(st, "SELECT seq FROM sqlite_sequence WHERE name = 'parent'"))
                    .as("the AUTOINCREMENT counter, above the largest key after a delete").isEqualTo(3);
            assertThat(longOf(st, "SELECT count(*) FROM sqlite_sequence")).isEqualTo(1);
            assertThat(longOf(st, "SELECT count(*) FROM child")).isEqualTo(3);
            assertThat(longOf(st, "SELECT n FROM parent_count")).isEqualTo(2);
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("INSERT INTO parent (name) VALUES ('d')");
            assertThat(longOf(st, "SELECT max(id) FROM parent")).isEqualTo(4);
            st.execute("DELETE FROM parent WHERE id = 1");
            assertThat(longOf(st, "SELECT count(*) FROM log WHERE what = 'deleted 1'")).as("trigger").isEqualTo(1);
            assertThat(longOf(st, "SELECT count(*) FROM child")).as("cascade still works").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("ALTER TABLE where SQLite allows it: add with a constant default, rename, drop a plain column")
    void alterWherePossible() throws Exception {
        Path a = Fixtures.create(dir.resolve("a.db"), List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, gone TEXT)",
                "CREATE VIEW v AS SELECT id, a FROM t", "INSERT INTO t VALUES (1, 'x', 'y')"));
        Path b = Fixtures.create(dir.resolve("b.db"), List.of(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, b TEXT, n INTEGER NOT NULL DEFAULT 0)",
                "CREATE VIEW v AS SELECT id, b AS a FROM t"));
        MigrationPlan plan = plan(a, b, true, "column:main.t.a=b");
        List<String> sql = plan.steps().stream().map(MigrationStep::sql).toList();
        assertThat(sql).contains("ALTER TABLE \"t\" RENAME COLUMN \"a\" TO \"b\"", "ALTER TABLE \"t\" DROP COLUMN \"gone\"",
                "ALTER TABLE \"t\" ADD COLUMN \"n\" INTEGER NOT NULL DEFAULT 0");
        assertThat(plan.steps()).noneMatch(s -> s.has(HazardKind.TABLE_REBUILD));
        assertThat(plan.groups()).hasSize(1);
        assertThat(sql.indexOf("DROP VIEW \"v\"")).isLessThan(sql.indexOf("ALTER TABLE \"t\" DROP COLUMN \"gone\""));
        Sqlite3Client.Result applied = Sqlite3Client.run(a, MigrationScript.sql(plan));
        assertThat(applied.exitCode()).as(applied.output()).isZero();
        assertThat(discovery.compare(discover(a), discover(b), DiffOptions.defaults())).isEmpty();
    }

    @Test
    @DisplayName("without destructive steps the dropped column is left out, the rest runs, the view survives")
    void destructiveLeftOut() throws Exception {
        Path a = Fixtures.create(dir.resolve("a.db"), List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, gone TEXT)",
                "CREATE VIEW v AS SELECT id FROM t", "INSERT INTO t VALUES (1, 'y')"));
        Path b = Fixtures.create(dir.resolve("b.db"), List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT)",
                "CREATE VIEW v AS SELECT id FROM t"));
        MigrationPlan plan = plan(a, b, false);
        assertThat(plan.leftOut()).extracting(l -> l.step().sql())
                .contains("ALTER TABLE \"t\" DROP COLUMN \"gone\"", "DROP VIEW \"v\"");
        assertThat(plan.steps()).extracting(MigrationStep::sql).containsExactly("ALTER TABLE \"t\" ADD COLUMN \"n\" TEXT");
        Sqlite3Client.Result applied = Sqlite3Client.run(a, MigrationScript.sql(plan));
        assertThat(applied.exitCode()).as(applied.output()).isZero();
        assertThat(discovery.compare(discover(a), discover(b), DiffOptions.defaults()))
                .extracting(c -> c.type()).containsExactly(ObjectType.COLUMN);
    }

    @Test
    @DisplayName("a column SQLite cannot add (a CURRENT_TIMESTAMP default) rebuilds the table, keeping STRICT")
    void rebuildWhenAlterCannot() throws Exception {
        Path a = Fixtures.create(dir.resolve("a.db"), List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT) STRICT",
                "INSERT INTO t VALUES (1, 'x')"));
        Path b = Fixtures.create(dir.resolve("b.db"), List.of(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP) STRICT"));
        MigrationPlan plan = plan(a, b, false);
        assertThat(plan.complete()).isTrue();
        assertThat(plan.steps()).anySatisfy(s -> assertThat(s.hazards()).anySatisfy(h -> assertThat(h.detail())
                .contains("row count unknown")));
        assertThat(plan.steps().stream().map(MigrationStep::sql).filter(s -> s.startsWith("CREATE TABLE")))
                .singleElement().asString().endsWith("STRICT");
        Sqlite3Client.Result applied = Sqlite3Client.run(a, MigrationScript.sql(plan));
        assertThat(applied.exitCode()).as(applied.output()).isZero();
        assertThat(discovery.compare(discover(a), discover(b), DiffOptions.defaults())).isEmpty();
    }

    private MigrationPlan plan(Path a, Path b, boolean destructive, String... renames) throws Exception {
        SchemaInfo from = discover(a);
        SchemaInfo to = discover(b);
        DiffOptions.Builder options = DiffOptions.builder();
        for (String hint : renames) {
            int colon = hint.indexOf(':');
            int eq = hint.lastIndexOf('=');
            options.rename(ObjectType.byId(hint.substring(0, colon)).orElseThrow(), hint.substring(colon + 1, eq),
                    hint.substring(eq + 1));
        }
        return new SqliteMigrationPlanner().plan(from, to, discovery.compare(from, to, options.build()),
                PlannerOptions.builder().allowDestructive(destructive).build());
    }

    private SchemaInfo discover(Path file) throws Exception {
        return discovery.discover("jdbc:sqlite:" + file, CoreFacadeTest.readOnly());
    }

    private static long longOf(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
