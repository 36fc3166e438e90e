package org.schemadiscovery.tck;

/**
 * Kills one session from outside, the way a server restart or an administrator would (see
 * {@link DialectCompatibilityKit#connectionKiller}). Obtained before discovery starts, invoked from the discovering
 * thread between two phases; it returns once the session is gone.
 */
@FunctionalInterface
public interface ConnectionKiller {
    /** Kills the session and waits until the server has ended it. */
    void kill() throws Exception;
}
