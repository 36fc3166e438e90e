package org.schemadiscovery.api.exception;

import org.schemadiscovery.api.model.ErrorClass;

/** A dialect plugin is unusable: wrong API version, incomplete, a duplicate dialect id, or unknown when asked for. */
public class PluginException extends DiscoveryException {
    private static final long serialVersionUID = 1L;

    /** With a one-line message. */
    public PluginException(String message) {
        super(ErrorClass.OTHER, message, null);
    }
}
