package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.dialect.sqlite.catalog.CatalogSql;
import org.schemadiscovery.dialect.sqlite.catalog.SchemaRow;

@DisplayName("objects SQLite cannot resolve do not sink the set-based joins")
class UnreadableObjectsTest {
    private static final List<SchemaRow> MAIN = List.of(new SchemaRow(0, "main", ""));

    @TempDir
    Path dir;

    @Test
    @DisplayName("a virtual table without its module and a broken view: per-object fallback and a warning each")
    void unloadedModuleAndBrokenView() throws Exception {
        Path file = Fixtures.create(dir.resolve("broken.sqlite"), List.of(
                "CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT)",
                "CREATE INDEX t_b ON t (b)",
                "CREATE TABLE base (q INT)",
                "CREATE VIEW bv AS SELECT q FROM base",
                "CREATE VIEW ok_v AS SELECT a FROM t",
                "CREATE VIRTUAL TABLE ft USING fts5(body)",
                "INSERT INTO t VALUES (1, 'x')",
                "ANALYZE",
                "DROP TABLE base"));
        try (Connection c = Fixtures.openReadWrite(file)) {
            // What a database created where module "nosuchmod" was loaded looks like elsewhere.
            Fixtures.execute(c, List.of("PRAGMA writable_schema = ON",
                    "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES ('table', 'vt', 'vt', 0,"
                            + " 'CREATE VIRTUAL TABLE vt USING nosuchmod(a, b)')",
                    "PRAGMA writable_schema = OFF"));
        }
        SchemaInfo s;
        try (Connection c = Fixtures.openReadOnly(file)) {
            s = LocalDiscovery.discover(c);
        }
        assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactly("ft", "ft_config", "ft_content",
                "ft_data", "ft_docsize", "ft_idx", "t", "vt");
        assertThat(s.table("ft").orElseThrow().columns()).extracting(ColumnInfo::name, ColumnInfo::hidden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("body", false),
                        org.assertj.core.groups.Tuple.tuple("ft", true),
                        org.assertj.core.groups.Tuple.tuple("rank", true));
        TableInfo vt = s.table("vt").orElseThrow();
        assertThat(vt.kind()).isEqualTo(TableKind.VIRTUAL);
        assertThat(vt.options()).isEqualTo(Map.of("module", "nosuchmod", "module_args", "a, b"));
        assertThat(vt.columns()).isEmpty();
        assertThat(s.table("t").orElseThrow().columns()).extracting(ColumnInfo::name).containsExactly("a", "b");
        assertThat(s.table("t").orElseThrow().indexes()).hasSize(1);
        assertThat(s.views()).extracting(v -> v.ref().name()).containsExactly("bv", "ok_v");
        ViewInfo bv = s.views().get(0);
        assertThat(bv.definition()).isEqualTo("SELECT q FROM base");
        assertThat(bv.columns()).isEmpty();
        assertThat(s.views().get(1).columns()).extracting(ColumnInfo::name).containsExactly("a");
        assertThat(s.warnings()).containsExactly(
                new DiscoveryWarning("main.vt", "tables", ErrorClass.SYNTAX, "virtual table main.vt uses module"
                        + " 'nosuchmod', which is not loaded on this connection, so its columns are unknown:"
                        + " no such module: nosuchmod"),
                new DiscoveryWarning("main.bv", "views", ErrorClass.SYNTAX,
                        "view main.bv cannot be resolved, its columns are unknown: no such table: main.base"));
        // The module was checked up front, so the unloaded virtual table was read alone from the start; the broken
        // view failed the join, so it was rerun for plain tables and every view and virtual table was read alone.
        List<String> texts = s.metrics().statementTexts();
        assertThat(texts.subList(4, texts.size())).containsExactly(CatalogSql.objects(MAIN), CatalogSql.VIRTUAL_TABLES,
                CatalogSql.columns(MAIN), CatalogSql.columns(MAIN), CatalogSql.COLUMN_ONE, CatalogSql.COLUMN_ONE,
                CatalogSql.COLUMN_ONE, CatalogSql.COLUMN_ONE, CatalogSql.indexes(MAIN), CatalogSql.foreignKeys(MAIN));
        assertThat(s.table(TableRef.of("main", "sqlite_stat1"))).isEmpty();
    }
}
