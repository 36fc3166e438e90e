package org.schemadiscovery.dialect.sqlite.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("decoding group_concat(quote(...)) lists")
class QuotedListTest {
    @Test
    @DisplayName("strings with commas and doubled quotes, NULL, negative and real numbers, empty strings, blobs")
    void decode() {
        assertThat(QuotedList.decode("0,'na,me','it''s ''x''',NULL,-2,1.5e3,'',X'00FF'"))
                .isEqualTo(Arrays.asList("0", "na,me", "it's 'x'", null, "-2", "1.5e3", "", "X'00FF'"));
        assertThat(QuotedList.decode("'日本語','a\nb'")).containsExactly("日本語", "a\nb");
    }

    @Test
    @DisplayName("an empty aggregate (NULL) is an empty list; garbage is an error")
    void edges() {
        assertThat(QuotedList.decode(null)).isEmpty();
        assertThat(QuotedList.decode("'a'")).containsExactly("a");
        assertThatThrownBy(() -> QuotedList.decode("'a'x")).isInstanceOf(IllegalStateException.class);
    }
}
