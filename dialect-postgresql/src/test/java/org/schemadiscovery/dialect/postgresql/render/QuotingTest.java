package org.schemadiscovery.dialect.postgresql.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("quoting: as quote_ident and quote_literal do it")
class QuotingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "orders | orders", "_x1$ | _x1$", "Orders | \"Orders\"", "A | \"A\"", "with space | \"with space\"",
            "select | \"select\"", "table | \"table\"", "user | \"user\"", "order | \"order\"", "name | name",
            "text | text", "quo\"te | \"quo\"\"te\"", "1abc | \"1abc\"", "naïve | \"naïve\"", "🙂 | \"🙂\"",
            "`` | \"\"", "json_table | \"json_table\""})
    void ident(String name, String expected) {
        assertThat(Quoting.ident(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "abc | 'abc'", "it's | 'it''s'", "back\\slash | 'back\\slash'", "`` | ''"})
    void literal(String value, String expected) {
        assertThat(Quoting.literal(value)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void qualified() {
        assertThat(Quoting.qualified("app", "Orders")).isEqualTo("app.\"Orders\"");
        assertThat(Quoting.qualified(null, "t")).isEqualTo("t");
    }
}
