package org.schemadiscovery.api.model;

/** What kind of failure an SQL error is, which decides what core does about it. */
public enum ErrorClass {
    /** The connection broke: reconnect with backoff when possible, else fail. */
    CONNECTION,
    /** Not allowed to read: warn and continue. */
    PERMISSION,
    /** The catalog query does not fit this server: fall back to generic discovery for that part. */
    SYNTAX,
    /** A statement timed out: retry once with a larger timeout, then warn. */
    TIMEOUT,
    /** Waited on a lock: retry once with a larger timeout, then warn. */
    LOCKED,
    /** Anything else. */
    OTHER
}
