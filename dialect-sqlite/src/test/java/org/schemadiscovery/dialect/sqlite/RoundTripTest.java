package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.SchemaInfo;

@DisplayName("DDL round trip: discover, render, apply to a fresh file, discover again")
class RoundTripTest {
    @TempDir
    Path dir;

    private final SqliteDdlRenderer renderer = new SqliteDdlRenderer();

    /** Applies the script to a fresh main file (plus a fresh aux file when asked) and discovers the copy. */
    private SchemaInfo applyAndDiscover(List<String> script, boolean withAux) throws SQLException {
        Path copyDir = dir.resolve("copy");
        copyDir.toFile().mkdirs();
        try (Connection c = Fixtures.openReadWrite(copyDir.resolve("copy.sqlite"))) {
            if (withAux) {
                Fixtures.attachAux(c, copyDir);
            }
            Fixtures.execute(c, script);
            return LocalDiscovery.discover(c);
        }
    }

    @Test
    @DisplayName("the feature fixture, its attached schema and temp objects come back equal")
    void features() throws Exception {
        Path file = Fixtures.featureFixture(dir);
        SchemaInfo original;
        try (Connection c = Fixtures.openReadOnly(file)) {
            Fixtures.attachAux(c, dir);
            Fixtures.execute(c, List.of("CREATE TEMP TABLE scratch (x INTEGER NOT NULL, y TEXT DEFAULT 'y')",
                    "CREATE INDEX scratch_y ON scratch (y)", "CREATE TEMP VIEW scratch_v AS SELECT x FROM scratch",
                    "CREATE TEMP TRIGGER scratch_t AFTER INSERT ON scratch BEGIN SELECT 1; END"));
            original = LocalDiscovery.discover(c);
        }
        List<String> script = renderer.script(original);
        assertThat(script).isEqualTo(renderer.script(original));
        assertThat(script).noneMatch(s -> s.contains("sqlite_autoindex") || s.contains("docs_data"));
        assertThat(script).contains("CREATE TEMP TABLE \"scratch\" (\n  \"x\" INTEGER NOT NULL,\n"
                        + "  \"y\" TEXT DEFAULT 'y'\n)",
                "CREATE TEMP TRIGGER scratch_t AFTER INSERT ON scratch BEGIN SELECT 1; END",
                "CREATE TRIGGER \"aux\".aux_trg BEFORE DELETE ON aux_t BEGIN SELECT 1; END",
                "CREATE INDEX \"aux\".\"aux_t_label\" ON \"aux_t\" (\"label\" DESC)",
                "CREATE VIRTUAL TABLE \"docs\" USING fts5(title, body, tokenize = 'porter ascii')");
        SchemaInfo copy = applyAndDiscover(script, true);
        assertThat(RoundTripModels.comparable(copy)).isEqualTo(RoundTripModels.comparable(original));
        assertThat(original.tables()).hasSize(17);
        assertThat(original.views()).hasSize(4);
    }

    @Test
    @DisplayName("the shared workload (50 tables) comes back equal, parents created before children")
    void workload() throws Exception {
        Path file = Fixtures.create(dir.resolve("w50.sqlite"), Fixtures.workload(50));
        SchemaInfo original;
        try (Connection c = Fixtures.openReadOnly(file)) {
            original = LocalDiscovery.discover(c);
        }
        assertThat(original.tables()).hasSize(50);
        assertThat(original.views()).hasSize(5);
        List<String> script = renderer.script(original);
        // 50 tables + 2 indexes on each of the 40 rowid tables + 5 views.
        assertThat(script).hasSize(50 + 80 + 5);
        int parent = indexOfPrefix(script, "CREATE TABLE \"t10\" ");
        int child = indexOfPrefix(script, "CREATE TABLE \"t11\" ");
        assertThat(parent).isLessThan(child);
        assertThat(script.get(child)).contains(
                "FOREIGN KEY (\"parent_id\") REFERENCES \"t10\" (\"id\") ON DELETE CASCADE");
        SchemaInfo copy = applyAndDiscover(script, false);
        assertThat(RoundTripModels.comparable(copy)).isEqualTo(RoundTripModels.comparable(original));
    }

    @Test
    @DisplayName("hostile identifiers: embedded quotes, spaces, unicode, reserved words, names like main.x")
    void hostileIdentifiers() throws Exception {
        Path file = Fixtures.create(dir.resolve("hostile.sqlite"), List.of(
                "CREATE TABLE \"we\"\"ird ta ble\" (\"co\"\"l 1\" INTEGER PRIMARY KEY, \"sélect\" TEXT UNIQUE,"
                        + " \"main.x\" INT, [from] TEXT CHECK ([from] <> 'x'), \"日本語\" TEXT DEFAULT 'ü')",
                "CREATE TABLE \"main.x\" (\"select\" INTEGER, \"group\" TEXT COLLATE NOCASE, \"it's\" REAL,"
                        + " PRIMARY KEY (\"select\", \"group\"), CONSTRAINT \"fk \"\"q\"\"\" FOREIGN KEY (\"select\")"
                        + " REFERENCES \"we\"\"ird ta ble\"(\"co\"\"l 1\"))",
                "CREATE INDEX \"idx \"\"q\"\" 1\" ON \"main.x\" (\"group\" DESC, \"it's\" + 1)"
                        + " WHERE \"it's\" > 0",
                "CREATE VIEW \"view \"\"v\"\" .x\" AS SELECT \"select\", \"group\" AS [a b] FROM \"main.x\"",
                "CREATE TRIGGER \"trg \"\"t\"\"\" AFTER INSERT ON \"main.x\" BEGIN SELECT 1; END",
                "CREATE TABLE \"  spaces  \" (\" a \" TEXT, \"table\" TEXT GENERATED ALWAYS AS (\" a \" || 'x') STORED)",
                "CREATE TABLE \"order\" (\"where\" TEXT NOT NULL DEFAULT 'it''s', \"values\" INT) STRICT"));
        SchemaInfo original;
        try (Connection c = Fixtures.openReadOnly(file)) {
            original = LocalDiscovery.discover(c);
        }
        assertThat(original.tables()).extracting(t -> t.ref().name())
                .containsExactly("  spaces  ", "main.x", "order", "we\"ird ta ble");
        assertThat(original.table("main.x").orElseThrow().foreignKeys().get(0).name()).isEqualTo("fk \"q\"");
        assertThat(original.views().get(0).ref().name()).isEqualTo("view \"v\" .x");
        SchemaInfo copy = applyAndDiscover(renderer.script(original), false);
        assertThat(RoundTripModels.comparable(copy)).isEqualTo(RoundTripModels.comparable(original));
    }

    @Test
    @DisplayName("tables come in foreign-key order whatever their names; a cycle is cut deterministically")
    void foreignKeyOrder() throws Exception {
        Path file = Fixtures.create(dir.resolve("order.sqlite"), List.of(
                "CREATE TABLE a_child (id INTEGER PRIMARY KEY, p INT REFERENCES m_middle(id))",
                "CREATE TABLE m_middle (id INTEGER PRIMARY KEY, p INT REFERENCES z_parent(id))",
                "CREATE TABLE z_parent (id INTEGER PRIMARY KEY)",
                "CREATE TABLE cycle_a (id INTEGER PRIMARY KEY, b INT REFERENCES cycle_b(id))",
                "CREATE TABLE cycle_b (id INTEGER PRIMARY KEY, a INT REFERENCES cycle_a(id), s INT REFERENCES"
                        + " cycle_b(id))"));
        SchemaInfo original;
        try (Connection c = Fixtures.openReadOnly(file)) {
            original = LocalDiscovery.discover(c);
        }
        List<String> script = renderer.script(original);
        assertThat(script).extracting(s -> s.substring(0, s.indexOf(" (")))
                .containsExactly("CREATE TABLE \"z_parent\"", "CREATE TABLE \"m_middle\"",
                        "CREATE TABLE \"a_child\"", "CREATE TABLE \"cycle_a\"", "CREATE TABLE \"cycle_b\"");
        assertThat(RoundTripModels.comparable(applyAndDiscover(script,
                false))).isEqualTo(RoundTripModels.comparable(original));
    }

    private static int indexOfPrefix(List<String> script, String prefix) {
        for (int i = 0; i < script.size(); i++) {
            if (script.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no statement starts with " + prefix);
    }
}
