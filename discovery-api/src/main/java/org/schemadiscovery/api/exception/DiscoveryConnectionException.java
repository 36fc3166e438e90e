package org.schemadiscovery.api.exception;

import org.schemadiscovery.api.model.ErrorClass;

/** The database could not be reached, refused the credentials, or the connection broke and could not be restored. */
public class DiscoveryConnectionException extends DiscoveryException {
    private static final long serialVersionUID = 1L;

    /** With a one-line message. */
    public DiscoveryConnectionException(String message, Throwable cause) {
        super(ErrorClass.CONNECTION, message, cause);
    }
}
