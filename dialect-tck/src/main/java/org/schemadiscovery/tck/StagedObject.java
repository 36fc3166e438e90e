package org.schemadiscovery.tck;

import java.util.Objects;

/**
 * An object a dialect's test made unreadable for the failure group (see
 * {@link DialectCompatibilityKit#stageUnreadableObject(TestDatabase)}): discovery must warn about it and still
 * return the rest of the schema.
 *
 * @param name    the object's name; a warning's {@code object} must contain it
 * @param release undoes the staging (e.g. rolls back the session holding a lock); run after discovery
 */
public record StagedObject(String name, AutoCloseable release) {
    public StagedObject {
        Objects.requireNonNull(name, "name");
        release = release == null ? () -> { } : release;
    }
}
