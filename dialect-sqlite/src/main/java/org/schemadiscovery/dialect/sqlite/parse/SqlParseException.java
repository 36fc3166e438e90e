package org.schemadiscovery.dialect.sqlite.parse;

/** A stored definition did not have the expected shape. */
public final class SqlParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlParseException(String message) {
        super(message);
    }
}
