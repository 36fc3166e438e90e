package org.schemadiscovery.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a text mentions a table: the quick no and the tokenized answer agree")
class TableDependentsMentionsTest {
    @Test
    void plainNamesAreFoundIgnoringCaseAndMissedWhenAbsent() {
        assertThat(TableDependents.mentions("nextval('public.\"Orders\"'::regclass)", Set.of("orders"))).isTrue();
        assertThat(TableDependents.mentions("SELECT * FROM ORDERS o", Set.of("orders"))).isTrue();
        assertThat(TableDependents.mentions("integer", Set.of("orders"))).isFalse();
        // contained, but not as an identifier
        assertThat(TableDependents.mentions("SELECT * FROM orders_archive", Set.of("orders"))).isFalse();
    }

    @Test
    void namesWithQuotesOrOtherCharactersAreTokenized() {
        assertThat(TableDependents.mentions("SELECT * FROM \"a\"\"b\"", Set.of("a\"b"))).isTrue();
        assertThat(TableDependents.mentions("SELECT * FROM \"Ärger\"", Set.of("ärger"))).isTrue();
        // the Kelvin sign lower-cases to an ASCII k: a non-ASCII text is always tokenized
        assertThat(TableDependents.mentions("SELECT * FROM \u212A", Set.of("k"))).isTrue();
    }

    @Test
    @DisplayName("a text shorter than every name is a quick no only when ASCII: lower-casing can lengthen a name")
    void shortTexts() {
        assertThat(TableDependents.mentions("t", Set.of("t"))).isTrue();
        assertThat(TableDependents.mentions("ab", Set.of("longer_name", "ab"))).isTrue();
        assertThat(TableDependents.mentions("ab", Set.of("longer_name", "abc"))).isFalse();
        // U+0130 lower-cases to i and a combining dot: one character becomes two
        assertThat(TableDependents.mentions("\u0130", Set.of("\u0130".toLowerCase(java.util.Locale.ROOT)))).isTrue();
    }
}
