package org.schemadiscovery.api.model;

/** The kind of a routine. */
public enum RoutineKind {
    /** A function. */
    FUNCTION,
    /** A procedure. */
    PROCEDURE,
    /** An aggregate. */
    AGGREGATE,
    /** A window function. */
    WINDOW
}
