package org.schemadiscovery.dialect.sqlite.parse;

import java.util.ArrayList;
import java.util.List;

/** A position in a token list with the small look-ahead helpers a recursive-descent parser needs. */
final class Cursor {
    private final String sql;
    private final List<Token> tokens;
    private int pos;

    Cursor(String sql) {
        this.sql = sql;
        List<Token> all = Tokenizer.tokenize(sql);
        // A trailing semicolon is not part of the statement.
        int end = all.size();
        while (end > 0 && all.get(end - 1).is(";")) {
            end--;
        }
        this.tokens = all.subList(0, end);
    }

    String sql() {
        return sql;
    }

    int position() {
        return pos;
    }

    int size() {
        return tokens.size();
    }

    Token token(int index) {
        return tokens.get(index);
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    Token next() {
        if (atEnd()) {
            throw fail("unexpected end of statement");
        }
        return tokens.get(pos++);
    }

    boolean peekKeyword(String keyword) {
        Token t = peek();
        return t != null && t.isKeyword(keyword);
    }

    boolean peekKeyword(int ahead, String keyword) {
        Token t = peek(ahead);
        return t != null && t.isKeyword(keyword);
    }

    boolean peekIs(String operator) {
        Token t = peek();
        return t != null && t.is(operator);
    }

    boolean acceptKeyword(String keyword) {
        if (peekKeyword(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean accept(String operator) {
        if (peekIs(operator)) {
            pos++;
            return true;
        }
        return false;
    }

    void expectKeyword(String keyword) {
        if (!acceptKeyword(keyword)) {
            throw fail("expected " + keyword);
        }
    }

    void expect(String operator) {
        if (!accept(operator)) {
            throw fail("expected '" + operator + "'");
        }
    }

    /** The next token as a name; its unquoted value. */
    String name() {
        return nameToken().value();
    }

    Token nameToken() {
        Token t = next();
        if (!t.isName()) {
            throw fail("expected a name but found '" + t.text() + "'", pos - 1);
        }
        return t;
    }

    /** Skips {@code IF NOT EXISTS} when present. */
    void skipIfNotExists() {
        if (peekKeyword("IF") && peekKeyword(1, "NOT") && peekKeyword(2, "EXISTS")) {
            pos += 3;
        }
    }

    /** Reads {@code [schema .] name} and returns the index of the name token (the last part). */
    int qualifiedName() {
        nameToken();
        if (accept(".")) {
            nameToken();
        }
        return pos - 1;
    }

    /**
     * At an opening parenthesis: moves past its matching closing one and returns that one's index. The tokens between
     * are {@code open + 1 .. close - 1}.
     */
    int skipParenthesized() {
        int open = pos;
        expect("(");
        int depth = 1;
        while (!atEnd()) {
            Token t = tokens.get(pos++);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
                if (depth == 0) {
                    return pos - 1;
                }
            }
        }
        throw fail("unbalanced parentheses", open);
    }

    /** The source text of tokens {@code from .. to - 1} exactly as written, or "" when the range is empty. */
    String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Index ranges {@code [from, to)} of the comma-separated items between {@code from} and {@code to}. */
    List<int[]> splitTopLevel(int from, int to) {
        List<int[]> items = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            } else if (t.is(",") && depth == 0) {
                items.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            items.add(new int[] {start, to});
        }
        return items;
    }

    SqlParseException fail(String message) {
        return fail(message, pos);
    }

    SqlParseException fail(String message, int at) {
        String where = at < tokens.size() ? " at offset " + tokens.get(at).start() : " at end";
        return new SqlParseException(message + where);
    }
}
