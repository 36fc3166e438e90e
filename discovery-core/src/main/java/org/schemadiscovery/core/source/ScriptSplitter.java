package org.schemadiscovery.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits a DDL file into statements the way the database's own client does ({@link ClientSyntax}): a terminator
 * inside a string, a quoted identifier, a comment, a dollar-quoted body, a psql {@code CREATE FUNCTION ... BEGIN
 * ATOMIC ... END} body or a sqlite3 {@code CREATE TRIGGER ... BEGIN ... END} body does not end a statement; mysql's
 * {@code DELIMITER} changes the terminator. Client commands (psql's backslash lines, sqlite3's dot lines, mysql's
 * {@code USE} and backslash commands) come out as {@link ScriptPiece.ClientCommand}s.
 *
 * <pre>{@code
 * List<ScriptPiece> pieces = ScriptSplitter.split(Files.readString(file), ClientSyntax.PSQL);
 * }</pre>
 */
public final class ScriptSplitter {
    private final String text;
    private final ClientSyntax syntax;
    private final List<ScriptPiece> pieces = new ArrayList<>();
    private int pos;
    private int line = 1;
    private String delimiter = ";";
    private final Statement st = new Statement();

    private ScriptSplitter(String text, ClientSyntax syntax) {
        this.text = text;
        this.syntax = syntax;
    }

    /**
     * The statements and client commands of a script, in order.
     *
     * @throws ScriptSyntaxException for a string, identifier, comment or body still open at the end of the text
     */
    public static List<ScriptPiece> split(String text, ClientSyntax syntax) {
        ScriptSplitter s = new ScriptSplitter(Objects.requireNonNull(text, "text"), Objects.requireNonNull(syntax,
                "syntax"));
        s.run();
        return List.copyOf(s.pieces);
    }

    /** What the scan knows about the statement being read. */
    private static final class Statement {
        int start = -1;
        int startLine;
        int parenDepth;
        int beginDepth;
        int words;
        final char[] leadingWords = new char[4];
        int sqliteState = SQLITE_START;

        void reset() {
            start = -1;
            parenDepth = 0;
            beginDepth = 0;
            words = 0;
            java.util.Arrays.fill(leadingWords, '\0');
            sqliteState = SQLITE_START;
        }
    }

    // sqlite3_complete()'s states and tokens (SQLite's complete.c), EXPLAIN folded into OTHER.
    private static final int SQLITE_START = 1;
    private static final int SQLITE_NORMAL = 2;
    private static final int SQLITE_CREATE = 4;
    private static final int SQLITE_TRIGGER = 5;
    private static final int SQLITE_SEMI = 6;
    private static final int SQLITE_END = 7;

    private void run() {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (st.start < 0) {
                if (Character.isWhitespace(c)) {
                    advance(1);
                } else if (commentLength() > 0 && !mysqlExecutableComment()) {
                    advance(commentLength());
                } else if (lineCommand()) {
                    clientCommandToEndOfLine();
                } else if (syntax == ClientSyntax.MYSQL && startsWithWord("delimiter")) {
                    delimiterCommand();
                } else if (terminatorAt()) {
                    advance(delimiterLength());
                } else {
                    st.start = pos;
                    st.startLine = line;
                }
                continue;
            }
            int skip = commentLength();
            if (skip == 0) {
                skip = quotedLength();
            }
            if (skip > 0) {
                advance(skip);
                sqliteToken(false, null);
            } else if (terminatorAt()) {
                if (ends()) {
                    emit(pos);
                }
                advance(delimiterLength());
            } else if (isWordStart(c)) {
                int end = pos + 1;
                while (end < n && isWordPart(text.charAt(end))) {
                    end++;
                }
                word(text.substring(pos, end));
                advance(end - pos);
            } else {
                if (c == '(') {
                    st.parenDepth++;
                } else if (c == ')' && st.parenDepth > 0) {
                    st.parenDepth--;
                }
                if (!Character.isWhitespace(c)) {
                    sqliteToken(c == ';', null);
                }
                advance(1);
            }
        }
        if (st.start >= 0) {
            emit(n);
        }
    }

    /** Whether a terminator here ends the statement, or belongs to a body. */
    private boolean ends() {
        return switch (syntax) {
            case PSQL -> st.parenDepth == 0 && st.beginDepth == 0;
            case SQLITE3 -> {
                sqliteToken(true, null);
                yield st.sqliteState == SQLITE_START;
            }
            case MYSQL -> true;
        };
    }

    private void emit(int end) {
        String sql = text.substring(st.start, end).strip();
        if (!sql.isEmpty()) {
            boolean use = syntax == ClientSyntax.MYSQL && sql.regionMatches(true, 0, "use", 0, 3)
                    && (sql.length() == 3 || Character.isWhitespace(sql.charAt(3)));
            pieces.add(use ? new ScriptPiece.ClientCommand(sql, st.startLine)
                    : new ScriptPiece.Statement(sql, st.startLine));
        }
        st.reset();
    }

    /** psql's heuristic for CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ... END bodies (psqlscan.l). */
    private void word(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        sqliteToken(false, lower);
        if (syntax != ClientSyntax.PSQL) {
            return;
        }
        if (st.words < st.leadingWords.length && switch (lower) {
            case "create", "function", "procedure", "or", "replace" -> true;
            default -> false;
        }) {
            st.leadingWords[st.words] = lower.charAt(0);
        }
        st.words++;
        char[] lw = st.leadingWords;
        boolean routine = lw[0] == 'c' && (lw[1] == 'f' || lw[1] == 'p'
                || (lw[1] == 'o' && lw[2] == 'r' && (lw[3] == 'f' || lw[3] == 'p')));
        if (routine && st.parenDepth == 0) {
            if (lower.equals("begin")) {
                st.beginDepth++;
            } else if (lower.equals("case") && st.beginDepth >= 1) {
                st.beginDepth++;
            } else if (lower.equals("end") && st.beginDepth > 0) {
                st.beginDepth--;
            }
        }
    }

    /** sqlite3_complete()'s transition for one token: a semicolon, a word (lower case) or anything else. */
    private void sqliteToken(boolean semicolon, String word) {
        if (syntax != ClientSyntax.SQLITE3) {
            return;
        }
        int s = st.sqliteState;
        if (semicolon) {
            st.sqliteState = switch (s) {
                case SQLITE_TRIGGER, SQLITE_SEMI -> SQLITE_SEMI;
                default -> SQLITE_START;
            };
            return;
        }
        String w = word == null ? "" : word;
        st.sqliteState = switch (s) {
            case SQLITE_START -> w.equals("create") ? SQLITE_CREATE : SQLITE_NORMAL;
            case SQLITE_CREATE -> switch (w) {
                case "temp", "temporary" -> SQLITE_CREATE;
                case "trigger" -> SQLITE_TRIGGER;
                default -> SQLITE_NORMAL;
            };
            case SQLITE_SEMI -> w.equals("end") ? SQLITE_END : SQLITE_TRIGGER;
            case SQLITE_END -> SQLITE_TRIGGER;
            case SQLITE_TRIGGER -> SQLITE_TRIGGER;
            default -> SQLITE_NORMAL;
        };
    }

    private boolean terminatorAt() {
        return text.startsWith(delimiter, pos);
    }

    private int delimiterLength() {
        return delimiter.length();
    }

    /** A client command that takes the rest of its line, at the start of a statement. */
    private boolean lineCommand() {
        char c = text.charAt(pos);
        return switch (syntax) {
            case PSQL, MYSQL -> c == '\\';
            case SQLITE3 -> c == '.';
        };
    }

    private void clientCommandToEndOfLine() {
        int end = endOfLine(pos);
        pieces.add(new ScriptPiece.ClientCommand(text.substring(pos, end).strip(), line));
        advance(end - pos);
    }

    /** mysql's {@code DELIMITER xx}: the rest of the line's first word is the new terminator. */
    private void delimiterCommand() {
        int end = endOfLine(pos);
        String rest = text.substring(pos + "delimiter".length(), end).strip();
        int space = indexOfWhitespace(rest);
        String d = space < 0 ? rest : rest.substring(0, space);
        if (d.isEmpty()) {
            throw new ScriptSyntaxException(line, "DELIMITER must be followed by a delimiter");
        }
        delimiter = d;
        advance(end - pos);
    }

    private boolean startsWithWord(String word) {
        int end = pos + word.length();
        return text.regionMatches(true, pos, word, 0, word.length())
                && (end >= text.length() || Character.isWhitespace(text.charAt(end)));
    }

    /** {@code /*!40101 ... *}{@code /} and {@code /*M!...}: MySQL runs them, so they start a statement. */
    private boolean mysqlExecutableComment() {
        return syntax == ClientSyntax.MYSQL && (text.startsWith("/*!", pos) || text.startsWith("/*M!", pos));
    }

    /** The length of a comment starting here, or 0. */
    private int commentLength() {
        char c = text.charAt(pos);
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
        if (c == '-' && next == '-') {
            if (syntax == ClientSyntax.MYSQL) {
                char after = pos + 2 < text.length() ? text.charAt(pos + 2) : ' ';
                if (!Character.isWhitespace(after) && !Character.isISOControl(after)) {
                    return 0;
                }
            }
            return endOfLine(pos) - pos;
        }
        if (c == '#' && syntax == ClientSyntax.MYSQL) {
            return endOfLine(pos) - pos;
        }
        if (c == '/' && next == '*') {
            return blockCommentEnd() - pos;
        }
        return 0;
    }

    private int blockCommentEnd() {
        int depth = 0;
        int i = pos;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth = syntax == ClientSyntax.PSQL || depth == 0 ? depth + 1 : depth;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new ScriptSyntaxException(line, "unterminated /* comment");
    }

    /** The length of a string, quoted identifier or dollar-quoted body starting here, or 0. */
    private int quotedLength() {
        char c = text.charAt(pos);
        switch (c) {
            case '\'':
                return quoteEnd('\'', backslashEscapes()) - pos;
            case '"':
                return quoteEnd('"', syntax == ClientSyntax.MYSQL) - pos;
            case '`':
                return syntax == ClientSyntax.PSQL ? 0 : quoteEnd('`', false) - pos;
            case '[':
                return syntax == ClientSyntax.SQLITE3 ? bracketEnd() - pos : 0;
            case '$':
                return syntax == ClientSyntax.PSQL ? dollarQuoteLength() : 0;
            default:
                return 0;
        }
    }

    /** MySQL strings, and PostgreSQL {@code E'...'} strings, take backslash escapes. */
    private boolean backslashEscapes() {
        if (syntax == ClientSyntax.MYSQL) {
            return true;
        }
        if (syntax == ClientSyntax.PSQL && pos > 0 && (text.charAt(pos - 1) == 'E' || text.charAt(pos - 1) == 'e')) {
            return pos < 2 || !isWordPart(text.charAt(pos - 2));
        }
        return false;
    }

    private int quoteEnd(char quote, boolean backslash) {
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw new ScriptSyntaxException(line, "unterminated " + quote + "-quoted "
                + (quote == '\'' ? "string" : "identifier"));
    }

    private int bracketEnd() {
        int close = text.indexOf(']', pos + 1);
        if (close < 0) {
            throw new ScriptSyntaxException(line, "unterminated [identifier]");
        }
        return close + 1;
    }

    /** {@code $tag$ ... $tag$} where the tag is empty or an identifier; {@code $1} and {@code a$b} are not quotes. */
    private int dollarQuoteLength() {
        if (pos > 0 && isWordPart(text.charAt(pos - 1))) {
            return 0;
        }
        int i = pos + 1;
        if (i < text.length() && isWordStart(text.charAt(i))) {
            i++;
            while (i < text.length() && isWordPart(text.charAt(i)) && text.charAt(i) != '$') {
                i++;
            }
        }
        if (i >= text.length() || text.charAt(i) != '$') {
            return 0;
        }
        String tag = text.substring(pos, i + 1);
        int close = text.indexOf(tag, i + 1);
        if (close < 0) {
            throw new ScriptSyntaxException(line, "unterminated dollar-quoted string " + tag);
        }
        return close + tag.length() - pos;
    }

    private int endOfLine(int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private void advance(int count) {
        int end = Math.min(text.length(), pos + count);
        for (int i = pos; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        pos = end;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }
}
