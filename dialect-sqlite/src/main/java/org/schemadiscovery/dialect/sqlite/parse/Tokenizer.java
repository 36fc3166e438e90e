package org.schemadiscovery.dialect.sqlite.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's tokenizer rules: bare words, quoted identifiers ({@code "x"}, {@code [x]}, {@code `x`}), string and blob
 * literals, numbers, parameters, operators; whitespace and both comment styles are skipped. Token offsets point into
 * the source so callers can cut out expressions exactly as written. Never throws: an unterminated quote or comment
 * runs to the end of the text, as in SQLite.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** The tokens of {@code sql}. */
    public static List<Token> tokenize(String sql) {
        // about one token per four characters in stored definitions: sized once instead of grown repeatedly
        List<Token> tokens = new ArrayList<>(Math.max(8, sql.length() / 4));
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'') {
                i = quoted(sql, i, '\'', TokenType.STRING, tokens);
            } else if (c == '"') {
                i = quoted(sql, i, '"', TokenType.QUOTED_IDENTIFIER, tokens);
            } else if (c == '`') {
                i = quoted(sql, i, '`', TokenType.QUOTED_IDENTIFIER, tokens);
            } else if (c == '[') {
                int close = sql.indexOf(']', i + 1);
                int end = close < 0 ? n : close + 1;
                String value = sql.substring(i + 1, close < 0 ? n : close);
                tokens.add(new Token(TokenType.QUOTED_IDENTIFIER, sql.substring(i, end), value, i, end));
                i = end;
            } else if ((c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int close = sql.indexOf('\'', i + 2);
                int end = close < 0 ? n : close + 1;
                String text = sql.substring(i, end);
                tokens.add(new Token(TokenType.BLOB, text, text, i, end));
                i = end;
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(sql.charAt(i + 1)))) {
                i = number(sql, i, tokens);
            } else if (isIdentStart(c)) {
                int end = i + 1;
                while (end < n && isIdentPart(sql.charAt(end))) {
                    end++;
                }
                String text = sql.substring(i, end);
                tokens.add(new Token(TokenType.WORD, text, text, i, end));
                i = end;
            } else if (c == '?' || c == ':' || c == '@' || c == '$' || c == '#') {
                int end = i + 1;
                while (end < n && (isIdentPart(sql.charAt(end)))) {
                    end++;
                }
                String text = sql.substring(i, end);
                tokens.add(new Token(end == i + 1 && c != '?' ? TokenType.OPERATOR : TokenType.VARIABLE, text, text,
                        i, end));
                i = end;
            } else {
                int len = operatorLength(sql, i);
                String text = sql.substring(i, i + len);
                tokens.add(new Token(TokenType.OPERATOR, text, text, i, i + len));
                i += len;
            }
        }
        return tokens;
    }

    private static int quoted(String sql, int start, char quote, TokenType type, List<Token> tokens) {
        int n = sql.length();
        int close = sql.indexOf(quote, start + 1);
        if (close >= 0 && (close + 1 >= n || sql.charAt(close + 1) != quote)) {
            // the usual case, no doubled quote inside: the value is the text between the quotes
            tokens.add(new Token(type, sql.substring(start, close + 1), sql.substring(start + 1, close), start,
                    close + 1));
            return close + 1;
        }
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    value.append(quote);
                    i += 2;
                    continue;
                }
                i++;
                tokens.add(new Token(type, sql.substring(start, i), value.toString(), start, i));
                return i;
            }
            value.append(c);
            i++;
        }
        tokens.add(new Token(type, sql.substring(start, n), value.toString(), start, n));
        return n;
    }

    private static int number(String sql, int start, List<Token> tokens) {
        int n = sql.length();
        int i = start;
        if (sql.charAt(i) == '0' && i + 1 < n && (sql.charAt(i + 1) == 'x' || sql.charAt(i + 1) == 'X')) {
            i += 2;
            while (i < n && (Character.digit(sql.charAt(i), 16) >= 0 || sql.charAt(i) == '_')) {
                i++;
            }
        } else {
            i = digits(sql, i);
            if (i < n && sql.charAt(i) == '.') {
                i = digits(sql, i + 1);
            }
            if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < n && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
                    j++;
                }
                if (j < n && isDigit(sql.charAt(j))) {
                    i = digits(sql, j);
                }
            }
        }
        // SQLite glues trailing identifier characters onto a (then invalid) number token.
        while (i < n && isIdentPart(sql.charAt(i))) {
            i++;
        }
        String text = sql.substring(start, i);
        tokens.add(new Token(TokenType.NUMBER, text, text, start, i));
        return i;
    }

    private static int digits(String sql, int i) {
        while (i < sql.length() && (isDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static int operatorLength(String sql, int i) {
        char c = sql.charAt(i);
        char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
        return switch (c) {
            case '-' -> next != '>' ? 1 : i + 2 < sql.length() && sql.charAt(i + 2) == '>' ? 3 : 2;
            case '|' -> next == '|' ? 2 : 1;
            case '<' -> next == '=' || next == '>' || next == '<' ? 2 : 1;
            case '>' -> next == '=' || next == '>' ? 2 : 1;
            case '=', '!' -> next == '=' ? 2 : 1;
            default -> 1;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }
}
