package org.schemadiscovery.core.source;

import org.schemadiscovery.api.exception.DiscoveryException;
import org.schemadiscovery.api.model.ErrorClass;

/** A source that cannot be read as given: a missing file, a file that is no snapshot, a DDL file without dialect. */
public final class InvalidSourceException extends DiscoveryException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    /** Why the source is invalid, so a caller can add its own hint (such as a command-line option to use). */
    public enum Reason {
        /** The file does not exist or cannot be read. */
        UNREADABLE,
        /** The file is not a snapshot this version reads. */
        NOT_A_SNAPSHOT,
        /** A DDL file whose dialect nobody said. */
        NO_DIALECT,
        /** A DDL file for a server database, without a server to load it into. */
        NO_DEV_SERVER,
        /** The dev server is of another dialect than the file. */
        DIALECT_MISMATCH,
        /** The DDL file cannot be split into statements. */
        SCRIPT_SYNTAX
    }

    /** With the reason and a one-line message. */
    public InvalidSourceException(Reason reason, String message, Throwable cause) {
        super(ErrorClass.OTHER, message, cause);
        this.reason = reason;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }
}
