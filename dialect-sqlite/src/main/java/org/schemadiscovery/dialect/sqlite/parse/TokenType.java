package org.schemadiscovery.dialect.sqlite.parse;

/** Lexical classes of SQLite's tokenizer. */
public enum TokenType {
    /** A bare word: an identifier or a keyword, told apart by the parser. */
    WORD,
    /** An identifier in {@code "..."}, {@code [...]} or {@code `...`}: never a keyword. */
    QUOTED_IDENTIFIER,
    /** A string literal in single quotes. */
    STRING,
    /** A blob literal {@code X'..'}. */
    BLOB,
    /** A numeric literal. */
    NUMBER,
    /** A bound parameter ({@code ?1}, {@code :name}, ...). */
    VARIABLE,
    /** An operator or punctuation character sequence. */
    OPERATOR
}
