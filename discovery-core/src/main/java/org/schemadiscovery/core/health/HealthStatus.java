package org.schemadiscovery.core.health;

/** The verdict of a health check; the names match Spring Boot's and MicroProfile's statuses. */
public enum HealthStatus {
    /** Connected, a read-only snapshot opened, the scope readable, discovery not slow. */
    UP,
    /**
     * Connected, but part of the scope cannot be read (permission or lock warnings), or the last discovery took
     * longer than the slow threshold.
     */
    DEGRADED,
    /** Cannot connect, or the server does not answer within the timeout. */
    DOWN,
    /** Connected, but the check could not decide: no driver, no dialect, or a failure of another kind. */
    UNKNOWN
}
