package org.schemadiscovery.dialect.sqlite.parse;

import java.util.Objects;

/**
 * One token of an SQL text.
 *
 * @param type  lexical class
 * @param text  the raw text as written
 * @param value the unquoted value for identifiers and strings, else the raw text
 * @param start offset of the first character in the source
 * @param end   offset after the last character in the source
 */
public record Token(TokenType type, String text, String value, int start, int end) {
    public Token {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }

    /** True for a bare word equal to the keyword, ignoring ASCII case; quoted identifiers are never keywords. */
    public boolean isKeyword(String keyword) {
        return type == TokenType.WORD && Names.same(text, keyword);
    }

    /** True for this operator or punctuation. */
    public boolean is(String operator) {
        return type == TokenType.OPERATOR && text.equals(operator);
    }

    /** True when the token can stand for a name: a word, a quoted identifier, or (SQLite's leniency) a string. */
    public boolean isName() {
        return type == TokenType.WORD || type == TokenType.QUOTED_IDENTIFIER || type == TokenType.STRING;
    }
}
