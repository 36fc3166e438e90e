package org.schemadiscovery.api.exception;

import org.schemadiscovery.api.model.ErrorClass;

/** Discovery failed in a way neither a retry, a warning nor a fallback could absorb. */
public class DiscoveryFailedException extends DiscoveryException {
    private static final long serialVersionUID = 1L;

    /** With a one-line message. */
    public DiscoveryFailedException(ErrorClass errorClass, String message, Throwable cause) {
        super(errorClass, message, cause);
    }
}
