package org.schemadiscovery.dialect.sqlite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("tokenizer: SQLite's lexical rules")
class TokenizerTest {
    private static List<String> describe(String sql) {
        return Tokenizer.tokenize(sql).stream().map(t -> t.type() + ":" + t.value()).toList();
    }

    @Test
    @DisplayName("quoted identifiers in all three styles, with doubled quotes, are never keywords")
    void quotedIdentifiers() {
        assertThat(describe("\"we\"\"ird\" [sp ace] `back``tick` \"select\""))
                .containsExactly("QUOTED_IDENTIFIER:we\"ird", "QUOTED_IDENTIFIER:sp ace",
                        "QUOTED_IDENTIFIER:back`tick", "QUOTED_IDENTIFIER:select");
        assertThat(Tokenizer.tokenize("\"select\"").get(0).isKeyword("SELECT")).isFalse();
        assertThat(Tokenizer.tokenize("SeLeCt").get(0).isKeyword("SELECT")).isTrue();
    }

    @Test
    @DisplayName("string and blob literals keep parentheses, quotes and comment markers inside")
    void literals() {
        assertThat(describe("'it''s ) -- not a comment' x'00ff' X'AB'"))
                .containsExactly("STRING:it's ) -- not a comment", "BLOB:x'00ff'", "BLOB:X'AB'");
    }

    @Test
    @DisplayName("both comment styles are skipped, an unterminated one runs to the end")
    void comments() {
        assertThat(describe("a -- line ) comment\n b /* block ( 'comment' */ c /* open"))
                .containsExactly("WORD:a", "WORD:b", "WORD:c");
    }

    @Test
    @DisplayName("numbers, parameters and multi-character operators")
    void numbersAndOperators() {
        assertThat(describe("1 2.5 .5 1e10 1.5E-3 0x1F ?1 :name || <> != <= >= == << >> -> ->> -"))
                .containsExactly("NUMBER:1", "NUMBER:2.5", "NUMBER:.5", "NUMBER:1e10", "NUMBER:1.5E-3",
                        "NUMBER:0x1F", "VARIABLE:?1", "VARIABLE::name", "OPERATOR:||", "OPERATOR:<>",
                        "OPERATOR:!=", "OPERATOR:<=", "OPERATOR:>=", "OPERATOR:==", "OPERATOR:<<", "OPERATOR:>>",
                        "OPERATOR:->", "OPERATOR:->>", "OPERATOR:-");
    }

    @Test
    @DisplayName("non-ASCII letters are identifier characters and offsets point into the source")
    void unicodeAndOffsets() {
        String sql = "SELECT 日本語, sélect";
        List<Token> tokens = Tokenizer.tokenize(sql);
        assertThat(tokens).extracting(Token::value).containsExactly("SELECT", "日本語", ",", "sélect");
        Token last = tokens.get(3);
        assertThat(sql.substring(last.start(), last.end())).isEqualTo("sélect");
    }

    @Test
    @DisplayName("an unterminated quote runs to the end instead of failing")
    void unterminated() {
        assertThat(describe("'open")).containsExactly("STRING:open");
        assertThat(describe("[open")).containsExactly("QUOTED_IDENTIFIER:open");
    }
}
