package org.schemadiscovery.api.model;

/** How much a recommendation matters. */
public enum Severity {
    /** Worth knowing. */
    INFO,
    /** Likely a problem. */
    WARNING,
    /** A defect. */
    ERROR
}
