package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.schemadiscovery.it.Sql.lit;
import static org.schemadiscovery.it.Sql.q;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.json.JsonCodec;

/**
 * Scenario 8: names with quotes, backslashes, unicode and emoji, spaces, parameter markers, wildcards, newlines,
 * 63-byte names, reserved words and (PostgreSQL) case-only differences survive discovery, JSON and the DDL round
 * trip unchanged.
 */
@DisplayName("hostile identifiers")
class HostileIdentifiersTest {
    static final String ODD = "it's \"odd\" schéma";
    static final String RESERVED = "select";
    static final String WILDCARDS = "%_*?\\";
    /** 31 two-byte letters and one ASCII: 63 bytes, PostgreSQL's limit. */
    static final String LONG_63 = "ä".repeat(31) + "x";
    static final String LONG_COLUMN_63 = "ü".repeat(31) + "y";
    static final String NFC = "caf\u00e9";
    static final String NFD = "cafe\u0301";
    /** Tables with one hostile name each (and a hostile column). */
    static final List<String> ODD_NAMES = List.of("back\\slash\\", "emoji 🙂🚀", LONG_63, "x\"; DROP TABLE a; --",
            " lead and trail ", NFC, NFD, "dot.ted", "new\nline", "tab\there", "what? $1 :p @q", "[br]`tick`");

    private static final JsonCodec JSON = new JsonCodec();

    /** The hostile column of a table with a hostile name (within PostgreSQL's 63 bytes). */
    static String columnOf(String table) {
        return table.equals(LONG_63) ? LONG_COLUMN_63 : table + "·col";
    }

    static void assertJsonRoundTrip(SchemaInfo s) {
        String json = JSON.write(s);
        SchemaInfo back = JSON.read(json);
        ModelChecks.assertSame(back, s, "model read back from its JSON");
    }

    static List<String> columnNames(TableInfo t) {
        return t.columns().stream().map(ColumnInfo::name).toList();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("PostgreSQL")
    class Postgres {
        private PgDatabase source;
        private PgDatabase copy;
        private SchemaInfo discovered;
        private final SchemaDiscovery sd = Plugins.both().build();

        @BeforeAll
        void create() throws SQLException {
            source = PgDatabase.create();
            copy = PgDatabase.create();
            source.exec(ddl());
            discovered = sd.discover(source.url());
        }

        @AfterAll
        void drop() throws SQLException {
            try {
                source.close();
            } finally {
                copy.close();
            }
        }

        List<String> ddl() {
            List<String> ddl = new ArrayList<>();
            for (String s : List.of(ODD, RESERVED, WILDCARDS)) {
                ddl.add("CREATE SCHEMA " + q(s));
            }
            ddl.add("CREATE TYPE " + q(ODD, "mood \"m\"") + " AS ENUM (" + lit("it's") + ", " + lit("back\\") + ", "
                    + lit("🙂") + ", " + lit("A") + ", " + lit("a") + ")");
            ddl.add("CREATE TABLE " + q(ODD, "A") + " ("
                    + "\"A\" integer NOT NULL, a integer NOT NULL, \"select\" text, \"from\" text DEFAULT "
                    + lit("it's \\ \"x\"") + ", \"user\" text, \"quo\"\"te\" text, \"apos'trophe\" text,"
                    + " \"back\\slash\" text, \"sp ace\" text, \"🙂\" integer CHECK (\"🙂\" > 0), \"ñ\" text, "
                    + q(LONG_COLUMN_63) + " text, \"ORDER\" integer,"
                    + " CONSTRAINT " + q("pk \"A\" ✓") + " PRIMARY KEY (\"A\", a),"
                    + " CONSTRAINT " + q("uq 'x' \\") + " UNIQUE (\"select\", \"sp ace\"),"
                    + " CONSTRAINT " + q("ck\\") + " CHECK (\"quo\"\"te\" <> " + lit("\\") + "))");
            ddl.add("CREATE TABLE " + q(ODD, "a") + " (id integer PRIMARY KEY, \"A_ref\" integer, a_ref integer,"
                    + " mood " + q(ODD, "mood \"m\"") + " DEFAULT " + lit("it's") + ","
                    + " CONSTRAINT " + q("fk → \"A\"") + " FOREIGN KEY (\"A_ref\", a_ref) REFERENCES "
                    + q(ODD, "A") + " (\"A\", a))");
            ddl.add("CREATE INDEX " + q("idx \"1\"") + " ON " + q(ODD, "A") + " (\"sp ace\" DESC, lower(\"quo\"\"te\"))"
                    + " WHERE \"apos'trophe\" <> " + lit("it's"));
            ddl.add("CREATE INDEX \"INDEX\" ON " + q(ODD, "A") + " (\"select\")");
            ddl.add("CREATE INDEX " + q(LONG_63) + " ON " + q(ODD, "A") + " (\"ñ\")");
            ddl.add("CREATE INDEX \"Ix\" ON " + q(ODD, "a") + " (\"A_ref\", a_ref)");
            ddl.add("CREATE INDEX ix ON " + q(ODD, "a") + " (mood)");
            ddl.add("CREATE VIEW " + q(ODD, "view \"v\" ✓") + " AS SELECT \"A\", \"🙂\", " + lit("it's \\ \"x\"")
                    + "::text AS \"lit ✓\" FROM " + q(ODD, "A") + " WHERE \"select\" <> " + lit("where"));
            ddl.add("COMMENT ON TABLE " + q(ODD, "A") + " IS " + lit("it's a \\ comment 🙂"));
            ddl.add("COMMENT ON COLUMN " + q(ODD, "A") + ".\"quo\"\"te\" IS " + lit("\"quoted\""));
            ddl.add("CREATE TABLE " + q(RESERVED, "table") + " (\"from\" integer PRIMARY KEY, \"where\" text)");
            ddl.add("CREATE SEQUENCE " + q(RESERVED, "seq \"s\" ✓") + " START 5");
            for (String name : ODD_NAMES) {
                ddl.add("CREATE TABLE " + q(WILDCARDS, name) + " (id integer PRIMARY KEY, " + q(columnOf(name))
                        + " text)");
            }
            return ddl;
        }

        @Test
        @DisplayName("every schema, table, column, constraint, index, view, sequence, type and enum label reads back"
                + " exactly")
        void namesReadBack() {
            assertThat(discovered.warnings()).isEmpty();
            assertThat(LONG_63.getBytes(StandardCharsets.UTF_8)).hasSize(63);
            assertThat(discovered.schemas()).containsExactly(WILDCARDS, ODD, "public", RESERVED);
            List<TableRef> expected = new ArrayList<>();
            ODD_NAMES.forEach(n -> expected.add(TableRef.of(WILDCARDS, n)));
            expected.add(TableRef.of(ODD, "A"));
            expected.add(TableRef.of(ODD, "a"));
            expected.add(TableRef.of(RESERVED, "table"));
            expected.sort(null);
            assertThat(discovered.tables()).extracting(TableInfo::ref).containsExactlyElementsOf(expected);

            TableInfo upper = discovered.table(TableRef.of(ODD, "A")).orElseThrow();
            assertThat(columnNames(upper)).containsExactly("A", "a", "select", "from", "user", "quo\"te",
                    "apos'trophe", "back\\slash", "sp ace", "🙂", "ñ", LONG_COLUMN_63, "ORDER");
            assertThat(upper.column("from").orElseThrow().defaultValue()).contains("it''s \\ \"x\"");
            assertThat(upper.comment()).isEqualTo("it's a \\ comment 🙂");
            assertThat(upper.column("quo\"te").orElseThrow().comment()).isEqualTo("\"quoted\"");
            assertThat(upper.primaryKey()).map(PrimaryKey::name).contains("pk \"A\" ✓");
            assertThat(upper.primaryKey()).map(PrimaryKey::columns).contains(List.of("A", "a"));
            assertThat(upper.constraints()).filteredOn(UniqueConstraint.class::isInstance)
                    .extracting(c -> c.name(), c -> c.columns())
                    .containsExactly(tuple("uq 'x' \\", List.of("select", "sp ace")));
            assertThat(upper.constraints()).filteredOn(CheckConstraint.class::isInstance)
                    .extracting(c -> c.name()).containsExactly("A_🙂_check", "ck\\");
            assertThat(upper.indexes()).extracting(IndexInfo::name)
                    .containsExactlyInAnyOrder("INDEX", "idx \"1\"", LONG_63, "pk \"A\" ✓", "uq 'x' \\");
            assertThat(upper.indexes()).filteredOn(i -> i.name().equals("idx \"1\"")).singleElement()
                    .satisfies(i -> {
                        assertThat(i.elements().get(0).column()).isEqualTo("sp ace");
                        assertThat(i.elements().get(1).expression()).contains("\"quo\"\"te\"");
                        assertThat(i.predicate()).contains("\"apos'trophe\"").contains("'it''s'");
                    });

            TableInfo lower = discovered.table(TableRef.of(ODD, "a")).orElseThrow();
            assertThat(columnNames(lower)).containsExactly("id", "A_ref", "a_ref", "mood");
            assertThat(lower.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.name()).isEqualTo("fk → \"A\"");
                assertThat(fk.columns()).containsExactly("A_ref", "a_ref");
                assertThat(fk.referencedTable()).isEqualTo(TableRef.of(ODD, "A"));
                assertThat(fk.referencedColumns()).containsExactly("A", "a");
            });
            assertThat(lower.indexes()).extracting(IndexInfo::name).containsExactly("Ix", "a_pkey", "ix");

            for (String name : ODD_NAMES) {
                TableInfo t = discovered.table(TableRef.of(WILDCARDS, name)).orElseThrow();
                assertThat(columnNames(t)).containsExactly("id", columnOf(name));
            }
            assertThat(discovered.views()).singleElement().satisfies(v -> {
                assertThat(v.ref()).isEqualTo(TableRef.of(ODD, "view \"v\" ✓"));
                assertThat(v.columns()).extracting(ColumnInfo::name).containsExactly("A", "🙂", "lit ✓");
            });
            assertThat(discovered.sequences()).extracting(s -> s.ref())
                    .contains(TableRef.of(RESERVED, "seq \"s\" ✓"));
            assertThat(discovered.types()).singleElement().satisfies(t -> {
                assertThat(t.ref()).isEqualTo(TableRef.of(ODD, "mood \"m\""));
                assertThat(t.enumLabels()).containsExactly("it's", "back\\", "🙂", "A", "a");
            });
            assertThat(discovered.relationships()).singleElement().satisfies(r -> {
                assertThat(r.from()).isEqualTo(TableRef.of(ODD, "A"));
                assertThat(r.to()).isEqualTo(TableRef.of(ODD, "a"));
                assertThat(r.via()).containsExactly("fk → \"A\"");
            });
            ModelChecks.assertConsistent(discovered);
        }

        @Test
        @DisplayName("JSON: the model reads back equal")
        void json() {
            assertJsonRoundTrip(discovered);
        }

        @Test
        @DisplayName("DDL round trip: the renderer's script applies to a fresh database and discovers equal")
        void ddlRoundTrip() throws SQLException {
            List<String> script = sd.renderer("postgresql").orElseThrow().script(discovered);
            copy.exec(script);
            SchemaInfo again = sd.discover(copy.url());
            assertThat(again.warnings()).isEmpty();
            ModelChecks.assertSameSchema(again, discovered);
        }

        @Test
        @DisplayName("schema globs with LIKE wildcards are matched literally: '%_*' selects only the schema named"
                + " %_*?\\")
        void wildcardScope() {
            SchemaInfo only = Plugins.both().options(DiscoveryOptions.builder().includeSchema("%_*").build()).build()
                    .discover(source.url());
            assertThat(only.schemas()).containsExactly(WILDCARDS);
            assertThat(only.tables()).extracting(t -> t.ref().schema()).containsOnly(WILDCARDS)
                    .hasSize(ODD_NAMES.size());
            SchemaInfo without = Plugins.both().options(DiscoveryOptions.builder().excludeSchema("%_*")
                    .excludeSchema("it's \"odd\" sch?ma").build()).build().discover(source.url());
            assertThat(without.schemas()).containsExactly("public", RESERVED);
            assertThat(without.tables()).extracting(TableInfo::ref).containsExactly(TableRef.of(RESERVED, "table"));
        }
    }

    @Nested
    @DisplayName("SQLite")
    class Sqlite {
        static final String ODD_TABLE = "it's \"odd\" Table";
        static final String LONG_200 = "l".repeat(100) + "ö".repeat(100);

        @TempDir
        Path dir;

        private final SchemaDiscovery sd = Plugins.both().build();

        List<String> ddl() {
            List<String> ddl = new ArrayList<>();
            ddl.add("CREATE TABLE " + q(ODD_TABLE) + " (\"select\" INTEGER PRIMARY KEY, \"from\" TEXT DEFAULT "
                    + lit("it's \\ \"x\"") + ", \"quo\"\"te\" TEXT, \"apos'trophe\" TEXT, \" lead \" TEXT,"
                    + " \"[br]\" TEXT, \"`tick`\" TEXT, \"back\\slash\\\" TEXT, \"🙂\" INTEGER CHECK (\"🙂\" > 0),"
                    + " \"ñ\" TEXT, \"rowid\" TEXT, " + q(LONG_200) + " TEXT, \"MiXeD Case\" TEXT,"
                    + " CONSTRAINT " + q("uq 'x' \\") + " UNIQUE (\"from\", \"ñ\"),"
                    + " CONSTRAINT " + q("ck\\") + " CHECK (\"quo\"\"te\" <> " + lit("\\") + "))");
            ddl.add("CREATE TABLE \"select\" (id INTEGER PRIMARY KEY, \"ref \"\"odd\"\"\" INTEGER CONSTRAINT "
                    + q("fk → odd") + " REFERENCES " + q(ODD_TABLE) + " (\"select\") ON DELETE CASCADE)");
            ddl.add("CREATE INDEX " + q("idx \"1\"") + " ON " + q(ODD_TABLE) + " (\"from\" DESC, lower(\"quo\"\"te\"))"
                    + " WHERE \"apos'trophe\" <> " + lit("it's"));
            ddl.add("CREATE INDEX \"INDEX\" ON " + q(ODD_TABLE) + " (\"ñ\")");
            ddl.add("CREATE VIEW " + q("view \"v\" ✓") + " AS SELECT \"select\", \"🙂\", " + lit("it's \\ \"x\"")
                    + " AS \"lit ✓\" FROM " + q(ODD_TABLE));
            ddl.add("CREATE TRIGGER " + q("trg \"t\" ✓") + " AFTER INSERT ON \"select\" BEGIN SELECT 1; END");
            for (String name : ODD_NAMES) {
                ddl.add("CREATE TABLE " + q(name) + " (id INTEGER PRIMARY KEY, " + q(columnOf(name)) + " TEXT)");
            }
            ddl.add("CREATE TABLE " + q(LONG_200) + " (x)");
            return ddl;
        }

        @Test
        @DisplayName("names read back exactly, the model survives JSON, and the renderer's script applies to a fresh"
                + " file and discovers equal")
        void everything() throws Exception {
            Path file = SqliteFiles.create(dir.resolve("hostile.sqlite"), ddl());
            SchemaInfo s = sd.discover(SqliteFiles.url(file));

            assertThat(s.warnings()).isEmpty();
            List<String> expected = new ArrayList<>(ODD_NAMES);
            expected.addAll(List.of(ODD_TABLE, "select", LONG_200));
            expected.sort(null);
            assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactlyElementsOf(expected);
            TableInfo odd = s.table(ODD_TABLE).orElseThrow();
            assertThat(columnNames(odd)).containsExactly("select", "from", "quo\"te", "apos'trophe", " lead ",
                    "[br]", "`tick`", "back\\slash\\", "🙂", "ñ", "rowid", LONG_200, "MiXeD Case");
            assertThat(odd.column("from").orElseThrow().defaultValue()).isEqualTo("'it''s \\ \"x\"'");
            assertThat(odd.primaryKey()).map(PrimaryKey::columns).contains(List.of("select"));
            assertThat(odd.constraints()).filteredOn(UniqueConstraint.class::isInstance)
                    .extracting(c -> c.name(), c -> c.columns())
                    .containsExactly(tuple("uq 'x' \\", List.of("from", "ñ")));
            assertThat(odd.constraints()).filteredOn(CheckConstraint.class::isInstance)
                    .extracting(c -> c.name()).contains("ck\\");
            assertThat(odd.indexes()).extracting(IndexInfo::name).contains("INDEX", "idx \"1\"");
            TableInfo select = s.table("select").orElseThrow();
            assertThat(select.foreignKeys()).singleElement().satisfies((ForeignKey fk) -> {
                assertThat(fk.name()).isEqualTo("fk → odd");
                assertThat(fk.columns()).containsExactly("ref \"odd\"");
                assertThat(fk.referencedTable().name()).isEqualTo(ODD_TABLE);
                assertThat(fk.referencedColumns()).containsExactly("select");
            });
            assertThat(select.triggers()).extracting(t -> t.name()).containsExactly("trg \"t\" ✓");
            for (String name : ODD_NAMES) {
                assertThat(columnNames(s.table(name).orElseThrow())).containsExactly("id", columnOf(name));
            }
            assertThat(s.views()).singleElement().satisfies(v -> {
                assertThat(v.ref().name()).isEqualTo("view \"v\" ✓");
                assertThat(v.columns()).extracting(ColumnInfo::name).containsExactly("select", "🙂", "lit ✓");
            });
            ModelChecks.assertConsistent(s);

            assertJsonRoundTrip(s);

            List<String> script = sd.renderer("sqlite").orElseThrow().script(s);
            Path copy = dir.resolve("copy.sqlite");
            try (Connection c = SqliteFiles.openReadWrite(copy); Statement st = c.createStatement()) {
                for (String sql : script) {
                    st.execute(sql);
                }
            }
            SchemaInfo again = sd.discover(SqliteFiles.url(copy));
            assertThat(again.warnings()).isEmpty();
            ModelChecks.assertSameSchema(again, s);
        }
    }
}
