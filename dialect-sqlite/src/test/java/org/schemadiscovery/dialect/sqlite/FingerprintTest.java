package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.cache.Fingerprinted;
import org.schemadiscovery.dialect.sqlite.catalog.CatalogSql;
import org.schemadiscovery.dialect.sqlite.catalog.SchemaRow;

@DisplayName("fingerprint: every DDL kind moves it and the right table digests; data changes and maintenance do not")
class FingerprintTest {
    private static final List<String> FIXTURE = List.of(
            "CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE, n INTEGER CHECK (n > 0), c VARCHAR(10))",
            "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id), v TEXT)",
            "CREATE INDEX child_v ON child (v)",
            "CREATE VIEW v AS SELECT id, code FROM parent",
            "CREATE TRIGGER trg AFTER INSERT ON child BEGIN UPDATE parent SET n = n + 1 WHERE id = NEW.parent_id; END",
            "INSERT INTO parent VALUES (1, 'x', 1, 'c')", "INSERT INTO child VALUES (1, 1, 'v')");

    @TempDir
    Path dir;

    /** A DDL statement and the tables whose digest it must move. */
    private record Change(String sql, String... tables) {
        Set<TableRef> refs() {
            return Arrays.stream(tables).map(t -> TableRef.of("main", t)).collect(Collectors.toSet());
        }
    }

    private static final List<Change> CHANGES = List.of(
            new Change("ALTER TABLE parent ADD COLUMN extra INTEGER DEFAULT 3", "parent"),
            new Change("ALTER TABLE parent RENAME COLUMN extra TO extra2", "parent"),
            new Change("ALTER TABLE parent DROP COLUMN extra2", "parent"),
            new Change("CREATE UNIQUE INDEX parent_n ON parent (n) WHERE n > 1", "parent"),
            new Change("DROP INDEX child_v", "child"),
            new Change("CREATE INDEX child_expr ON child (lower(v) DESC)", "child"),
            new Change("DROP TRIGGER trg", "child"),
            new Change("CREATE TRIGGER v_ins INSTEAD OF INSERT ON v BEGIN SELECT 1; END", "v"),
            new Change("DROP VIEW v", "v"),
            new Change("CREATE VIEW v2 AS SELECT id FROM child", "v2"),
            new Change("CREATE TABLE extra (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent (id) ON DELETE CASCADE,"
                    + " CHECK (p > 0)) WITHOUT ROWID", "extra"),
            new Change("ALTER TABLE extra RENAME TO extra3", "extra", "extra3"),
            new Change("DROP TABLE extra3", "extra3"),
            new Change("CREATE VIRTUAL TABLE docs USING fts5(body)", "docs", "docs_data", "docs_idx", "docs_content",
                    "docs_docsize", "docs_config"));

    private static final List<String> DATA_AND_MAINTENANCE = List.of(
            "INSERT INTO parent VALUES (2, 'y', 2, 'c')", "UPDATE parent SET code = 'z' WHERE id = 2",
            "DELETE FROM parent WHERE id = 2", "ANALYZE", "VACUUM", "REINDEX");

    private static Fingerprinted take(Path file) {
        return CoreFacadeTest.facade().fingerprint("jdbc:sqlite:" + file, CoreFacadeTest.readOnly());
    }

    private static SchemaFingerprint fingerprint(Path file) {
        return take(file).fingerprint().orElseThrow();
    }

    private static void run(Path file, String sql) throws Exception {
        try (Connection c = Fixtures.openReadWrite(file); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    @DisplayName("each DDL statement moves the digest and exactly the digests of the tables it touches")
    void ddlMovesTheFingerprint() throws Exception {
        Path file = Fixtures.create(dir.resolve("ddl.sqlite"), FIXTURE);
        assertThat(fingerprint(file).tables()).containsOnlyKeys(TableRef.of("main", "parent"),
                TableRef.of("main", "child"), TableRef.of("main", "v"));
        assertEachChangeMovesItsTables(file);
    }

    @Test
    @DisplayName("in a UTF-16 file too (the definitions are hashed as the file encodes them), names not ASCII too")
    void utf16File() throws Exception {
        for (String encoding : List.of("UTF-16le", "UTF-16be")) {
            List<String> statements = new ArrayList<>();
            statements.add("PRAGMA encoding = '" + encoding + "'");
            statements.addAll(FIXTURE);
            statements.add("CREATE TABLE \"Ärger\" (id INTEGER PRIMARY KEY, \"wert€\" TEXT DEFAULT '→')");
            Path file = Fixtures.create(dir.resolve(encoding + ".sqlite"), statements);
            try (Connection c = Fixtures.openReadWrite(file); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA encoding")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(encoding);
            }
            SchemaFingerprint before = fingerprint(file);
            run(file, "ALTER TABLE \"Ärger\" ADD COLUMN \"größe\" INTEGER");
            assertThat(fingerprint(file).changedSince(before)).containsExactly(TableRef.of("main", "Ärger"));
            assertEachChangeMovesItsTables(file);
        }
    }

    @Test
    @DisplayName("the table digests do not depend on the order the definitions were created in")
    void creationOrderDoesNotMatter() throws Exception {
        List<String> reordered = new ArrayList<>(FIXTURE);
        // the trigger before the index on the same table: other rowids in sqlite_schema
        reordered.add(2, reordered.remove(4));
        SchemaFingerprint one = fingerprint(Fixtures.create(dir.resolve("order1.sqlite"), FIXTURE));
        SchemaFingerprint two = fingerprint(Fixtures.create(dir.resolve("order2.sqlite"), reordered));
        assertThat(reordered).isNotEqualTo(FIXTURE);
        assertThat(two.tables()).isEqualTo(one.tables());
    }

    private void assertEachChangeMovesItsTables(Path file) throws Exception {
        SchemaFingerprint before = fingerprint(file);
        SoftAssertions soft = new SoftAssertions();
        for (Change change : CHANGES) {
            run(file, change.sql());
            SchemaFingerprint after = fingerprint(file);
            soft.assertThat(after.digest()).as(change.sql()).isNotEqualTo(before.digest());
            soft.assertThat(after.changedSince(before)).as(change.sql()).isEqualTo(change.refs());
            before = after;
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("INSERT, UPDATE, DELETE, ANALYZE, VACUUM and REINDEX leave it alone")
    void dataAndMaintenanceDoNot() throws Exception {
        Path file = Fixtures.create(dir.resolve("data.sqlite"), FIXTURE);
        SchemaFingerprint before = fingerprint(file);
        SoftAssertions soft = new SoftAssertions();
        for (String sql : DATA_AND_MAINTENANCE) {
            run(file, sql);
            soft.assertThat(fingerprint(file)).as(sql).isEqualTo(before);
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("a setting the model reports (journal mode, page size) moves the rest, not the tables")
    void settingsMoveTheRest() throws Exception {
        Path file = Fixtures.create(dir.resolve("settings.sqlite"), FIXTURE);
        SchemaFingerprint before = fingerprint(file);
        run(file, "PRAGMA journal_mode = WAL");
        SchemaFingerprint wal = fingerprint(file);
        assertThat(wal.rest()).isNotEqualTo(before.rest());
        assertThat(wal.tables()).isEqualTo(before.tables());
        try (Connection c = Fixtures.openReadWrite(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA page_size = 8192");
            st.execute("VACUUM");
        }
        SchemaFingerprint paged = fingerprint(file);
        assertThat(paged.rest()).isNotEqualTo(wal.rest()).isNotEqualTo(before.rest());
        assertThat(paged.tables()).isEqualTo(before.tables());
    }

    @Test
    @DisplayName("two files with the same DDL have different fingerprints, the same table digests")
    void theFileIsPartOfTheIdentity() throws Exception {
        SchemaFingerprint one = fingerprint(Fixtures.create(dir.resolve("one.sqlite"), FIXTURE));
        SchemaFingerprint two = fingerprint(Fixtures.create(dir.resolve("two.sqlite"), FIXTURE));
        assertThat(two.digest()).isNotEqualTo(one.digest());
        assertThat(two.tables()).isEqualTo(one.tables());
    }

    @Test
    @DisplayName("the same catalog statements for 10 and 1000 tables (token, then fingerprint), between the session's"
            + " query_only guards")
    void constantStatements() throws Exception {
        Fingerprinted small = take(Fixtures.create(dir.resolve("w10.sqlite"), Fixtures.workload(10)));
        Fingerprinted large = take(Fixtures.create(dir.resolve("w1000.sqlite"), Fixtures.workload(1000)));
        assertThat(large.fingerprint().orElseThrow().tables()).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(large.statementTexts()).isEqualTo(small.statementTexts());
        assertThat(large.statementTexts()).containsExactly(CatalogSql.QUERY_ONLY_GET, CatalogSql.QUERY_ONLY_ON,
                CatalogSql.DATABASES, CatalogSql.schemaCookie("main"),
                CatalogSql.fingerprint(List.of(new SchemaRow(0, "main", ""))), CatalogSql.PROBE,
                CatalogSql.QUERY_ONLY_OFF);
        assertThat(large.token()).isPresent();
    }
}
