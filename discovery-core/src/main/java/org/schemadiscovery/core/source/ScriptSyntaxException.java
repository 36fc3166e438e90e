package org.schemadiscovery.core.source;

/** A DDL file that cannot be split into statements, such as a string still open at the end; names the line. */
public final class ScriptSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    /** At this 1-based line. */
    public ScriptSyntaxException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The 1-based line where the open construct starts. */
    public int line() {
        return line;
    }
}
