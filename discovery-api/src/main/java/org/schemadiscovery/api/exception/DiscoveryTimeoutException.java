package org.schemadiscovery.api.exception;

import org.schemadiscovery.api.model.ErrorClass;

/** The run did not finish before its deadline. */
public class DiscoveryTimeoutException extends DiscoveryException {
    private static final long serialVersionUID = 1L;

    /** With a one-line message. */
    public DiscoveryTimeoutException(String message) {
        super(ErrorClass.TIMEOUT, message, null);
    }
}
