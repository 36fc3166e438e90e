package org.schemadiscovery.tck.testcontainers;

import java.util.concurrent.Callable;

/**
 * The outcome of starting one container: the server URL for {@link org.schemadiscovery.tck.TestDatabaseServer},
 * or why it could not start (kept, so a failed start is not retried by every test class).
 *
 * @param url     the server URL, or null when the start failed
 * @param failure why the start failed, or null
 */
record StartedServer(String url, Exception failure) {

    static StartedServer start(Callable<String> starter) {
        try {
            return new StartedServer(starter.call(), null);
        } catch (Exception e) {
            return new StartedServer(null, e);
        }
    }

    /** The URL, or an exception naming the earlier failure. */
    String urlOrThrow(String dialect) throws Exception {
        if (failure != null) {
            throw new IllegalStateException("the " + dialect + " container did not start: " + failure, failure);
        }
        return url;
    }
}
