package org.schemadiscovery.api.exception;

/** No JDBC driver accepts the URL (malformed, or the driver jar is missing). */
public class NoDriverException extends DiscoveryConnectionException {
    private static final long serialVersionUID = 1L;

    /** With a one-line message. */
    public NoDriverException(String message) {
        super(message, null);
    }
}
