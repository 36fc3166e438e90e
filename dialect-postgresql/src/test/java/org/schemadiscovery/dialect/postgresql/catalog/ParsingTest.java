package org.schemadiscovery.dialect.postgresql.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.TypeCategory;

@DisplayName("parsing catalog text: arrays, CHECK definitions, type modifiers")
class ParsingTest {

    @Test
    @DisplayName("array literals: quoting, escapes, NULL, empty")
    void arrays() {
        assertThat(PgArrays.parse("{}")).isEmpty();
        assertThat(PgArrays.parse(null)).isEmpty();
        assertThat(PgArrays.parse("{a,b}")).containsExactly("a", "b");
        assertThat(PgArrays.parse("{\"a b\",\"c,d\",\"q\\\"x\",\"back\\\\slash\",\"\",NULL,\"NULL\"}"))
                .containsExactly("a b", "c,d", "q\"x", "back\\slash", "", null, "NULL");
        assertThat(PgArrays.parse("{ünï,🙂}")).containsExactly("ünï", "🙂");
        assertThat(PgArrays.parse("[0:2]={1,0,3}")).containsExactly("1", "0", "3");
        assertThatThrownBy(() -> PgArrays.parse("{{1,2},{3,4}}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PgArrays.parse("a,b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("array parameters round-trip through the literal writer")
    void arrayLiterals() {
        List<String> values = List.of("a", "s\"q", "b\\s", "", "x,y", "{z}");
        assertThat(PgArrays.textLiteral(values)).isEqualTo("{\"a\",\"s\\\"q\",\"b\\\\s\",\"\",\"x,y\",\"{z}\"}");
        assertThat(PgArrays.parse(PgArrays.textLiteral(values))).isEqualTo(values);
        assertThat(PgArrays.textLiteral(List.of())).isEqualTo("{}");
        assertThat(PgArrays.numberLiteral(Arrays.asList(1L, 23L))).isEqualTo("{1,23}");
        assertThat(PgArrays.numberLiteral(List.of())).isEqualTo("{}");
    }

    @Test
    @DisplayName("CHECK definitions lose the keyword, NO INHERIT and NOT VALID")
    void checks() {
        assertThat(ConstraintReader.checkExpression("CHECK ((a > 0))")).isEqualTo("(a > 0)");
        assertThat(ConstraintReader.checkExpression("CHECK ((a > 0)) NOT VALID")).isEqualTo("(a > 0)");
        assertThat(ConstraintReader.checkExpression("CHECK ((a > 0)) NO INHERIT")).isEqualTo("(a > 0)");
        assertThat(ConstraintReader.checkExpression("CHECK ((VALUE <> ''::text))")).isEqualTo("(VALUE <> ''::text)");
        assertThat(ConstraintReader.checkExpression(null)).isNull();
    }

    @Test
    @DisplayName("type modifiers decoded from atttypmod")
    void modifiers() {
        assertThat(PgTypes.modifiers(1043, 44, "character varying(40)", false)).containsExactly(40);
        assertThat(PgTypes.modifiers(1042, 14, "character(10)", false)).containsExactly(10);
        assertThat(PgTypes.modifiers(1700, ((12 << 16) | 2) + 4, "numeric(12,2)", false)).containsExactly(12, 2);
        assertThat(PgTypes.modifiers(1700, 329730, "numeric(5,-2)", false)).containsExactly(5, -2);
        assertThat(PgTypes.modifiers(1184, 3, "timestamp(3) with time zone", false)).containsExactly(3);
        assertThat(PgTypes.modifiers(1186, 0x7fff0000 | 0xffff, "interval", false)).isEmpty();
        assertThat(PgTypes.modifiers(1186, 0x7fff0000 | 2, "interval(2)", false)).containsExactly(2);
        assertThat(PgTypes.modifiers(1560, 8, "bit(8)", false)).containsExactly(8);
        assertThat(PgTypes.modifiers(1043, -1, "character varying", false)).isEmpty();
        assertThat(PgTypes.modifiers(99999, 7, "public.vector(3)[]", true)).containsExactly(3);
        assertThat(PgTypes.modifiers(99999, 7, "public.geometry(Point,4326)", false)).isEmpty();
    }

    @Test
    @DisplayName("structured types: arrays, enums, domains, extension types")
    void dataTypes() {
        DataType varcharArray = PgTypes.dataType("character varying(40)[]", 44, true, 2, 1043, "varchar",
                "pg_catalog", "b", "character varying", null);
        assertThat(varcharArray).isEqualTo(new DataType("character varying(40)[]", "character varying", List.of(40),
                2, TypeCategory.BUILTIN, null, Types.ARRAY));
        assertThat(PgTypes.dataType("app.mood", -1, false, 0, 16400, "mood", "app", "e", "app.mood", null))
                .isEqualTo(new DataType("app.mood", "mood", List.of(), 0, TypeCategory.ENUM, "app", Types.VARCHAR));
        assertThat(PgTypes.dataType("app.positive_int", -1, false, 0, 16401, "positive_int", "app", "d",
                "app.positive_int", 23L)).isEqualTo(new DataType("app.positive_int", "positive_int", List.of(), 0,
                TypeCategory.DOMAIN, "app", Types.INTEGER));
        assertThat(PgTypes.dataType("public.hstore", -1, false, 0, 16500, "hstore", "public", "b", "public.hstore",
                null)).isEqualTo(new DataType("public.hstore", "hstore", List.of(), 0, TypeCategory.OTHER, "public",
                Types.OTHER));
        assertThat(PgTypes.dataType("tsrange", -1, false, 0, 3908, "tsrange", "pg_catalog", "r", "tsrange", null)
                .category()).isEqualTo(TypeCategory.RANGE);
    }
}
