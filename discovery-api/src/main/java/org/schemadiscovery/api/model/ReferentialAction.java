package org.schemadiscovery.api.model;

/** ON UPDATE / ON DELETE action of a foreign key. */
public enum ReferentialAction {
    /** NO ACTION (the default). */
    NO_ACTION,
    /** RESTRICT. */
    RESTRICT,
    /** CASCADE. */
    CASCADE,
    /** SET NULL. */
    SET_NULL,
    /** SET DEFAULT. */
    SET_DEFAULT;

    /** The SQL words, e.g. {@code SET NULL}. */
    public String sql() {
        return name().replace('_', ' ');
    }
}
