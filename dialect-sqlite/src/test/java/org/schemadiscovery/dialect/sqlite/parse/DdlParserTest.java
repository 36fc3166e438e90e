package org.schemadiscovery.dialect.sqlite.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DDL parser: what the pragmas do not expose")
class DdlParserTest {
    @Test
    @DisplayName("columns: type, collation, generated expression, defaults and inline keys")
    void columns() {
        TableDefinition t = DdlParser.table("""
                CREATE TABLE IF NOT EXISTS main."t x" (
                  id INTEGER CONSTRAINT pk_t PRIMARY KEY DESC ON CONFLICT ROLLBACK AUTOINCREMENT,
                  "na""me" VARCHAR( 10 ) NOT NULL COLLATE NOCASE DEFAULT 'a,b)', -- trailing ) comment
                  d NUMERIC(10, 2) DEFAULT (1 + (2 * 3)),
                  g TEXT GENERATED ALWAYS AS (upper("na""me") || ')') STORED,
                  h AS (d * 2),
                  n DEFAULT -1 NULL,
                  u UNSIGNED BIG INT UNIQUE
                )""");
        assertThat(t.name()).isEqualTo("t x");
        assertThat(t.columns()).containsExactly(
                new ColumnDefinition("id", "INTEGER", null, null, false, true, true, true, false, null),
                new ColumnDefinition("na\"me", "VARCHAR( 10 )", "NOCASE", null, false, false, false, false, true,
                        "'a,b)'"),
                new ColumnDefinition("d", "NUMERIC(10, 2)", null, null, false, false, false, false, false,
                        "(1 + (2 * 3))"),
                new ColumnDefinition("g", "TEXT", null, "upper(\"na\"\"me\") || ')'", true, false, false, false,
                        false, null),
                new ColumnDefinition("h", "", null, "d * 2", false, false, false, false, false, null),
                new ColumnDefinition("n", "", null, null, false, false, false, false, false, "-1"),
                new ColumnDefinition("u", "UNSIGNED BIG INT", null, null, false, false, false, false, false, null));
        assertThat(t.constraints()).containsExactly(
                new ConstraintDefinition.PrimaryKey("pk_t", List.of("id"), true),
                new ConstraintDefinition.Unique(null, List.of("u")));
        assertThat(t.autoincrement()).isTrue();
    }

    @Test
    @DisplayName("table constraints: names, nested parentheses, no separating commas, WITHOUT ROWID and STRICT")
    void tableConstraints() {
        TableDefinition t = DdlParser.table("""
                CREATE TABLE t (a INT, b TEXT, c INT,
                  CONSTRAINT pk PRIMARY KEY (a, [b] COLLATE NOCASE DESC)
                  CONSTRAINT uq UNIQUE (c, b) ON CONFLICT IGNORE
                  CHECK ((a > 0) AND (b <> 'x)')),
                  CONSTRAINT ck CHECK (c IN (1, 2, 3)),
                  FOREIGN KEY (c) REFERENCES p ON DELETE SET NULL ON UPDATE CASCADE MATCH PARTIAL
                    NOT DEFERRABLE INITIALLY DEFERRED,
                  CONSTRAINT fk FOREIGN KEY (a, b) REFERENCES "p q"(x, "y") DEFERRABLE INITIALLY DEFERRED
                ) WITHOUT ROWID, STRICT;""");
        assertThat(t.withoutRowid()).isTrue();
        assertThat(t.strict()).isTrue();
        assertThat(t.constraints()).containsExactly(
                new ConstraintDefinition.PrimaryKey("pk", List.of("a", "b"), false),
                new ConstraintDefinition.Unique("uq", List.of("c", "b")),
                new ConstraintDefinition.Check(null, List.of(), "(a > 0) AND (b <> 'x)')"),
                new ConstraintDefinition.Check("ck", List.of(), "c IN (1, 2, 3)"),
                new ConstraintDefinition.ForeignKey(null, List.of("c"), "p", List.of(), "SET NULL", "CASCADE",
                        "PARTIAL", false, false),
                new ConstraintDefinition.ForeignKey("fk", List.of("a", "b"), "p q", List.of("x", "y"), null, null,
                        null, true, true));
    }

    @Test
    @DisplayName("column-level REFERENCES followed by NOT NULL, and DEFERRABLE INITIALLY IMMEDIATE")
    void columnReferences() {
        TableDefinition t = DdlParser.table(
                "CREATE TABLE c (p INT REFERENCES parent(id) DEFERRABLE INITIALLY IMMEDIATE NOT NULL, q "
                        + "CONSTRAINT q_ck CHECK (q > 0) REFERENCES other)");
        assertThat(t.columns().get(0).notNull()).isTrue();
        assertThat(t.constraints()).containsExactly(
                new ConstraintDefinition.ForeignKey(null, List.of("p"), "parent", List.of("id"), null, null, null,
                        true, false),
                new ConstraintDefinition.Check("q_ck", List.of("q"), "q > 0"),
                new ConstraintDefinition.ForeignKey(null, List.of("q"), "other", List.of(), null, null, null,
                        false, false));
    }

    @Test
    @DisplayName("hostile names: reserved words, dots, quotes, strings used as names")
    void hostileNames() {
        TableDefinition t = DdlParser.table(
                "CREATE TABLE \"main.x\" (\"select\" INT, 'from' TEXT, [group by] INT, `a\"b` INT)");
        assertThat(t.name()).isEqualTo("main.x");
        assertThat(t.columns()).extracting(ColumnDefinition::name)
                .containsExactly("select", "from", "group by", "a\"b");
    }

    @Test
    @DisplayName("CREATE INDEX: expression keys, collations, DESC and the partial predicate")
    void index() {
        IndexDefinition i = DdlParser.index("CREATE UNIQUE INDEX IF NOT EXISTS aux.\"ix 1\" ON t "
                + "(lower(name) COLLATE NOCASE DESC, \"a b\", (c + 1), d COLLATE RTRIM ASC) WHERE c > 0 AND d <> ';'");
        assertThat(i.name()).isEqualTo("ix 1");
        assertThat(i.unique()).isTrue();
        assertThat(i.table()).isEqualTo("t");
        assertThat(i.elements()).containsExactly(
                new IndexedColumn(null, "lower(name)", "NOCASE", true),
                new IndexedColumn("a b", null, null, false),
                new IndexedColumn(null, "(c + 1)", null, false),
                new IndexedColumn("d", null, "RTRIM", false));
        assertThat(i.predicate()).isEqualTo("c > 0 AND d <> ';'");
    }

    @Test
    @DisplayName("CREATE VIEW: column list and the query as written")
    void view() {
        ViewDefinition v = DdlParser.view("CREATE TEMP VIEW \"v\"(a, \"b c\") AS SELECT 1, /* c */ 2;");
        assertThat(v.name()).isEqualTo("v");
        assertThat(v.columns()).containsExactly("a", "b c");
        assertThat(v.query()).isEqualTo("SELECT 1, /* c */ 2");
    }

    @Test
    @DisplayName("CREATE TRIGGER: timing, event, UPDATE OF columns, table, WHEN and the name offset")
    void trigger() {
        String sql = "CREATE TRIGGER \"t\"\"r\" INSTEAD OF UPDATE OF a, \"b\" ON main.v FOR EACH ROW "
                + "WHEN (new.a > 0) BEGIN SELECT 1; END";
        TriggerDefinition t = DdlParser.trigger(sql);
        assertThat(t).isEqualTo(new TriggerDefinition("t\"r", 15, "INSTEAD OF", "UPDATE", List.of("a", "b"), "v",
                "(new.a > 0)"));
        assertThat(sql.substring(t.nameOffset())).startsWith("\"t\"\"r\" INSTEAD");
        assertThat(DdlParser.trigger("CREATE TRIGGER x DELETE ON t BEGIN SELECT 1; END").timing())
                .isEqualTo("BEFORE");
    }

    @Test
    @DisplayName("CREATE VIRTUAL TABLE: module and its arguments exactly as written")
    void virtualTable() {
        assertThat(DdlParser.isVirtualTable("create virtual table x using fts5(a)")).isTrue();
        assertThat(DdlParser.isVirtualTable("CREATE TABLE x (a)")).isFalse();
        assertThat(DdlParser.virtualTable("CREATE VIRTUAL TABLE d USING fts5(title, body, tokenize = 'porter (x)')"))
                .isEqualTo(new VirtualTableDefinition("d", "fts5", "title, body, tokenize = 'porter (x)'"));
        assertThat(DdlParser.virtualTable("CREATE VIRTUAL TABLE s USING dbstat"))
                .isEqualTo(new VirtualTableDefinition("s", "dbstat", null));
    }

    @Test
    @DisplayName("columns an expression mentions: quoted or not, function names and strings excluded")
    void mentionedColumns() {
        assertThat(DdlParser.mentionedColumns("length(\"Email\") > 3 AND upper(name) <> 'score' AND NAME > score",
                List.of("email", "name", "score", "length")))
                .containsExactly("email", "name", "score");
    }

    @Test
    @DisplayName("an unknown shape is a parse error, not a wrong answer")
    void errors() {
        assertThatThrownBy(() -> DdlParser.table("CREATE TABLE t (a INT, b INT NOT NULL BOGUS)"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("unknown column constraint 'BOGUS'");
        assertThatThrownBy(() -> DdlParser.table("CREATE TABLE t (a INT CHECK ((a > 0)"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("unbalanced parentheses");
        assertThatThrownBy(() -> DdlParser.table("CREATE TABLE t (a INT CHECK (a > 0)"))
                .isInstanceOf(SqlParseException.class).hasMessage("expected ',' or ')' after column at end");
    }
}
