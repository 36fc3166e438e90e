package org.schemadiscovery.api.model;

/** MATCH type of a foreign key. */
public enum MatchType {
    /** MATCH SIMPLE (the default). */
    SIMPLE,
    /** MATCH FULL. */
    FULL,
    /** MATCH PARTIAL. */
    PARTIAL
}
