package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * Something discovery could not read, reported instead of failing the run.
 *
 * @param object     the object (or schema, or phase) affected
 * @param phase      discovery phase, e.g. {@code indexes}
 * @param errorClass classification of the cause
 * @param message    one readable line
 */
public record DiscoveryWarning(String object, String phase, ErrorClass errorClass, String message) {
    public DiscoveryWarning {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(errorClass, "errorClass");
        Objects.requireNonNull(message, "message");
    }
}
