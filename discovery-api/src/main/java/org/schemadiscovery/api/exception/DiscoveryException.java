package org.schemadiscovery.api.exception;

import org.schemadiscovery.api.model.ErrorClass;

/** Base of every exception Schema Discovery throws; unchecked, with the classification that caused it. */
public class DiscoveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorClass errorClass;

    /** An exception of this class with a one-line message. */
    public DiscoveryException(ErrorClass errorClass, String message, Throwable cause) {
        super(message, cause);
        this.errorClass = errorClass;
    }

    /** What kind of failure this is. */
    public ErrorClass errorClass() {
        return errorClass;
    }
}
