package org.schemadiscovery.dialect.mysql.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ForeignKey;
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
import org.schemadiscovery.api.model.ViewInfo;

@DisplayName("DDL rendering from the model alone: MySQL vs MariaDB syntax, one database vs several")
class DdlScriptTest {
    private static final DataType INT = DataType.of("int", Types.INTEGER);

    private static SchemaInfo model(String product, String version, List<TableInfo> tables, List<ViewInfo> views) {
        return new SchemaInfo(new DatabaseIdentity(product, version, 8, 0, "d", "jdbc:mysql://h/x", "mysql"), null,
                List.of(), tables, views, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null);
    }

    private static TableInfo table(TableRef ref, List<IndexInfo> indexes, List<ForeignKey> fks) {
        List<ConstraintInfo> constraints = new ArrayList<>();
        constraints.add(new PrimaryKey("PRIMARY", ref, List.of("id")));
        constraints.addAll(fks);
        return new TableInfo(ref, TableKind.TABLE, List.of(ColumnInfo.simple("id", 1, INT, false),
                ColumnInfo.simple("name", 2, DataType.of("varchar(40)", Types.VARCHAR), true)), indexes,
                constraints, List.of(), null, null, null, false, List.of(), Map.of(OptionKeys.ENGINE, "InnoDB"));
    }

    @Test
    @DisplayName("MySQL: functional key part in parentheses, prefix length, DESC, INVISIBLE; names unqualified")
    void mysqlIndexes() {
        TableRef t = TableRef.of("shop", "item");
        IndexInfo ix = new IndexInfo("ix", t, false, "btree", List.of(
                new IndexElement("name", null, SortOrder.DESC, NullsOrder.DEFAULT, null, null),
                IndexElement.expression("lower(`name`)")), List.of(), null, false, null, true,
                Map.of(OptionKeys.SUB_PART + "1", "10", OptionKeys.INVISIBLE, "true", OptionKeys.COMMENT, "it's"));
        List<String> script = new DdlScript(model("MySQL", "8.0.36", List.of(table(t, List.of(ix), List.of())),
                List.of())).statements();
        assertThat(script).containsExactly("CREATE TABLE `item` (\n"
                + "  `id` int NOT NULL,\n"
                + "  `name` varchar(40) NULL,\n"
                + "  KEY `ix` (`name`(10) DESC, (lower(`name`))) COMMENT 'it''s' INVISIBLE,\n"
                + "  PRIMARY KEY (`id`)\n"
                + ") ENGINE=InnoDB");
    }

    @Test
    @DisplayName("MariaDB: an ignored index is IGNORED")
    void mariaDbIgnored() {
        TableRef t = TableRef.of("shop", "item");
        IndexInfo ix = new IndexInfo("ix", t, false, "btree", List.of(IndexElement.column("name")), List.of(), null,
                false, null, true, Map.of(OptionKeys.INVISIBLE, "true"));
        assertThat(new DdlScript(model("MariaDB", "10.11.19-MariaDB", List.of(table(t, List.of(ix), List.of())),
                List.of())).statements().get(0)).contains("KEY `ix` (`name`) IGNORED");
    }

    @Test
    @DisplayName("several databases: tables qualified, USE before a view; foreign keys added after every table")
    void severalDatabases() {
        TableRef a = TableRef.of("one", "a");
        TableRef b = TableRef.of("two", "b");
        ForeignKey fk = new ForeignKey("b_a_fk", b, List.of("id"), a, List.of("id"), MatchType.SIMPLE,
                ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL, false, false, true);
        IndexInfo fkIndex = new IndexInfo("b_a_fk", b, false, "btree", List.of(IndexElement.column("id")), List.of(),
                null, false, "b_a_fk", true, Map.of());
        ViewInfo v = new ViewInfo(TableRef.of("two", "v"), "select `b`.`id` AS `id` from `b`", false, List.of(),
                List.of(), List.of(), null, null);
        List<String> script = new DdlScript(model("MySQL", "8.0.36", List.of(table(a, List.of(), List.of()),
                table(b, List.of(fkIndex), List.of(fk))), List.of(v))).statements();
        assertThat(script).hasSize(5);
        assertThat(script.get(0)).startsWith("CREATE TABLE `one`.`a` (");
        assertThat(script.get(1)).startsWith("CREATE TABLE `two`.`b` (").doesNotContain("KEY `b_a_fk`");
        assertThat(script.subList(2, 5)).containsExactly(
                "ALTER TABLE `two`.`b` ADD CONSTRAINT `b_a_fk` FOREIGN KEY (`id`) REFERENCES `one`.`a` (`id`)"
                        + " ON DELETE SET NULL",
                "USE `two`",
                "CREATE VIEW `two`.`v` AS select `b`.`id` AS `id` from `b`");
    }

    @ParameterizedTest(name = "DEFAULT {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "0.00|0.00", "-1|-1", "'x''y'|'x''y'", "NULL|NULL", "b'101'|b'101'", "current_timestamp()|current_timestamp()",
            "CURRENT_TIMESTAMP(6)|CURRENT_TIMESTAMP(6)", "rand()|(rand())", "(uuid())|(uuid())",
            "`a` + 1|(`a` + 1)"})
    void defaults(String value, String rendered) {
        assertThat(DdlScript.defaultClause(value)).isEqualTo(rendered);
    }

    @Test
    @DisplayName("identifiers: backquotes doubled; literals: quotes and backslashes doubled")
    void quoting() {
        assertThat(Quoting.id("a`b")).isEqualTo("`a``b`");
        assertThat(Quoting.idIfNeeded("plain_1")).isEqualTo("plain_1");
        assertThat(Quoting.idIfNeeded("not plain")).isEqualTo("`not plain`");
        assertThat(Quoting.literal("it's a \\ test")).isEqualTo("'it''s a \\\\ test'");
    }
}
