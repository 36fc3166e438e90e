package org.schemadiscovery.dialect.mysql.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.ObjectKind;

@DisplayName("catalog text: view qualifiers, names in expressions, the scope parameter")
class SqlTextTest {
    @Test
    @DisplayName("the view's own database is dropped from names; other databases and string literals stay")
    void withoutQualifier() {
        String sql = "select `shop`.`t`.`id` AS `id`,'`shop`.x' AS `s` from `shop`.`t` join `other`.`u`"
                + " on `shop`.`t`.`id` = `other`.`u`.`id` where `shop`.`t`.`name` = \"`shop`.\"";
        assertThat(SqlText.withoutQualifier(sql, "shop")).isEqualTo("select `t`.`id` AS `id`,'`shop`.x' AS `s`"
                + " from `t` join `other`.`u` on `t`.`id` = `other`.`u`.`id` where `t`.`name` = \"`shop`.\"");
    }

    @Test
    @DisplayName("a database name with a backquote is matched unescaped")
    void quotedSchema() {
        assertThat(SqlText.withoutQualifier("select `a``b`.`t`.`x` from `a``b`.`t`", "a`b"))
                .isEqualTo("select `t`.`x` from `t`");
    }

    @Test
    @DisplayName("names a CHECK expression mentions, in order, literals skipped")
    void quotedNames() {
        assertThat(SqlText.quotedNames("`qty` > 0 and `a``b` <> '`no`' and `qty` < `max`"))
                .containsExactly("qty", "a`b", "max");
    }

    @Test
    @DisplayName("the scope parameter is |HEX|HEX| of UTF-8 names, || for none")
    void parameter() {
        SchemaScope scope = new SchemaScope(List.of("ab", "ü"), Map.of(
                "ab", new SchemaScope.Defaults("utf8mb4", "utf8mb4_general_ci"),
                "ü", new SchemaScope.Defaults("utf8mb4", "utf8mb4_general_ci")), Set.of());
        assertThat(scope.parameter()).isEqualTo("|6162|C3BC|");
        assertThat(scope.tablesParameter()).isEqualTo("||");
        assertThat(new SchemaScope(List.of(), Map.of(), Set.of()).parameter()).isEqualTo("||");
    }

    @Test
    @DisplayName("the table restriction is |HEX(schema).HEX(name)| per table: commas, quotes and dots cannot collide")
    void tablesParameter() {
        SchemaScope scope = new SchemaScope(List.of("a.b"), Map.of(), Set.of(TableRef.of("a.b", "c,'d"),
                TableRef.of("a", "b.c,'d")));
        assertThat(scope.tablesParameter()).isEqualTo("|61.622E632C2764|612E62.632C2764|");
        assertThat(scope.wants(TableRef.of("a.b", "c,'d"))).isTrue();
        assertThat(scope.wants(TableRef.of("a", "b.c"))).isFalse();
    }

    @Test
    @DisplayName("without include patterns the URL's database; system databases only when named exactly")
    void selection() {
        List<Row> rows = List.of(row("app", 1), row("mysql", 0), row("other", 0), row("sys", 0));
        assertThat(SchemaScope.select(rows, DiscoveryScope.all()).names()).containsExactly("app");
        List<Row> noCurrent = List.of(row("app", 0), row("mysql", 0), row("other", 0), row("sys", 0));
        assertThat(SchemaScope.select(noCurrent, DiscoveryScope.all()).names()).containsExactly("app", "other");
        DiscoveryScope some = new DiscoveryScope(List.of("*", "mysql"), List.of("oth*"),
                EnumSet.allOf(ObjectKind.class));
        assertThat(SchemaScope.select(rows, some).names()).containsExactly("app", "mysql");
    }

    private static Row row(String name, int current) {
        return new Row(Map.of("schema_name", name, "default_charset", "utf8mb4",
                "default_collation", "utf8mb4_general_ci", "is_current", Integer.toString(current)));
    }
}
