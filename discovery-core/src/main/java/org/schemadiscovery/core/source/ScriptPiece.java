package org.schemadiscovery.core.source;

/** A part of a DDL file: a statement to run, or a client command that only the database's client understands. */
public sealed interface ScriptPiece {
    /** The 1-based line the piece starts on. */
    int line();

    /**
     * A statement for the server, without its terminator.
     *
     * @param sql  the statement text
     * @param line the 1-based line it starts on
     */
    record Statement(String sql, int line) implements ScriptPiece {
    }

    /**
     * A client meta-command ({@code \connect}, {@code .mode}, {@code USE}): not sent to the server.
     *
     * @param text the command as written
     * @param line the 1-based line it is on
     */
    record ClientCommand(String text, int line) implements ScriptPiece {
    }
}
