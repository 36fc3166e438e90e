package org.schemadiscovery.dialect.sqlite.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON rows as json_group_array(json_array(...)) builds them")
class JsonRowsTest {

    @Test
    @DisplayName("strings unescaped, numbers as written, null as null, row by row")
    void decodes() {
        List<String[]> rows = JsonRows.decode("[[0,\"na,me\",\"it's \\\"x\\\"\",null,-2,1.5e3],"
                + "[1,\"a\\\\b\\/c\\n\\t\\u0001\\u00e9\",\"\",null,0,7]]", 6);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("0", "na,me", "it's \"x\"", null, "-2", "1.5e3");
        assertThat(rows.get(1)).containsExactly("1", "a\\b/c\n\t\u0001é", "", null, "0", "7");
        assertThat(JsonRows.decode("[[\"日本語\",\"a\nb\"]]", 2).get(0)).containsExactly("日本語", "a\nb");
    }

    @Test
    @DisplayName("NULL and an empty array give no rows; anything else malformed is an error")
    void emptyAndMalformed() {
        assertThat(JsonRows.decode(null, 3)).isEmpty();
        assertThat(JsonRows.decode("[]", 3)).isEmpty();
        assertThatThrownBy(() -> JsonRows.decode("[[1,2]]", 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected ','");
        assertThatThrownBy(() -> JsonRows.decode("[[1,2,3]]x", 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("end of the input");
        assertThatThrownBy(() -> JsonRows.decode("[[1,\"a\\q\",3]]", 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("escape");
        assertThatThrownBy(() -> JsonRows.decode("[[1,\"unterminated", 2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more input");
        assertThatThrownBy(() -> JsonRows.decode("[[1,true]]", 2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a string, a number or null");
    }
}
