package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;

@DisplayName("DDL renderer: statements for a model built by hand")
class DdlRendererTest {
    private static ColumnInfo column(String name, int ordinal, String type, boolean nullable, String dflt,
                                     GeneratedColumn generated, String collation, Map<String, String> options) {
        return new ColumnInfo(name, ordinal, DataType.of(type, Types.OTHER), nullable, dflt, null, generated,
                collation, null, false, options);
    }

    @Test
    @DisplayName("quoting, defaults, collations, generated columns, keys, checks, foreign keys, options, order")
    void script() {
        TableRef parent = TableRef.of("main", "pa\"rent");
        TableRef child = TableRef.of("aux", "child");
        TableInfo parentTable = new TableInfo(parent, TableKind.TABLE, List.of(
                column("id", 1, "INTEGER", false, null, null, null, Map.of("rowid_alias", "true")),
                column("name", 2, "TEXT", false, "lower('X')", null, "my coll", Map.of()),
                column("n", 3, "", true, "-1", null, null, Map.of()),
                column("g", 4, "REAL", true, null, new GeneratedColumn("n * 2", true), null, Map.of())),
                List.of(new IndexInfo("ix", parent, true, null, List.of(IndexElement.expression("lower(name)"),
                        new IndexElement("n", null, SortOrder.DESC, NullsOrder.DEFAULT, null, "NOCASE")), List.of(),
                        "n > 0", false, null, true, Map.of("origin", "c"))),
                List.of(new PrimaryKey("pk", parent, List.of("id")),
                        new UniqueConstraint(null, parent, List.of("name"), false, false, false),
                        new CheckConstraint("ck", parent, List.of("n"), "n <> 0", true)),
                List.of(), null, null, null, false, List.of(), Map.of("autoincrement", "true"));
        TableInfo childTable = new TableInfo(child, TableKind.TABLE, List.of(
                column("a", 1, "TEXT", false, null, null, null, Map.of()),
                column("b", 2, "INT", false, "'it''s'", null, null, Map.of())), List.of(),
                List.of(new PrimaryKey(null, child, List.of("a", "b")),
                        new ForeignKey("fk", child, List.of("a"), TableRef.of("aux", "other"), List.of("x"),
                                MatchType.FULL, ReferentialAction.CASCADE, ReferentialAction.SET_NULL, true, true,
                                true)),
                List.of(new TriggerInfo("tr", child, "AFTER", List.of("INSERT"), List.of(), true, null,
                        "CREATE TRIGGER tr AFTER INSERT ON child BEGIN SELECT 1; END")),
                null, null, null, false, List.of(), Map.of("without_rowid", "true", "strict", "true"));
        ViewInfo view = new ViewInfo(TableRef.of("temp", "v"), "SELECT id FROM \"pa\"\"rent\"", false,
                List.of(column("id", 1, "INTEGER", true, null, null, null, Map.of())), List.of(), List.of(), null,
                null);
        SchemaInfo schema = new SchemaInfo(new DatabaseIdentity("SQLite", "3.54.1", 3, 54, "d", "u", "sqlite"),
                null, List.of("main", "aux"), List.of(childTable, parentTable), List.of(view), null, null, null,
                null, null, null, null, null);
        assertThat(new SqliteDdlRenderer().script(schema)).containsExactly(
                "CREATE TABLE \"aux\".\"child\" (\n"
                        + "  \"a\" TEXT NOT NULL,\n"
                        + "  \"b\" INT NOT NULL DEFAULT 'it''s',\n"
                        + "  PRIMARY KEY (\"a\", \"b\"),\n"
                        + "  CONSTRAINT \"fk\" FOREIGN KEY (\"a\") REFERENCES \"other\" (\"x\") ON UPDATE CASCADE"
                        + " ON DELETE SET NULL MATCH FULL DEFERRABLE INITIALLY DEFERRED\n"
                        + ") WITHOUT ROWID, STRICT",
                "CREATE TABLE \"pa\"\"rent\" (\n"
                        + "  \"id\" INTEGER CONSTRAINT \"pk\" PRIMARY KEY AUTOINCREMENT,\n"
                        + "  \"name\" TEXT NOT NULL DEFAULT (lower('X')) COLLATE \"my coll\",\n"
                        + "  \"n\" DEFAULT -1,\n"
                        + "  \"g\" REAL GENERATED ALWAYS AS (n * 2) STORED,\n"
                        + "  UNIQUE (\"name\"),\n"
                        + "  CONSTRAINT \"ck\" CHECK (n <> 0)\n"
                        + ")",
                "CREATE UNIQUE INDEX \"ix\" ON \"pa\"\"rent\" (lower(name), \"n\" COLLATE NOCASE DESC) WHERE n > 0",
                "CREATE TEMP VIEW \"v\"(\"id\") AS SELECT id FROM \"pa\"\"rent\"",
                "CREATE TRIGGER \"aux\".tr AFTER INSERT ON child BEGIN SELECT 1; END");
    }
}
